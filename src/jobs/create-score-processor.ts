import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Analyser } from '../analysis/create-analyser';
import { commitBatch, type CommitOutcome } from '../store/commit-batch';
import type { Keys } from '../store/keys';
import { parseScoreJob } from './job-payloads';
import { scoreBatchPosts } from './score-batch-posts';

export interface ScoreProcessorDeps {
  analyser: Analyser;
  redis: Redis;
  keys: Keys;
}

/** Analyses a batch in process, then commits its aggregates atomically (a retried batch changes nothing). */
export function createScoreProcessor({ analyser, redis, keys }: ScoreProcessorDeps) {
  return async (job: Job): Promise<CommitOutcome> => {
    const b = parseScoreJob(job.data);
    const posts = scoreBatchPosts(analyser, b.posts);
    return commitBatch(redis, keys, {
      uploadId: b.uploadId, dataset: b.dataset, batch: b.batch, posts, rejections: b.rejections, rows: b.rows,
    });
  };
}
