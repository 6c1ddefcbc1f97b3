import { seriesSums, shareShift, spanOf, type MoodSpan } from './mood-span';
import type { MoodBucket } from './rollup-mood';

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

/**
 * Where the mood turned: binary segmentation of the series on the share of negative posts. Each round
 * keeps the strongest split of any span (largest z among those that move the share by `minShift` or
 * more), while one reaches `minZ`. Splits fall only on buckets with posts, so a turn starts where the
 * new level's first posts are. Thin data and noise give no turns.
 */
export function findMoodTurns(series: readonly MoodBucket[], end: string | null, o: MoodTurnOptions = MOOD_TURN_DEFAULTS): MoodTurn[] {
  const s = seriesSums(series);
  // A split at m of buckets [a, b) holds when it moves the share by minShift or more with a z of minZ or more.
  const strength = (a: number, m: number, b: number): number => {
    const { shift, z } = shareShift(s, a, m, b, o.minPosts);
    return Math.abs(shift) >= o.minShift && Math.abs(z) >= o.minZ ? Math.abs(z) : 0;
  };
  const cuts: number[] = [];
  while (cuts.length < o.maxTurns) {
    const bounds = [0, ...cuts, series.length];
    let [best, bestZ] = [-1, 0];
    for (let j = 1; j < bounds.length; j++) {
      const [a, b] = [bounds[j - 1]!, bounds[j]!];
      for (let m = a + 1; m < b; m++) {
        if (s.n[m + 1] === s.n[m]) continue;
        const z = strength(a, m, b);
        if (z > bestZ) [best, bestZ] = [m, z];
      }
    }
    if (best < 0) break;
    cuts.push(best);
    cuts.sort((x, y) => x - y);
  }
  // A split found inside a wider span may leave neighbours too alike once both sides are cut again:
  // drop such splits until every one left still holds between its neighbours.
  let kept = cuts;
  for (;;) {
    const holding = kept.filter((m, i) => strength(kept[i - 1] ?? 0, m, kept[i + 1] ?? series.length) > 0);
    if (holding.length === kept.length) break;
    kept = holding;
  }
  return kept.map((m, i) => {
    const before = spanOf(series, s, kept[i - 1] ?? 0, m, end);
    const after = spanOf(series, s, m, kept[i + 1] ?? series.length, end);
    return { start: series[m]!.start, direction: after.negativeShare > before.negativeShare ? 'worse' : 'better', before, after };
  });
}
