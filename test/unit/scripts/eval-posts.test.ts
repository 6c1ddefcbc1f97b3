import { scoreTable, type Judged } from '../../../scripts/eval-posts';

const post = (lang: string, category: string, predictedCategory: string, sentiment = 'neutral', predictedSentiment = sentiment): Judged => ({
  lang, category, sentiment, predictedCategory, predictedSentiment,
});

describe('scoreTable (npm run eval:posts)', () => {
  const judged = [
    post('fr', 'complaint', 'complaint', 'negative'),
    post('fr', 'support', 'complaint', 'positive', 'negative'),
    post('it', 'humour', 'humour', 'positive'),
    post('it', 'other', 'other'),
  ];
  const [header, fr, itRow, all] = scoreTable(judged);

  it('has one row per language in the order first seen, then all posts', () => {
    expect(header).toEqual(['lang', 'posts', 'accuracy', 'macro-F1', 'complaint F1', 'sentiment macro-R']);
    expect([fr?.[0], itRow?.[0], all?.[0]]).toEqual(['fr', 'it', 'all']);
    expect([fr?.[1], itRow?.[1], all?.[1]]).toEqual(['2', '2', '4']);
  });

  it('scores categories and the sentiment label against what we labelled', () => {
    expect(fr?.[2]).toBe('0.500');
    expect(fr?.[4]).toBe('0.667'); // complaint: one right, one support called a complaint
    expect(itRow?.[2]).toBe('1.000');
    expect(all?.[2]).toBe('0.750');
  });
});
