import { bucketStart } from '../domain/bucket';
import { SLOT_MS } from '../domain/slot-counts';
import { AppError } from '../errors/app-error';
import { createSummaryAccumulator, type SummaryBucket } from '../insights/summary-accumulator';
import type { DatasetStore } from '../store/dataset-store';
import type { PostStore } from '../store/post-store';
import { toJsonAnswer, type JsonAnswer } from './json-answer';
import { moodQueryKey, type MoodQuery } from './mood-query';
import type { MoodReader } from './mood-reader';

export interface SummaryAnswer {
  dataset: string;
  bucket: string;
  tz: string;
  from: string | null;
  to: string | null;
  /** Stored posts read for terms and samples. */
  scanned: number;
  /** True when the range held more posts than one summary reads: terms and samples cover the first `scanned`. */
  truncated: boolean;
  buckets: SummaryBucket[];
}

export interface SummaryReaderDeps {
  datasets: DatasetStore;
  moods: MoodReader;
  posts: PostStore;
  /** Most stored posts one summary reads (default 100,000). */
  maxPosts?: number;
  /** Most buckets one summary may hold (default 1,000). */
  maxBuckets?: number;
  /** Summaries kept in memory (default 64), each valid while its dataset's version is unchanged. */
  maxCached?: number;
}

/** Per-bucket mood plus top terms and representative posts, computed once per dataset version and query. */
export function createSummaryReader(d: SummaryReaderDeps) {
  const maxPosts = d.maxPosts ?? 100_000;
  const maxBuckets = d.maxBuckets ?? 1000;
  const maxCached = d.maxCached ?? 64;
  const cache = new Map<string, Promise<JsonAnswer>>();

  async function compute(name: string, q: MoodQuery): Promise<SummaryAnswer> {
    const mood = await d.moods.mood(name, q);
    if (mood.series.length > maxBuckets) {
      throw new AppError('bad_request', `bucket: a summary holds at most ${maxBuckets} buckets; use a larger bucket or a shorter from..to`, 400, false, [{ field: 'bucket', message: `at most ${maxBuckets} buckets` }]);
    }
    const starts = new Map(mood.series.map((b, i) => [Date.parse(b.start), i]));
    const acc = createSummaryAccumulator(mood.series, { bucketIndexOf: (t) => starts.get(bucketStart(t, q.bucket, q.tz)) });
    let scanned = 0;
    let truncated = false;
    const first = mood.series[0];
    if (first && mood.to) {
      const fromMs = Date.parse(first.start);
      // The rollup counts whole 5-minute slots, so read to the end of the last slot it counted.
      const toMs = Math.ceil(Date.parse(mood.to) / SLOT_MS) * SLOT_MS;
      for await (const { post } of d.posts.scan(name, fromMs, toMs)) {
        const t = Date.parse(post.createdAt);
        if (t < fromMs || t >= toMs) continue;
        if (scanned >= maxPosts) { truncated = true; break; }
        scanned++;
        acc.add(post);
      }
    }
    return { dataset: name, bucket: mood.bucket, tz: mood.tz, from: mood.from, to: mood.to, scanned, truncated, buckets: acc.result() };
  }

  return {
    /**
     * The summary, serialised; requests for the same dataset version and query share one computation.
     * Versions only grow (a delete bumps it too), so one HGET tells whether a cached answer still holds.
     */
    async summary(name: string, q: MoodQuery): Promise<JsonAnswer> {
      const key = moodQueryKey(name, await d.datasets.version(name), q);
      let hit = cache.get(key);
      if (!hit) {
        hit = compute(name, q).then(toJsonAnswer);
        if (cache.size >= maxCached) cache.delete(cache.keys().next().value as string);
        cache.set(key, hit);
        hit.catch(() => cache.delete(key));
      }
      return hit;
    },
  };
}

export type SummaryReader = ReturnType<typeof createSummaryReader>;
