import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { IngestJob, ScoreJob } from './job-payloads';
import { INGEST_QUEUE, SCORE_QUEUE } from './queue-names';

export interface Queues {
  ingest: Queue<IngestJob>;
  score: Queue<ScoreJob>;
  close(): Promise<void>;
}

/** The two BullMQ queues, under the same prefix as Moodline's own keys. */
export function createQueues(connection: Redis, prefix: string): Queues {
  const ingest = new Queue<IngestJob>(INGEST_QUEUE, {
    connection, prefix,
    defaultJobOptions: {
      attempts: 5, backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 },
    },
  });
  const score = new Queue<ScoreJob>(SCORE_QUEUE, {
    connection, prefix,
    defaultJobOptions: {
      attempts: 10, backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: true, removeOnFail: { count: 1000 },
    },
  });
  return { ingest, score, close: async () => { await Promise.all([ingest.close(), score.close()]); } };
}
