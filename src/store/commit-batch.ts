import type { Redis } from 'ioredis';
import type { Analysis } from '../domain/analysis';
import type { Rejection } from '../domain/post';
import { COMMIT_BATCH_LUA } from './commit-batch-lua';
import { scriptOn } from './script-on';
import type { Keys } from './keys';
import { commitArgs } from './commit-args';

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


/** Writes a batch's aggregates, dedupe marks, stored posts and upload counters in one atomic Redis step. */
export async function commitBatch(redis: Redis, keys: Keys, b: BatchToCommit, nowMs = Date.now()): Promise<CommitOutcome> {
  const args = commitArgs(keys, b, nowMs);
  const res = await scriptOn(redis, 'moodlineCommitBatch', COMMIT_BATCH_LUA)(args.keys.length, ...args.keys, ...args.argv);
  const r = res as number[];
  return { applied: r[0] === 1, accepted: r[1] ?? 0, duplicates: r[2] ?? 0, uploadDone: r[3] === 1 };
}
