import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createQueues, type Queues } from '../../src/jobs/create-queues';
import { createDatasetStore } from '../../src/store/dataset-store';
import { createRedis } from '../../src/store/create-redis';
import { createKeys } from '../../src/store/keys';
import { createUploadStore } from '../../src/store/upload-store';
import type { Core } from '../../src/runtime/open-core';

export const testRedisUrl = (): string => {
  const url = process.env.MOODLINE_TEST_REDIS_URL;
  if (!url) throw new Error('MOODLINE_TEST_REDIS_URL is unset: jest globalSetup did not run');
  return url;
};

/** A Core on the shared test Redis under a random `{hash-tag}` prefix; `close` deletes every key it made. */
export function openTestCore(): Core & { prefix: string } {
  const prefix = `{mlt-${randomBytes(4).toString('hex')}}`;
  const url = testRedisUrl();
  const redis: Redis = createRedis(url, 'moodline-test');
  const keys = createKeys(prefix);
  const queues: Queues = createQueues(redis, prefix);
  return {
    prefix,
    redisUrl: url,
    embedded: undefined,
    redis,
    keys,
    queues,
    uploads: createUploadStore(redis, keys),
    datasets: createDatasetStore(redis, keys),
    async close() {
      await queues.close();
      await deleteByPrefix(redis, prefix);
      await redis.quit();
    },
  };
}

async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000');
    cursor = next;
    if (found.length) await redis.unlink(...found);
  } while (cursor !== '0');
}
