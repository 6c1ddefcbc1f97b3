import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { createQueues, type Queues } from '../jobs/create-queues';
import type { Logger } from '../logging/create-logger';
import { createDatasetStore, type DatasetStore } from '../store/dataset-store';
import { createRedis } from '../store/create-redis';
import { createKeys, type Keys } from '../store/keys';
import type { EmbeddedRedis } from '../store/start-embedded-redis';
import { createUploadStore, type UploadStore } from '../store/upload-store';
import { resolveRedis } from './resolve-redis';

export interface Core {
  redisUrl: string;
  embedded: EmbeddedRedis | undefined;
  redis: Redis;
  keys: Keys;
  queues: Queues;
  uploads: UploadStore;
  datasets: DatasetStore;
  close(): Promise<void>;
}

/** Redis (embedded when REDIS_URL is unset), keys, queues and stores: what every process shares. */
export async function openCore(config: Config, logger: Logger): Promise<Core> {
  const { url, embedded } = await resolveRedis(config, logger);
  const redis = createRedis(url, 'moodline');
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  return assembleCore(url, redis, config.prefix, embedded);
}

/** Keys, queues and stores over an open connection; `close` (plus `beforeQuit`) releases them. */
export function assembleCore(redisUrl: string, redis: Redis, prefix: string, embedded?: EmbeddedRedis, beforeQuit?: () => Promise<void>): Core {
  const keys = createKeys(prefix);
  const queues = createQueues(redis, prefix);
  return {
    redisUrl,
    embedded,
    redis,
    keys,
    queues,
    uploads: createUploadStore(redis, keys),
    datasets: createDatasetStore(redis, keys),
    async close() {
      await queues.close();
      await beforeQuit?.();
      await redis.quit().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
