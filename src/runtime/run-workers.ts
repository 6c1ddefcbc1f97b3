import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAnalyser } from '../analysis/create-analyser';
import { loadAnalyserResources } from '../analysis/load-analyser-resources';
import type { Config } from '../config';
import { startIngestWorker, startScoreWorker } from '../jobs/start-workers';
import type { Logger } from '../logging/create-logger';
import { createRedis } from '../store/create-redis';
import type { Core } from './open-core';

export type WorkerRole = 'ingest' | 'score' | 'all';

/** Starts the workers of a role in this process; `close` lets in-flight jobs finish, then disconnects. */
export function runWorkers(role: WorkerRole, core: Core, config: Config, logger: Logger): { workers: Worker[]; close(): Promise<void> } {
  const workers: Worker[] = [];
  const connections: Redis[] = [];
  const connect = (name: string) => {
    const c = createRedis(core.redisUrl, name);
    c.on('error', (err) => logger.warn({ err: err.message, connection: name }, 'redis connection error'));
    connections.push(c);
    return c;
  };
  if (role === 'ingest' || role === 'all') {
    workers.push(startIngestWorker({
      connection: connect('moodline-ingest'), keys: core.keys, uploads: core.uploads, queues: core.queues,
      batchSize: config.batchSize, maxQueuedBatches: config.maxQueuedBatches, logger: logger.child({ role: 'ingest' }),
    }));
  }
  if (role === 'score' || role === 'all') {
    workers.push(startScoreWorker({
      connection: connect('moodline-score'), redis: core.redis, keys: core.keys,
      analyser: createAnalyser(loadAnalyserResources()), concurrency: config.scoreConcurrency, logger: logger.child({ role: 'score' }),
    }));
  }
  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(connections.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
