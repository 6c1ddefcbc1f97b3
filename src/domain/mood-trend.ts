import { scoredPosts, seriesSums, shareShift, spanOf, type MoodSpan } from './mood-span';
import type { MoodBucket } from './rollup-mood';

/** Is it getting better: the latest buckets with posts against the same number just before them. */
export interface MoodTrend {
  /** `steady`: the share moved less than `minShift`; `unclear`: it moved more, but too few posts say so. */
  direction: 'worse' | 'better' | 'steady' | 'unclear';
  previous: MoodSpan;
  recent: MoodSpan;
}

export interface MoodTrendOptions {
  /** Buckets with posts on each side. */
  window: number;
  /** Scored posts each side needs; fewer gives no trend. */
  minPosts: number;
  /** Smallest change of the negative share that is a direction (0.05 = 5 points)... */
  minShift: number;
  /** ...and the two-proportion z it needs. */
  minZ: number;
}

export const MOOD_TREND_DEFAULTS: MoodTrendOptions = Object.freeze({ window: 3, minPosts: 30, minShift: 0.05, minZ: 3 });

/**
 * The direction of the share of negative posts over the last `window` buckets that have posts, against
 * the `window` before them. Trailing empty buckets are skipped: after an outage's posts stop, the trend
 * is the one its last posts showed. Null when there are too few posts to tell.
 */
export function moodTrend(series: readonly MoodBucket[], end: string | null, o: MoodTrendOptions = MOOD_TREND_DEFAULTS): MoodTrend | null {
  const withPosts: number[] = [];
  series.forEach((b, i) => { if (scoredPosts(b) > 0) withPosts.push(i); });
  if (withPosts.length < 2 * o.window) return null;
  const s = seriesSums(series);
  const a = withPosts[withPosts.length - 2 * o.window]!;
  const m = withPosts[withPosts.length - o.window]!;
  const b = withPosts[withPosts.length - 1]! + 1;
  if (s.n[m]! - s.n[a]! < o.minPosts || s.n[b]! - s.n[m]! < o.minPosts) return null;
  const { shift, z } = shareShift(s, a, m, b, o.minPosts);
  const direction = Math.abs(shift) < o.minShift ? 'steady' : Math.abs(z) < o.minZ ? 'unclear' : shift > 0 ? 'worse' : 'better';
  return {
    direction,
    previous: spanOf(series, s, a, m, end),
    recent: spanOf(series, s, m, b, end),
  };
}
