import { asciiWordEnd } from '../../../src/analysis/ascii-word-end';

// The tokenizer's word alternative, anchored at the position the scan starts from.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/uy;

function patternEnd(text: string, start: number): number {
  WORD.lastIndex = start;
  return WORD.exec(text) ? WORD.lastIndex : -1;
}

/** Deterministic pseudo-random strings over characters that stress the word pattern. */
function* samples(count: number): Generator<string> {
  const alphabet = ['a', 'Z', 'x', '0', '9', "'", '’', 'é', '\u0301', ' ', '.', '-', '_', 'ß', '٣', '😀'];
  let seed = 42;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 1 + next(10); k > 0; k--) s += alphabet[next(alphabet.length)];
    yield s;
  }
}

describe('asciiWordEnd', () => {
  it('ends plain words and numbers where the next character is not part of them', () => {
    expect(asciiWordEnd('no signal', 0)).toBe(2);
    expect(asciiWordEnd('no signal', 3)).toBe(9);
    expect(asciiWordEnd('4G down', 0)).toBe(2);
  });

  it('continues over an apostrophe only into letters', () => {
    expect(asciiWordEnd("don't", 0)).toBe(5);
    expect(asciiWordEnd("rock'n'roll", 0)).toBe(11);
    expect(asciiWordEnd("90's", 0)).toBe(4);
    expect(asciiWordEnd("it'5", 0)).toBe(2);
    expect(asciiWordEnd("can'", 0)).toBe(3);
  });

  it('leaves the word to the regex where a non-ASCII letter, mark or apostrophe could extend it', () => {
    expect(asciiWordEnd('café', 0)).toBe(-1);
    expect(asciiWordEnd('don’t', 0)).toBe(-1);
    expect(asciiWordEnd("l'été", 0)).toBe(-1);
    expect(asciiWordEnd('e\u0301', 0)).toBe(-1);
  });

  it('agrees with the word pattern wherever it answers', () => {
    let answered = 0;
    for (const text of samples(5000)) {
      for (let i = 0; i < text.length; i++) {
        if (!/[A-Za-z0-9]/.test(text[i] as string)) continue;
        const end = asciiWordEnd(text, i);
        if (end === -1) continue;
        answered++;
        expect([text, i, end]).toEqual([text, i, patternEnd(text, i)]);
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });
});
