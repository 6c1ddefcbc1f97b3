import { createWordMemo, type WordMemo } from '../../../src/analysis/word-memo';

const memoFor = (word: string): WordMemo => ({ folded: word, language: undefined, languageHint: undefined, lexicon: [], cues: [], model: undefined });

describe('createWordMemo', () => {
  it('builds each word once and returns the cached memo after that', () => {
    const build = jest.fn(memoFor);
    const memo = createWordMemo(build);
    expect(memo('signal')).toBe(memo('signal'));
    expect(build).toHaveBeenCalledTimes(1);
  });
});
