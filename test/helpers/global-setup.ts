import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasRedisServer, REDIS_MISSING_HELP, startEmbeddedRedis } from '../../src/store/start-embedded-redis';

/** One real redis-server on a free loopback port for the whole run; tests isolate themselves by key prefix. */
export default async function globalSetup(): Promise<void> {
  if (process.env.MOODLINE_TEST_REDIS_URL) return;
  if (!hasRedisServer()) throw new Error(`The integration tests need a real Redis.\n${REDIS_MISSING_HELP}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-test-redis-'));
  const redis = await startEmbeddedRedis(dir);
  process.env.MOODLINE_TEST_REDIS_URL = redis.url;
  (globalThis as { __moodlineRedis?: { stop(): Promise<void>; dir: string } }).__moodlineRedis = { stop: redis.stop, dir };
}
