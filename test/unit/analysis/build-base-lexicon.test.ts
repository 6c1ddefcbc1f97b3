import { buildBaseLexicon } from '../../../src/analysis/build-base-lexicon';

describe('buildBaseLexicon', () => {
  it('scales, filters and merges sources with the first source winning', () => {
    const lexicon = buildBaseLexicon([
      { name: 'a', entries: [['Good', 2], ['meh', 0.01]], scale: 1, minAbs: 0.05 },
      { name: 'b', entries: [['good', 5], ['bad', -5], ['two words', 3], [':)', 2]], scale: 0.8, minAbs: 0.05 },
    ]);
    expect(lexicon).toEqual({ source: 'a + b', words: { bad: -4, good: 2 } });
  });
});
