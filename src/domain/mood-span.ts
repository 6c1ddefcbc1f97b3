import type { MoodBucket } from './rollup-mood';

/** A run of buckets with one level of mood: its scored posts, share of them negative, and mean sentiment. */
export interface MoodSpan {
  /** Start of its first bucket. */
  from: string;
  /** Start of the next span's first bucket, or the end of the series (exclusive). */
  to: string | null;
  /** Posts with a sentiment label (unsupported languages are not counted). */
  posts: number;
  negativeShare: number;
  mean: number;
}

/** Posts of a bucket with a sentiment label (unsupported languages are counted as posts, not here). */
export const scoredPosts = (b: MoodBucket): number => b.sentiment.negative + b.sentiment.neutral + b.sentiment.positive;

/** A share rounded as answers give it (0.576). */
export const roundShare = (x: number): number => Math.round(x * 1000) / 1000;

/** Cumulative scored posts, negative posts and sentiment sums, so any span's figures are two lookups. */
export interface SeriesSums {
  n: number[];
  negative: number[];
  sum: number[];
}

export function seriesSums(series: readonly MoodBucket[]): SeriesSums {
  const s: SeriesSums = { n: [0], negative: [0], sum: [0] };
  series.forEach((b, i) => {
    const scored = scoredPosts(b);
    s.n.push(s.n[i]! + scored);
    s.negative.push(s.negative[i]! + b.sentiment.negative);
    s.sum.push(s.sum[i]! + b.sentiment.mean * scored);
  });
  return s;
}

/** Figures of buckets [a, b) of the series. */
export function spanOf(series: readonly MoodBucket[], s: SeriesSums, a: number, b: number, end: string | null): MoodSpan {
  const n = s.n[b]! - s.n[a]!;
  return {
    from: series[a]!.start,
    to: b < series.length ? series[b]!.start : end,
    posts: n,
    negativeShare: n > 0 ? roundShare((s.negative[b]! - s.negative[a]!) / n) : 0,
    mean: n > 0 ? Math.round(((s.sum[b]! - s.sum[a]!) / n) * 10_000) / 10_000 : 0,
  };
}

/** Two-proportion z of the negative share of buckets [m, b) against [a, m); 0 when either side is too thin. */
export function shareShift(s: SeriesSums, a: number, m: number, b: number, minPosts: number): { shift: number; z: number } {
  const n1 = s.n[m]! - s.n[a]!;
  const n2 = s.n[b]! - s.n[m]!;
  if (n1 < minPosts || n2 < minPosts) return { shift: 0, z: 0 };
  const k1 = s.negative[m]! - s.negative[a]!;
  const k2 = s.negative[b]! - s.negative[m]!;
  const shift = k2 / n2 - k1 / n1;
  const p = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return { shift, z: se > 0 ? shift / se : 0 };
}
