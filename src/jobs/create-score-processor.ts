import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Analyser } from '../analysis/create-analyser';
import { commitBatch, type CommitOutcome } from '../store/commit-batch';
import type { Keys } from '../store/keys';
import { parseScoreJob } from './job-payloads';

export interface ScoreProcessorDeps {
  analyser: Analyser;
  redis: Redis;
  keys: Keys;
}

/** Analyses a batch in process, then commits its aggregates atomically (a retried batch changes nothing). */
export function createScoreProcessor({ analyser, redis, keys }: ScoreProcessorDeps) {
  return async (job: Job): Promise<CommitOutcome> => {
    const b = parseScoreJob(job.data);
    const c = b.posts;
    const posts = c.id.map((id, i) => {
      const text = c.text[i]!;
      const lang = c.lang[i];
      const author = c.author[i];
      return {
        id, createdAtMs: c.t[i]!, text, ...(author ? { author } : {}),
        analysis: analyser.analyze(text, lang ? { lang } : undefined),
      };
    });
    return commitBatch(redis, keys, {
      uploadId: b.uploadId, dataset: b.dataset, batch: b.batch, posts, rejections: b.rejections, rows: b.rows,
    });
  };
}
