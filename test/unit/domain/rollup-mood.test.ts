import { rollupMood } from '../../../src/domain/rollup-mood';
import { emptySlotCounts, type SlotCounts } from '../../../src/domain/slot-counts';

const slot = (iso: string, c: Partial<SlotCounts>): [number, SlotCounts] => [Date.parse(iso), { ...emptySlotCounts(), ...c }];

describe('rollupMood', () => {
  const slots = new Map([
    slot('2018-12-06T05:05:00Z', { posts: 2, sumMilli: -1500, negative: 2, complaint: 2, compensation: 1 }),
    slot('2018-12-06T05:55:00Z', { posts: 1, sumMilli: 500, positive: 1, support: 1, question: 1 }),
    slot('2018-12-06T07:10:00Z', { posts: 2, sumMilli: 0, neutral: 1, unscored: 1, humour: 1, other: 1 }),
  ]);

  it('sums 5-minute slots into hourly buckets and zero-fills the empty hour', () => {
    const series = rollupMood(slots, { bucket: '1h', tz: 'UTC', fromMs: Date.parse('2018-12-06T05:00:00Z'), toMs: Date.parse('2018-12-06T08:00:00Z') });
    expect(series.map((b) => [b.start, b.posts])).toEqual([
      ['2018-12-06T05:00:00Z', 3],
      ['2018-12-06T06:00:00Z', 0],
      ['2018-12-06T07:00:00Z', 2],
    ]);
    expect(series[0]).toEqual({
      start: '2018-12-06T05:00:00Z',
      posts: 3,
      sentiment: { mean: -0.3333, negative: 2, neutral: 0, positive: 1 },
      categories: { complaint: 2, support: 1, humour: 0, other: 0 },
      flags: { compensation: 1, question: 1 },
    });
    expect(series[1]!.sentiment.mean).toBe(0);
  });

  it('leaves unscored posts out of the sentiment mean but counts them as posts', () => {
    const [b] = rollupMood(slots, { bucket: '1h', tz: 'UTC', fromMs: Date.parse('2018-12-06T07:00:00Z'), toMs: Date.parse('2018-12-06T08:00:00Z') });
    expect(b).toMatchObject({ posts: 2, sentiment: { mean: 0, neutral: 1 } });
  });

  it('labels buckets with the zone offset of their local start', () => {
    const series = rollupMood(slots, { bucket: '1h', tz: 'Asia/Kolkata', fromMs: Date.parse('2018-12-06T05:00:00Z'), toMs: Date.parse('2018-12-06T06:00:00Z') });
    expect(series.map((b) => [b.start, b.posts])).toEqual([
      ['2018-12-06T10:00:00+05:30', 2],
      ['2018-12-06T11:00:00+05:30', 1],
    ]);
  });
});
