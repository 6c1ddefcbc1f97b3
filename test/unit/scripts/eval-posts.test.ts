import { confusionTable, scoreTable, type Judged } from '../../../scripts/eval-posts';

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

describe('confusionTable (npm run eval:posts)', () => {
  const rows = confusionTable([
    post('en', 'complaint', 'complaint'),
    post('en', 'complaint', 'other'),
    post('en', 'humour', 'complaint'),
    post('en', 'support', 'support'),
  ]);
  const byLabel = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));

  it('counts, per labelled category, the categories the analyser gave', () => {
    expect(rows[0]).toEqual(['labelled \\ given', 'complaint', 'support', 'humour', 'other', 'precision', 'recall', 'F1']);
    expect(byLabel.complaint?.slice(1, 5)).toEqual(['1', '0', '0', '1']);
    expect(byLabel.humour?.slice(1, 5)).toEqual(['1', '0', '0', '0']);
  });

  it('gives each category its precision, recall and F1, and 0 where it never occurs', () => {
    expect(byLabel.complaint?.slice(5)).toEqual(['0.500', '0.500', '0.500']);
    expect(byLabel.support?.slice(5)).toEqual(['1.000', '1.000', '1.000']);
    expect(byLabel.other?.slice(5)).toEqual(['0.000', '0.000', '0.000']);
  });
});
