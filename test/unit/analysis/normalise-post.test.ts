import { normalisePost } from '../../../src/analysis/normalise-post';
import type { WordMemo } from '../../../src/analysis/word-memo';

const texts = (s: string) => normalisePost(s).tokens.map((t) => t.text);

describe('normalisePost', () => {
  it('replaces URLs and keeps mentions as their own tokens', () => {
    const post = normalisePost('@O2 see https://status.o2.co.uk/x?y=1 now');
    expect(post.tokens.map((t) => t.kind)).toEqual(['mention', 'word', 'url', 'word']);
    expect(post.urls).toBe(1);
    expect(post.mentions).toBe(1);
  });

  it('splits hashtags on camel case and digits', () => {
    expect(texts('#O2outage #NoSignalAgain #BTOutage')).toEqual(['o2', 'outage', 'no', 'signal', 'again', 'bt', 'outage']);
  });

  it('strips variation selectors and skin tones from emoji', () => {
    expect(texts('❤️ 👍🏽 🤦‍♂️')).toEqual(['❤', '👍', '🤦']);
  });

  it('recognises emoticons but not clock times', () => {
    const post = normalisePost('down since 1:30 :( xD');
    expect(post.tokens.filter((t) => t.kind === 'emoticon').map((t) => t.text)).toEqual([':(', 'xd']);
  });

  it('squeezes elongations and marks them', () => {
    const [t] = normalisePost('sooooo').tokens;
    expect(t).toMatchObject({ text: 'soo', elongated: true });
  });

  it('marks words in capitals and counts ! and ?', () => {
    const post = normalisePost('this is BAD!!! why??');
    expect(post.tokens.find((t) => t.text === 'bad')?.caps).toBe(true);
    expect(post).toMatchObject({ exclamations: 3, questions: 2, capsWords: 1, words: 4 });
  });

  it('decodes HTML entities and drops the RT prefix', () => {
    const post = normalisePost('RT @bob: fish &amp; chips &#39;n&#39; stuff');
    expect(post.retweet).toBe(true);
    expect(texts('RT @bob: fish &amp; chips')).toEqual(['fish', 'chips']);
  });

  it("splits French and Italian elisions but keeps English contractions", () => {
    expect(texts("l'internet dell'assistenza can't")).toEqual(["l'", 'internet', "dell'", 'assistenza', "can't"]);
  });

  it('returns no tokens for empty text', () => {
    expect(normalisePost('').tokens).toEqual([]);
  });

  it("attaches the analyser's word memo to every word when given one, and none otherwise", () => {
    const memoOf = (word: string): WordMemo => ({ folded: word.toUpperCase(), language: undefined, languageHint: undefined, lexicon: [], cues: [], model: undefined });
    const words = normalisePost("l'appli @O2 ne marche pas", memoOf).tokens.filter((t) => t.kind === 'word');
    expect(words.map((t) => t.memo?.folded)).toEqual(["L'", 'APPLI', 'NE', 'MARCHE', 'PAS']);
    expect(normalisePost("l'appli ne marche pas").tokens.every((t) => t.memo === undefined)).toBe(true);
  });

  it('reads ASCII words next to URLs, apostrophes and non-ASCII letters as the token pattern does', () => {
    expect(texts("don't café rock'n'roll 90's it'5 naïve l’appli O2")).toEqual(["don't", 'café', "rock'n'roll", "90's", 'it', '5', 'naïve', "l'", 'appli', 'o2']);
    expect(texts('www. www.o2.co.uk http://x.co/a HTTP://X')).toEqual(['ww', '.', 'URL', 'URL', 'http', ':', 'x']);
    expect(normalisePost('xDD x2 XD').tokens.map((t) => [t.text, t.kind])).toEqual([['xd', 'emoticon'], ['x2', 'word'], ['xd', 'emoticon']]);
  });

  it('gives a word the same tokens whether or not its shape is already cached', () => {
    const first = normalisePost('SOOO baaad, Mañana NOT again #NotHappy').tokens;
    const again = normalisePost('SOOO baaad, Mañana NOT again #NotHappy').tokens;
    expect(again).toEqual(first);
    expect(first.map((t) => [t.text, t.caps, t.elongated, t.tag])).toEqual([
      ['soo', true, true, false], ['baad', false, true, false], [',', false, false, false], ['mañana', false, false, false],
      ['not', true, false, false], ['again', false, false, false], ['not', false, false, true], ['happy', false, false, true],
    ]);
  });
});
