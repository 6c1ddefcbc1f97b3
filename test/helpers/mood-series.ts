import type { MoodBucket } from '../../src/domain/rollup-mood';

/**
 * Hourly buckets from 2018-12-06T00:00Z, one per [negative, neutral, positive] triple; the mean is
 * (positive − negative) / posts, enough for the figures that read it.
 */
export function moodSeries(counts: ReadonlyArray<readonly [number, number, number]>): MoodBucket[] {
  return counts.map(([negative, neutral, positive], i) => {
    const posts = negative + neutral + positive;
    return {
      start: new Date(Date.parse('2018-12-06T00:00:00Z') + i * 3_600_000).toISOString().replace('.000Z', 'Z'),
      posts,
      sentiment: { mean: posts > 0 ? (positive - negative) / posts : 0, negative, neutral, positive },
      categories: { complaint: negative, support: positive, humour: 0, other: neutral },
      flags: { compensation: 0, question: 0 },
    };
  });
}

/** `n` hourly buckets of `posts` posts each, `share` of them negative and the rest neutral. */
export const level = (n: number, posts: number, share: number): Array<[number, number, number]> =>
  Array.from({ length: n }, () => [Math.round(posts * share), posts - Math.round(posts * share), 0]);
