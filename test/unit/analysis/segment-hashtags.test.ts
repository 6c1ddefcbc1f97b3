import { normalisePost } from '../../../src/analysis/normalise-post';
import { segmentHashtags, type HashtagVocabulary } from '../../../src/analysis/segment-hashtags';

const WORDS = new Set(['not', 'happy', 'bad', 'service', 'the', 'office', 'no', 'signal']);
const SENTIMENT = new Set(['happy', 'bad', 'not']);
const vocabulary: HashtagVocabulary = { knows: (w) => WORDS.has(w), matters: (w) => SENTIMENT.has(w) };
const words = (text: string) => segmentHashtags(normalisePost(text), vocabulary).tokens.map((t) => t.text);

describe('segmentHashtags', () => {
  it('splits run-together hashtags into known words', () => {
    expect(words('shoes broke #nothappy #badservice')).toEqual(['shoes', 'broke', 'not', 'happy', 'bad', 'service']);
  });

  it('keeps a tag whole when no part carries sentiment or when it cannot be spelt with known words', () => {
    expect(words('#theoffice #future')).toEqual(['theoffice', 'future']);
  });

  it('leaves words outside hashtags alone', () => {
    expect(words('nothappy')).toEqual(['nothappy']);
  });

  it('asks the vocabulary about a bounded number of candidate words, however long the tag', () => {
    for (const length of [40, 400, 20_000]) {
      let asked = 0;
      const counting: HashtagVocabulary = { knows: (w) => { asked++; return WORDS.has(w); }, matters: (w) => SENTIMENT.has(w) };
      segmentHashtags(normalisePost(`#${'nothappy'.repeat(length / 8)}`), counting);
      expect(asked).toBeLessThan(1000); // a 20,000-letter tag once meant a lookup at every cut, each hashing the rest
    }
  });

  it('returns the same post when nothing needs splitting', () => {
    const post = normalisePost('no signal #outage');
    expect(segmentHashtags(post, vocabulary)).toBe(post);
  });

  it("remembers splits per vocabulary, never one vocabulary's for another", () => {
    expect(words('#nothappy')).toEqual(['not', 'happy']);
    const whole: HashtagVocabulary = { knows: (w) => w === 'nothappy', matters: () => true };
    expect(segmentHashtags(normalisePost('#nothappy'), whole).tokens.map((t) => t.text)).toEqual(['nothappy']);
    expect(words('#nothappy')).toEqual(['not', 'happy']);
  });
});
