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

/** The moment the share of negative posts moved to a new level and stayed there. */
export interface MoodTurn {
  /** Start of the first bucket at the new level. */
  start: string;
  direction: 'worse' | 'better';
  before: MoodSpan;
  after: MoodSpan;
}

export interface MoodTurnOptions {
  /** Scored posts each side of a turn needs: fewer says nothing. */
  minPosts: number;
  /** Smallest change of the negative share that counts as a turn (0.1 = 10 points). */
  minShift: number;
  /** Smallest two-proportion z of a turn: high, because every bucket boundary is tried. */
  minZ: number;
  maxTurns: number;
}

export const MOOD_TURN_DEFAULTS: MoodTurnOptions = Object.freeze({ minPosts: 30, minShift: 0.1, minZ: 5, maxTurns: 6 });

/** Cumulative scored posts, negative posts and sentiment sums, so any span's figures are two lookups. */
export interface SeriesSums {
  n: number[];
  negative: number[];
  sum: number[];
}

export function seriesSums(series: readonly MoodBucket[]): SeriesSums {
  const s: SeriesSums = { n: [0], negative: [0], sum: [0] };
  series.forEach((b, i) => {
    const scored = b.sentiment.negative + b.sentiment.neutral + b.sentiment.positive;
    s.n.push(s.n[i]! + scored);
    s.negative.push(s.negative[i]! + b.sentiment.negative);
    s.sum.push(s.sum[i]! + b.sentiment.mean * scored);
  });
  return s;
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/** Figures of buckets [a, b) of the series. */
export function spanOf(series: readonly MoodBucket[], s: SeriesSums, a: number, b: number, end: string | null): MoodSpan {
  const n = s.n[b]! - s.n[a]!;
  return {
    from: series[a]!.start,
    to: b < series.length ? series[b]!.start : end,
    posts: n,
    negativeShare: n > 0 ? round((s.negative[b]! - s.negative[a]!) / n, 3) : 0,
    mean: n > 0 ? round((s.sum[b]! - s.sum[a]!) / n, 4) : 0,
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

/**
 * Where the mood turned: binary segmentation of the series on the share of negative posts. Each round
 * keeps the strongest split of any span (largest z among those that move the share by `minShift` or
 * more), while one reaches `minZ`. Splits fall only on buckets with posts, so a turn starts where the
 * new level's first posts are. Thin data and noise give no turns.
 */
export function findMoodTurns(series: readonly MoodBucket[], end: string | null, o: MoodTurnOptions = MOOD_TURN_DEFAULTS): MoodTurn[] {
  const s = seriesSums(series);
  const cuts: number[] = [];
  while (cuts.length < o.maxTurns) {
    const bounds = [0, ...cuts, series.length];
    let [best, bestZ] = [-1, 0];
    for (let j = 1; j < bounds.length; j++) {
      const [a, b] = [bounds[j - 1]!, bounds[j]!];
      for (let m = a + 1; m < b; m++) {
        if (s.n[m + 1] === s.n[m]) continue;
        const { shift, z } = shareShift(s, a, m, b, o.minPosts);
        if (Math.abs(shift) >= o.minShift && Math.abs(z) >= o.minZ && Math.abs(z) > bestZ) [best, bestZ] = [m, Math.abs(z)];
      }
    }
    if (best < 0) break;
    cuts.push(best);
    cuts.sort((x, y) => x - y);
  }
  // A split found inside a wider span may leave neighbours too alike once both sides are cut again.
  const kept = cuts.filter((m, i) => {
    const { shift, z } = shareShift(s, cuts[i - 1] ?? 0, m, cuts[i + 1] ?? series.length, o.minPosts);
    return Math.abs(shift) >= o.minShift && Math.abs(z) >= o.minZ;
  });
  return kept.map((m, i) => {
    const before = spanOf(series, s, kept[i - 1] ?? 0, m, end);
    const after = spanOf(series, s, m, kept[i + 1] ?? series.length, end);
    return { start: series[m]!.start, direction: after.negativeShare > before.negativeShare ? 'worse' : 'better', before, after };
  });
}
