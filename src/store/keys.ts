/**
 * Every Redis key Moodline uses is built here, under one configurable prefix.
 * The default prefix `{moodline}` is a Redis Cluster hash tag: all keys (and BullMQ's queues,
 * which use the same prefix) live in one slot, so the batch commit script may touch any of them.
 */
export const SEEN_SHARDS = 4096;

export interface Keys {
  prefix: string;
  datasets(): string;
  /** Version of each dataset (a hash), bumped by every batch that adds posts and kept across deletes, so caches never confuse a re-created dataset with the old one. */
  datasetVersions(): string;
  /** Set once the bundled sample was queued, so deleting it is not undone by a restart. */
  sampleLoaded(): string;
  datasetMeta(dataset: string): string;
  /** Fine aggregates of one UTC day: a hash of `<5-minute slot>:<metric>` counters. */
  datasetDay(dataset: string, day: string): string;
  /** Scored posts of one UTC hour (`yyyymmddhh`), a list of compact JSON records in arrival order. */
  datasetPosts(dataset: string, hour: string): string;
  /** Dedupe shard: an intset of 52-bit post-id hashes (`ids:`; the `seen:` shards of an older, sha1-based fingerprint are not read). */
  datasetSeen(dataset: string, shard: number): string;
  datasetUploads(dataset: string): string;
  upload(uploadId: string): string;
  uploadBatches(uploadId: string): string;
  uploadErrors(uploadId: string): string;
  uploadReasons(uploadId: string): string;
}

export function createKeys(prefix: string): Keys {
  const p = prefix;
  return {
    prefix: p,
    datasets: () => `${p}:datasets`,
    datasetVersions: () => `${p}:dataset-versions`,
    sampleLoaded: () => `${p}:sample-loaded`,
    datasetMeta: (ds) => `${p}:ds:${ds}:meta`,
    datasetDay: (ds, day) => `${p}:ds:${ds}:day:${day}`,
    datasetPosts: (ds, hour) => `${p}:ds:${ds}:posts:${hour}`,
    datasetSeen: (ds, shard) => `${p}:ds:${ds}:ids:${shard}`,
    datasetUploads: (ds) => `${p}:ds:${ds}:uploads`,
    upload: (id) => `${p}:up:${id}`,
    uploadBatches: (id) => `${p}:up:${id}:batches`,
    uploadErrors: (id) => `${p}:up:${id}:errors`,
    uploadReasons: (id) => `${p}:up:${id}:reasons`,
  };
}
