import type { Redis } from 'ioredis';
import type { Analysis } from '../domain/analysis';
import type { Rejection } from '../domain/post';
import { SLOT_FIELDS, SLOT_MS } from '../domain/slot-counts';
import { COMMIT_BATCH_LUA } from './commit-batch-lua';
import { scriptOn } from './script-on';
import type { Keys } from './keys';
import { postFingerprint } from './post-fingerprint';
import { reasonKind } from './reason-kind';
import { dayKey, hourKey } from './day-key';
import { encodeStoredPost } from './stored-post';

export interface ScoredPost {
  id: string;
  createdAtMs: number;
  text: string;
  author?: string;
  analysis: Analysis;
}

export interface BatchToCommit {
  uploadId: string;
  dataset: string;
  /** Position of the batch in its upload, from 0; the same rows always get the same number. */
  batch: number;
  posts: ScoredPost[];
  /** Rows of this batch's range that could not become posts. */
  rejections: Rejection[];
  /** Rows read in this batch's range: posts + rejections. */
  rows: number;
}

export interface CommitOutcome {
  /** False when this batch had been committed before (a retried job): nothing changed. */
  applied: boolean;
  accepted: number;
  duplicates: number;
  uploadDone: boolean;
}

/** Rejected rows kept per upload (the lowest lines), for the report (first 100) and the rejected-rows CSV. */
export const MAX_KEPT_REJECTIONS = 10_000;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Writes a batch's aggregates, dedupe marks and upload counters in one atomic Redis step. */
export async function commitBatch(redis: Redis, keys: Keys, b: BatchToCommit, nowMs = Date.now()): Promise<CommitOutcome> {
  const keyList = [
    keys.upload(b.uploadId), keys.uploadBatches(b.uploadId), keys.uploadErrors(b.uploadId),
    keys.uploadReasons(b.uploadId), keys.datasetMeta(b.dataset), keys.datasetVersions(),
  ];
  // Key strings are built once per distinct shard, day and hour of the batch, not once per post.
  const memo = (build: (n: number) => string) => {
    const index = new Map<number, number>();
    return (n: number): number => {
      let i = index.get(n);
      if (i === undefined) {
        keyList.push(build(n));
        i = keyList.length; // Lua KEYS are 1-based
        index.set(n, i);
      }
      return i;
    };
  };
  const seenKey = memo((shard) => keys.datasetSeen(b.dataset, shard));
  const dayHash = memo((day) => keys.datasetDay(b.dataset, dayKey(day * DAY_MS)));
  const postsList = memo((hour) => keys.datasetPosts(b.dataset, hourKey(hour * HOUR_MS)));
  const records: string[] = [];
  const RECORD_ARGS_FROM = 5; // ARGV index of the first stored-post record (Lua is 1-based)
  const posts = b.posts.map((p) => {
    const slotStart = p.createdAtMs - (((p.createdAtMs % SLOT_MS) + SLOT_MS) % SLOT_MS);
    const day = Math.floor(slotStart / DAY_MS);
    const fp = postFingerprint(p.id);
    const a = p.analysis;
    return [
      seenKey(fp.shard), fp.member, dayHash(day), Math.round((slotStart - day * DAY_MS) / SLOT_MS),
      a.supported ? Math.round(a.sentiment.score * 1000) : 0,
      a.supported ? SLOT_FIELDS[a.sentiment.label] : '',
      SLOT_FIELDS[a.category], Math.floor(p.createdAtMs / 1000),
      postsList(Math.floor(p.createdAtMs / HOUR_MS)), RECORD_ARGS_FROM + records.push(encodeStoredPost(p)) - 1,
    ];
  });
  const reasons = new Map<string, number>();
  for (const r of b.rejections) {
    const kind = reasonKind(r.reason);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const payload = {
    p: posts,
    r: b.rejections.length,
    n: b.rows,
    e: b.rejections.slice(0, MAX_KEPT_REJECTIONS).map((r) => [r.line, JSON.stringify({ line: r.line, reason: r.reason })]),
    k: [...reasons],
  };
  const res = await scriptOn(redis, 'moodlineCommitBatch', COMMIT_BATCH_LUA)(
    keyList.length, ...keyList, `b${b.batch}`, JSON.stringify(payload), String(nowMs), b.dataset, ...records,
  );
  const r = res as number[];
  return { applied: r[0] === 1, accepted: r[1] ?? 0, duplicates: r[2] ?? 0, uploadDone: r[3] === 1 };
}
