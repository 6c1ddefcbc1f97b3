import { CATEGORIES, SENTIMENT_LABELS } from '../../../src/domain/analysis';
import { compileCategoryModel } from '../../../src/analysis/category-model';
import { CATEGORY_WEIGHTS_AT, LABEL_WEIGHTS_AT, packWordWeights, SERVICE_LABEL_WEIGHTS_AT, WORD_WEIGHTS } from '../../../src/analysis/word-weights';

const category = compileCategoryModel(
  { labels: ['other', 'complaint', 'support', 'humour'], bias: [0, 0, 0, 0], weights: { 'w:down': [4, 1, 2, 3], 'w:thanks': [0, 0, 5, 0], 'e:😂': [0, 0, 0, 9] } },
  CATEGORIES,
);
const label = compileCategoryModel({ labels: ['negative', 'neutral', 'positive'], bias: [0, 0, 0], weights: { 'w:thanks': [0, 0, 7], 'w:awful': [8, 0, 0] } }, SENTIMENT_LABELS);

const service = compileCategoryModel({ labels: ['negative', 'neutral', 'positive'], bias: [0, 0, 0], weights: { 'w:down': [0, 6, 0] } }, SENTIMENT_LABELS);

describe('packWordWeights', () => {
  const packed = packWordWeights(category, label, service);
  const row = (word: string): number[] | undefined => {
    const at = packed.at.get(word);
    return at === undefined ? undefined : Array.from(packed.rows.subarray(at, at + WORD_WEIGHTS));
  };

  it("puts the three models' weights of a word in one row: category, general label, service label", () => {
    expect(CATEGORY_WEIGHTS_AT).toBe(0);
    expect(row('thanks')?.slice(CATEGORY_WEIGHTS_AT, CATEGORY_WEIGHTS_AT + 4)).toEqual([0, 5, 0, 0]);
    expect(row('thanks')?.slice(LABEL_WEIGHTS_AT, LABEL_WEIGHTS_AT + 3)).toEqual([0, 0, 7]);
    expect(row('down')?.slice(SERVICE_LABEL_WEIGHTS_AT, SERVICE_LABEL_WEIGHTS_AT + 3)).toEqual([0, 6, 0]);
  });

  it('fills in zeros where a model lacks the word', () => {
    expect(row('down')).toEqual([1, 2, 3, 4, 0, 0, 0, 0, 6, 0]);
    expect(row('awful')).toEqual([0, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
  });

  it('has no row for words neither model knows, nor for emoji', () => {
    expect(row('hello')).toBeUndefined();
    expect(row('😂')).toBeUndefined();
  });

  it('packs nothing without models', () => {
    expect(packWordWeights(undefined, undefined).rows.length).toBe(0);
  });
});
