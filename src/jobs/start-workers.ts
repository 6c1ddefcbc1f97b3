import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Analyser } from '../analysis/create-analyser';
import type { Logger } from '../logging/create-logger';
import type { Keys } from '../store/keys';
import type { UploadStore } from '../store/upload-store';
import { createIngestProcessor } from './create-ingest-processor';
import { createScoreProcessor } from './create-score-processor';
import type { Queues } from './create-queues';
import { INGEST_QUEUE, SCORE_QUEUE } from './queue-names';
import { readRedisMemory } from './redis-memory';

const RELIABILITY = {
  // Jobs of a killed worker come back once its lock expires and a stalled check sees it: within
  // lockDuration + stalledInterval (20 s; it was 40 s). Locks are renewed every lockDuration / 2,
  // far longer than a batch's synchronous analysis (~15 ms for 500 posts). Allow many crashes.
  maxStalledCount: 20,
  stalledInterval: 5_000,
  lockDuration: 15_000,
};

function watch(worker: Worker, logger: Logger): Worker {
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'));
  worker.on('error', (err) => logger.error({ err: err.message }, 'worker error'));
  return worker;
}

export interface ScoreWorkerDeps {
  connection: Redis;
  redis: Redis;
  keys: Keys;
  analyser: Analyser;
  concurrency: number;
  logger: Logger;
}

export function startScoreWorker(d: ScoreWorkerDeps): Worker {
  const processor = createScoreProcessor({ analyser: d.analyser, redis: d.redis, keys: d.keys });
  return watch(
    new Worker(SCORE_QUEUE, processor, { connection: d.connection, prefix: d.keys.prefix, concurrency: d.concurrency, ...RELIABILITY }),
    d.logger,
  );
}

export interface IngestWorkerDeps {
  connection: Redis;
  keys: Keys;
  uploads: UploadStore;
  queues: Queues;
  batchSize: number;
  maxQueuedBatches: number;
  logger: Logger;
}

export function startIngestWorker(d: IngestWorkerDeps): Worker {
  const processor = createIngestProcessor({
    uploads: d.uploads, scoreQueue: d.queues.score, batchSize: d.batchSize, maxQueuedBatches: d.maxQueuedBatches, logger: d.logger,
    redisMemory: () => readRedisMemory(d.connection),
  });
  return watch(
    new Worker(INGEST_QUEUE, processor, { connection: d.connection, prefix: d.keys.prefix, concurrency: 2, ...RELIABILITY }),
    d.logger,
  );
}
