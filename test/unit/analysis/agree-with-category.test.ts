import { AGREE_FROM, agreeWithCategory } from '../../../src/analysis/agree-with-category';

describe('agreeWithCategory', () => {
  it('never reads a confident complaint as positive, but lets a polite one be neutral', () => {
    expect(agreeWithCategory('positive', 'complaint', 0.8)).toBe('negative');
    expect(agreeWithCategory('positive', 'complaint', AGREE_FROM)).toBe('negative');
    expect(agreeWithCategory('neutral', 'complaint', 0.9)).toBe('neutral');
    expect(agreeWithCategory('negative', 'complaint', 0.9)).toBe('negative');
  });

  it('never reads confident support as negative, but lets it be neutral', () => {
    expect(agreeWithCategory('negative', 'support', 0.7)).toBe('positive');
    expect(agreeWithCategory('neutral', 'support', 0.7)).toBe('neutral');
    expect(agreeWithCategory('positive', 'support', 0.7)).toBe('positive');
  });

  it('keeps the label when the category is unsure', () => {
    expect(agreeWithCategory('positive', 'complaint', AGREE_FROM - 0.01)).toBe('positive');
    expect(agreeWithCategory('negative', 'support', 0.3)).toBe('negative');
  });

  it('leaves humour and other posts as the label model read them', () => {
    for (const label of ['negative', 'neutral', 'positive'] as const) {
      expect(agreeWithCategory(label, 'humour', 0.99)).toBe(label);
      expect(agreeWithCategory(label, 'other', 0.99)).toBe(label);
    }
  });
});
