import { moodTrend } from '../../../src/domain/mood-trend';
import { level, moodSeries } from '../../helpers/mood-series';

describe('moodTrend', () => {
  it('says better when the last three buckets with posts are clearly less negative than the three before', () => {
    const t = moodTrend(moodSeries([...level(4, 100, 0.6), ...level(3, 100, 0.3)]), '2018-12-06T07:00:00Z');
    expect(t).toEqual({
      direction: 'better',
      previous: { from: '2018-12-06T01:00:00Z', to: '2018-12-06T04:00:00Z', posts: 300, negativeShare: 0.6, mean: -0.6 },
      recent: { from: '2018-12-06T04:00:00Z', to: '2018-12-06T07:00:00Z', posts: 300, negativeShare: 0.3, mean: -0.3 },
    });
  });

  it('says worse when they are clearly more negative', () => {
    expect(moodTrend(moodSeries([...level(3, 100, 0.2), ...level(3, 100, 0.5)]), null)?.direction).toBe('worse');
  });

  it('says steady when the share moved less than 5 points', () => {
    expect(moodTrend(moodSeries([...level(3, 1000, 0.4), ...level(3, 1000, 0.43)]), null)?.direction).toBe('steady');
  });

  it('says unclear when the share moved but too few posts back it', () => {
    expect(moodTrend(moodSeries([...level(3, 12, 0.4), ...level(3, 12, 0.6)]), null)?.direction).toBe('unclear');
  });

  it('skips trailing empty buckets: the trend is the one the last posts showed', () => {
    const t = moodTrend(moodSeries([...level(3, 100, 0.6), ...level(3, 100, 0.2), ...level(5, 0, 0)]), null);
    expect(t).toMatchObject({ direction: 'better', recent: { to: '2018-12-06T06:00:00Z' } });
  });

  it('gives no trend with fewer than six buckets with posts or 30 posts a side', () => {
    expect(moodTrend(moodSeries(level(5, 100, 0.5)), null)).toBeNull();
    expect(moodTrend(moodSeries(level(6, 9, 0.5)), null)).toBeNull();
  });
});
