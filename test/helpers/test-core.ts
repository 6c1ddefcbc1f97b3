import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { assembleCore, type Core } from '../../src/runtime/open-core';
import { createRedis } from '../../src/store/create-redis';

export const testRedisUrl = (): string => {
  const url = process.env.MOODLINE_TEST_REDIS_URL;
  if (!url) throw new Error('MOODLINE_TEST_REDIS_URL is unset: jest globalSetup did not run');
  return url;
};

/** A Core on the shared test Redis under a random `{hash-tag}` prefix; `close` deletes every key it made. */
export function openTestCore(): Core & { prefix: string } {
  const prefix = `{mlt-${randomBytes(4).toString('hex')}}`;
  const url = testRedisUrl();
  const redis = createRedis(url, 'moodline-test');
  return { prefix, ...assembleCore(url, redis, prefix, undefined, () => deleteByPrefix(redis, prefix)) };
}

async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000');
    cursor = next;
    if (found.length) await redis.unlink(...found);
  } while (cursor !== '0');
}
