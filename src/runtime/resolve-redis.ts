import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logging/create-logger';
import { startEmbeddedRedis, type EmbeddedRedis } from '../store/start-embedded-redis';

/** REDIS_URL when set; otherwise a private redis-server under the data dir, stopped by the returned `stop`. */
export async function resolveRedis(config: Config, logger: Logger): Promise<{ url: string; embedded?: EmbeddedRedis }> {
  if (config.redisUrl) return { url: config.redisUrl };
  const embedded = await startEmbeddedRedis(path.join(config.dataDir, 'redis'));
  logger.info({ port: embedded.port, dir: path.join(config.dataDir, 'redis') }, 'started embedded redis-server');
  return { url: embedded.url, embedded };
}
