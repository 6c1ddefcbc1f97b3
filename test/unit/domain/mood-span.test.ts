import { seriesSums, shareShift, spanOf } from '../../../src/domain/mood-span';
import { moodSeries } from '../../helpers/mood-series';

describe('mood spans', () => {
  const series = moodSeries([[10, 30, 10], [0, 0, 0], [40, 10, 0]]);
  const sums = seriesSums(series);

  it('sums a span of buckets: scored posts, negative share and the post-weighted mean', () => {
    expect(spanOf(series, sums, 0, 3, '2018-12-06T03:00:00Z')).toEqual({ from: '2018-12-06T00:00:00Z', to: '2018-12-06T03:00:00Z', posts: 100, negativeShare: 0.5, mean: -0.4 });
    expect(spanOf(series, sums, 0, 2, null)).toMatchObject({ to: '2018-12-06T02:00:00Z', posts: 50, negativeShare: 0.2 });
    expect(spanOf(series, sums, 1, 2, null)).toMatchObject({ posts: 0, negativeShare: 0, mean: 0 });
  });

  it('gives the shift of the negative share between two spans and its two-proportion z', () => {
    const { shift, z } = shareShift(sums, 0, 2, 3, 30);
    expect(shift).toBeCloseTo(0.6, 10);
    expect(z).toBeCloseTo(0.6 / Math.sqrt(0.5 * 0.5 * (1 / 50 + 1 / 50)), 10);
  });

  it('gives no shift when a side has fewer scored posts than asked', () => {
    expect(shareShift(sums, 0, 2, 3, 51)).toEqual({ shift: 0, z: 0 });
  });
});
