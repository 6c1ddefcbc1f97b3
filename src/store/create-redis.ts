import { Redis } from 'ioredis';

/**
 * A Redis client that reconnects forever with capped backoff. `maxRetriesPerRequest: null` is what
 * BullMQ needs; commands wait for the connection instead of failing while Redis restarts.
 */
export function createRedis(url: string, name = 'moodline'): Redis {
  return new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
  });
}
