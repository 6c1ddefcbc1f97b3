import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Analyser } from '../analysis/create-analyser';
import { commitBatch, type CommitOutcome } from '../store/commit-batch';
import type { Keys } from '../store/keys';
import { scoreJobSchema } from './job-payloads';

export interface ScoreProcessorDeps {
  analyser: Analyser;
  redis: Redis;
  keys: Keys;
}

/** Analyses a batch in process, then commits its aggregates atomically (a retried batch changes nothing). */
export function createScoreProcessor({ analyser, redis, keys }: ScoreProcessorDeps) {
  return async (job: Job): Promise<CommitOutcome> => {
    const b = scoreJobSchema.parse(job.data);
    const posts = b.posts.map((p) => ({
      id: p.id,
      createdAtMs: p.t,
      text: p.text,
      ...(p.author ? { author: p.author } : {}),
      analysis: analyser.analyze(p.text, p.lang ? { lang: p.lang } : undefined),
    }));
    return commitBatch(redis, keys, {
      uploadId: b.uploadId, dataset: b.dataset, batch: b.batch, posts, rejections: b.rejections, rows: b.rows,
    });
  };
}
