import type { SummaryAnswer } from '../../../src/api/summary-reader';
import { formatSummary } from '../../../src/cli/commands/summary';
import type { SummaryBucket } from '../../../src/insights/summary-accumulator';
import type { StoredPost } from '../../../src/store/stored-post';

const post = (text: string, category: StoredPost['category']): StoredPost => ({
  id: text, createdAt: '2018-12-06T06:10:00Z', author: null, lang: 'en', text, sentiment: { score: -0.5, label: 'negative' }, category, confidence: 0.9,
  flags: { compensation: false, question: false },
});
const bucket = (start: string, posts: number, extra: Partial<SummaryBucket> = {}): SummaryBucket => ({
  start, posts, sentiment: { mean: -0.214, negative: 0, neutral: posts, positive: 0 },
  categories: { complaint: Math.round(posts / 2), support: 0, humour: 0, other: posts - Math.round(posts / 2) },
  flags: { compensation: 0, question: 0 }, topTerms: [], samples: { complaint: [], support: [], humour: [], other: [] }, languages: {}, ...extra,
});
const answer = (buckets: SummaryBucket[], o: Partial<SummaryAnswer> = {}): SummaryAnswer => ({
  dataset: 'o2', bucket: '1h', tz: 'UTC', from: null, to: null, scanned: 63, truncated: false, buckets, ...o,
});

describe('formatSummary (moodline summary)', () => {
  const busy = bucket('2018-12-06T06:00:00.000Z', 64, {
    flags: { compensation: 2, question: 5 },
    languages: { en: 60, fr: 3, it: 1 },
    topTerms: [{ term: 'no internet', posts: 6, score: 9 }, { term: 'anyone', posts: 14, score: 8 }],
    samples: { complaint: [post('Anyone else\n\nhave no internet?   @O2', 'complaint'), post('second one', 'complaint')], support: [], humour: [post('x'.repeat(200), 'humour')], other: [] },
  });

  it('gives a block per bucket with posts: figures, rising words and phrases, and a sample per category', () => {
    expect(formatSummary(answer([busy, bucket('2018-12-06T07:00:00.000Z', 0)])).split('\n')).toEqual([
      'Summary of "o2" by 1h (UTC): 64 posts in 1 buckets with posts',
      '',
      '2018-12-06T06:00:00.000Z  64 posts · mean -0.21 · complaint 50% · support 0% · humour 0% · other 50% · compensation 3% · en 94% fr 5% it 2%',
      '  saying: no internet, anyone',
      '  complaint: "Anyone else have no internet? @O2"',
      `  humour: "${'x'.repeat(119)}…"`,
      '',
    ]);
  });

  it('gives language shares of the posts it read, as the dashboard does, when it read fewer than the bucket holds', () => {
    const partly = bucket('2018-12-06T08:00:00.000Z', 100, { languages: { en: 9, fr: 1 } });
    expect(formatSummary(answer([partly], { truncated: true, scanned: 10 }))).toContain('· en 90% fr 10%');
  });

  it('shows up to --samples posts per category, or none', () => {
    expect(formatSummary(answer([busy]), 2)).toContain('  complaint: "second one"');
    expect(formatSummary(answer([busy]), 0)).not.toContain('complaint: "');
  });

  it('says when the range held more posts than the summary read, and when there are none', () => {
    expect(formatSummary(answer([busy], { truncated: true, scanned: 100000 }))).toContain('words and samples cover the first 100000');
    expect(formatSummary(answer([]))).toBe('Summary of "o2" by 1h (UTC): 0 posts in 0 buckets with posts\n');
  });
});
