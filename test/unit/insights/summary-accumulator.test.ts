import type { MoodBucket } from '../../../src/domain/rollup-mood';
import { createSummaryAccumulator } from '../../../src/insights/summary-accumulator';
import type { StoredPost } from '../../../src/store/stored-post';

const bucket = (start: string, posts: number): MoodBucket => ({
  start, posts, sentiment: { mean: 0, negative: 0, neutral: posts, positive: 0 }, categories: { complaint: posts, support: 0, humour: 0, other: 0 },
  flags: { compensation: 0, question: 0 },
});
const post = (id: string, createdAt: string, text: string, category: StoredPost['category'] = 'complaint', lang = 'en'): StoredPost => ({
  id, createdAt, author: null, lang, text, sentiment: { score: -0.5, label: 'negative' }, category, confidence: 0.8, flags: { compensation: false, question: false },
});

describe('createSummaryAccumulator', () => {
  const series = [bucket('2018-12-06T05:00:00Z', 3), bucket('2018-12-06T06:00:00Z', 3)];
  const hour = 3_600_000;
  const first = Date.parse(series[0]!.start);
  const indexOf = (t: number) => { const i = Math.floor((t - first) / hour); return i >= 0 && i < 2 ? i : undefined; };

  it('joins each bucket\'s rising terms and samples onto the mood series', () => {
    const acc = createSummaryAccumulator(series, { bucketIndexOf: indexOf });
    acc.add(post('1', '2018-12-06T05:01:00Z', 'no signal in london'));
    acc.add(post('2', '2018-12-06T05:02:00Z', 'signal gone again'));
    acc.add(post('3', '2018-12-06T05:03:00Z', 'love the engineers', 'support'));
    acc.add(post('4', '2018-12-06T06:01:00Z', 'want compensation now'));
    acc.add(post('5', '2018-12-06T06:02:00Z', 'compensation please'));
    acc.add(post('6', '2018-12-06T06:03:00Z', 'still broken'));
    acc.add(post('7', '2018-12-06T09:00:00Z', 'outside the range'));
    const [a, b] = acc.result();
    expect(a).toMatchObject({ start: series[0]!.start, posts: 3 });
    expect(a!.topTerms[0]!.term).toBe('signal');
    expect(b!.topTerms[0]!.term).toBe('compensation');
    expect(a!.samples.support.map((p) => p.id)).toEqual(['3']);
    expect(a!.samples.complaint.map((p) => p.id)).toEqual(['1', '2']);
    expect(b!.samples.humour).toEqual([]);
  });

  it('counts the posts it read per language, most first', () => {
    const acc = createSummaryAccumulator(series, { bucketIndexOf: indexOf });
    acc.add(post('1', '2018-12-06T05:01:00Z', 'pas de réseau', 'complaint', 'fr'));
    acc.add(post('2', '2018-12-06T05:02:00Z', 'no signal', 'complaint', 'en'));
    acc.add(post('3', '2018-12-06T05:03:00Z', 'niente rete', 'complaint', 'it'));
    acc.add(post('4', '2018-12-06T05:04:00Z', 'still no signal', 'complaint', 'en'));
    const [a, b] = acc.result();
    expect(Object.entries(a!.languages)).toEqual([['en', 2], ['fr', 1], ['it', 1]]);
    expect(b!.languages).toEqual({});
  });
});
