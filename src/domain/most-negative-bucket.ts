import { roundShare, scoredPosts } from './mood-span';
import type { MoodBucket } from './rollup-mood';

export interface MostNegativeBucket {
  start: string;
  /** Posts with a sentiment label. */
  posts: number;
  negativeShare: number;
}

/**
 * The bucket where the largest share of posts was negative (the earliest on a tie), among buckets with
 * at least `minPosts` scored posts so that a handful of posts in a quiet hour cannot top it. Null when
 * no bucket has that many.
 */
export function mostNegativeBucket(series: readonly MoodBucket[], minPosts = 20): MostNegativeBucket | null {
  let best: MostNegativeBucket | null = null;
  for (const b of series) {
    const n = scoredPosts(b);
    if (n < minPosts) continue;
    const share = roundShare(b.sentiment.negative / n);
    if (!best || share > best.negativeShare) best = { start: b.start, posts: n, negativeShare: share };
  }
  return best;
}
