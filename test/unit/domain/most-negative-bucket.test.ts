import { mostNegativeBucket } from '../../../src/domain/most-negative-bucket';
import { moodSeries } from '../../helpers/mood-series';

describe('mostNegativeBucket', () => {
  it('picks the bucket with the largest negative share, not the most negative posts', () => {
    const series = moodSeries([[30, 70, 0], [200, 200, 100], [60, 20, 20], [5, 0, 0]]);
    expect(mostNegativeBucket(series)).toEqual({ start: '2018-12-06T02:00:00Z', posts: 100, negativeShare: 0.6 });
  });

  it('leaves out quiet buckets, whose few posts would top it by chance', () => {
    expect(mostNegativeBucket(moodSeries([[3, 0, 0], [10, 30, 0]]))).toEqual({ start: '2018-12-06T01:00:00Z', posts: 40, negativeShare: 0.25 });
    expect(mostNegativeBucket(moodSeries([[3, 0, 0]]))).toBeNull();
  });

  it('keeps the earliest of equally negative buckets', () => {
    expect(mostNegativeBucket(moodSeries([[10, 10, 0], [20, 20, 0]]))?.start).toBe('2018-12-06T00:00:00Z');
  });
});
