/**
 * What the reliability tests compare: everything a dataset holds in Redis (day hashes, meta counters,
 * dedupe marks, stored posts), and a clean reference computed in this process with the very code the
 * worker processes run (dist/): parse → batch → analyse → commit, with no queue and no crash.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import path from 'node:path';
import type { Redis } from 'ioredis';
import type * as AnalyserModule from '../../../src/analysis/create-analyser';
import type * as ResourcesModule from '../../../src/analysis/load-analyser-resources';
import type * as ParseModule from '../../../src/ingest/parse-export';
import type * as BatchModule from '../../../src/jobs/batch-builder';
import type * as ScoreModule from '../../../src/jobs/score-batch-posts';
import type * as CommitModule from '../../../src/store/commit-batch';
import type * as KeysModule from '../../../src/store/keys';
import { recordsOfPage } from '../../../src/store/stored-page';
import { REPO_ROOT } from '../../helpers/process-helpers';

export interface DatasetSnapshot {
  /** Every 5-minute counter of every UTC day hash, as `<day>/<slot>:<metric>` → value. */
  counters: Record<string, string>;
  posts: number;
  minT: string | undefined;
  maxT: string | undefined;
  /** Members of all dedupe shards. */
  seen: number;
  /** Stored scored posts: how many, and a digest of the sorted records (arrival order and paging may differ). */
  storedPosts: number;
  storedDigest: string;
}

async function scanKeys(redis: Redis, match: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', match, 'COUNT', '1000');
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found;
}

/** Reads everything a dataset holds, in an order-independent form. */
export async function snapshotDataset(redis: Redis, prefix: string, dataset: string): Promise<DatasetSnapshot> {
  const base = `${prefix}:ds:${dataset}:`;
  const counters: Record<string, string> = {};
  for (const key of await scanKeys(redis, `${base}day:*`)) {
    const day = key.slice(`${base}day:`.length);
    for (const [f, v] of Object.entries(await redis.hgetall(key))) counters[`${day}/${f}`] = v;
  }
  const meta = await redis.hgetall(`${base}meta`);
  let seen = 0;
  const seenKeys = await scanKeys(redis, `${base}ids:*`);
  const pipe = redis.pipeline();
  for (const k of seenKeys) pipe.scard(k);
  for (const [, n] of (await pipe.exec()) ?? []) seen += Number(n);
  const records: string[] = [];
  for (const key of await scanKeys(redis, `${base}posts:*`)) for (const page of await redis.lrange(key, '0', '-1')) records.push(...recordsOfPage(page));
  records.sort();
  const digest = createHash('sha1');
  for (const r of records) digest.update(r).update('\n');
  return { counters, posts: Number(meta.posts ?? 0), minT: meta.minT, maxT: meta.maxT, seen, storedPosts: records.length, storedDigest: digest.digest('hex') };
}

/** Loads a compiled module of the build the worker processes run, so the reference runs the very same code. */
const fromBuild = <T>(root: string, rel: string): T => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(root, 'dist', rel)) as T;
};

/**
 * Commits `exportText` into `dataset` without queue or workers, batch by batch as a clean run would.
 * Returns the number of accepted posts.
 */
export async function referenceRun(redis: Redis, prefix: string, dataset: string, exportText: string, root = REPO_ROOT, batchSize = 500): Promise<number> {
  const dist = <T>(rel: string) => fromBuild<T>(root, rel);
  const { createAnalyser } = dist<typeof AnalyserModule>('src/analysis/create-analyser.js');
  const { loadAnalyserResources } = dist<typeof ResourcesModule>('src/analysis/load-analyser-resources.js');
  const { parseExport } = dist<typeof ParseModule>('src/ingest/parse-export.js');
  const { BatchBuilder } = dist<typeof BatchModule>('src/jobs/batch-builder.js');
  const { scoreBatchPosts } = dist<typeof ScoreModule>('src/jobs/score-batch-posts.js');
  const { commitBatch } = dist<typeof CommitModule>('src/store/commit-batch.js');
  const { createKeys } = dist<typeof KeysModule>('src/store/keys.js');
  const analyser = createAnalyser(loadAnalyserResources());
  const keys = createKeys(prefix);
  const uploadId = `ref-${dataset}`;
  const builder = new BatchBuilder({ uploadId, dataset }, batchSize);
  let accepted = 0;
  const commit = async (b: ReturnType<typeof builder.flush>) => {
    if (!b) return;
    const posts = scoreBatchPosts(analyser, b.posts);
    accepted += (await commitBatch(redis, keys, { uploadId, dataset, batch: b.batch, posts, rejections: b.rejections, rows: b.rows })).accepted;
  };
  for await (const row of parseExport(Readable.from([Buffer.from(exportText)]), { format: 'ndjson' })) await commit(builder.add(row));
  await commit(builder.flush());
  return accepted;
}

/** Deletes every key under a prefix (the stack's and BullMQ's). */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  const keys = await scanKeys(redis, `${prefix}*`);
  for (let i = 0; i < keys.length; i += 500) await redis.unlink(...keys.slice(i, i + 500));
}
