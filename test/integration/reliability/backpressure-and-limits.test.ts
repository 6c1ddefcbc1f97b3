import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRedis } from '../../../src/store/create-redis';
import { exportText } from '../../../scripts/bench-export';
import { snapshotBuild, startRedisProcess, startStack, waitUntil, type RedisProcess, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { deletePrefix, referenceRun, snapshotDataset } from './aggregates';

jest.setTimeout(150_000);

const usedMemory = async (redis: ReturnType<typeof createRedis>) => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);

/** Bytes held by the keys under one prefix: other suites share this Redis, so its used_memory is no measure. */
async function prefixMemory(redis: ReturnType<typeof createRedis>, prefix: string): Promise<number> {
  let total = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000');
    cursor = next;
    for (const k of keys) total += Number((await redis.memory('USAGE', k)) ?? 0);
  } while (cursor !== '0');
  return total;
}

describe('backpressure and limits', () => {
  const root = snapshotBuild();
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('a producer faster than the workers', () => {
    const redis = createRedis(testRedisUrl(), 'moodline-reliability');
    let stack: Stack | undefined;
    afterAll(async () => {
      await stack?.stop();
      if (stack) await deletePrefix(redis, stack.prefix);
      await redis.quit();
    });

    it('keeps queued batches (and Redis memory) bounded while no worker scores, then completes exactly', async () => {
      const MAX = 8;
      stack = await startStack({ redisUrl: testRedisUrl(), scoreWorkers: 0, root, env: { MOODLINE_MAX_QUEUED_BATCHES: String(MAX), MOODLINE_BATCH_SIZE: '500' } });
      await stack.waitForWorkers(0, 1);
      const body = exportText({ count: 30_000 }, 'ndjson');
      const ids = await Promise.all([stack.upload('first', body), stack.upload('second', body)]);
      const waiting = () => redis.llen(`${stack!.prefix}:score:wait`);
      await waitUntil(async () => (await waiting()) >= MAX, 30_000, 'the queue to fill');

      // Two uploads parse at once (ingest concurrency 2): each may add one batch past the bound.
      let most = 0;
      const memoryAtFull = await prefixMemory(redis, stack.prefix);
      for (let i = 0; i < 40; i++) {
        most = Math.max(most, await waiting());
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(most).toBeLessThanOrEqual(MAX + 2);
      expect((await prefixMemory(redis, stack.prefix)) - memoryAtFull).toBeLessThan(2 * 1048576);
      for (const id of ids) {
        const r = await (await fetch(`${stack.api.url}/api/uploads/${id}`)).json() as { state: string; rowsRead: number };
        expect(r.state).toBe('parsing');
        expect(r.rowsRead).toBeLessThan(30_000); // paused, not buffering the file into Redis
      }

      stack.startScore(0);
      for (const id of ids) expect(await stack.follow(id, 60_000)).toMatchObject({ state: 'done', accepted: 30_000, duplicates: 0 });
    });
  });

  describe('Redis near maxmemory (noeviction)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-rel-full-'));
    let server: RedisProcess | undefined;
    let stack: Stack | undefined;
    afterAll(async () => {
      await stack?.stop();
      await server?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('fails the upload with a clear error, with exactly what it reports counted, and a re-upload completes it once memory is freed', async () => {
      const POSTS = 60_000;
      server = await startRedisProcess(dir);
      const redis = createRedis(server.url, 'moodline-reliability');
      try {
        stack = await startStack({ redisUrl: server.url, scoreWorkers: 1, root, env: { MOODLINE_MAX_QUEUED_BATCHES: '4' } });
        await stack.waitForWorkers(1, 1);
        // Room for roughly half the upload's stored posts (~160 B each).
        await redis.config('SET', 'maxmemory', String((await usedMemory(redis)) + 8 * 1048576));
        const body = exportText({ count: POSTS }, 'ndjson');
        const failed = await stack.follow(await stack.upload('full', body), 60_000);
        expect(failed.state).toBe('failed');
        expect(failed.error).toMatch(/^Redis is nearly full \(\d+ MB used of maxmemory \d+ MB\)/);
        expect(failed.accepted).toBeGreaterThan(0);
        expect(failed.accepted).toBeLessThan(POSTS);

        // Batches already queued still commit (or retry) atomically: once the queue is idle, the report matches the data.
        await waitUntil(async () => {
          const h = await stack!.health();
          return h !== undefined && h.queues.score.waiting + h.queues.score.active + h.queues.score.delayed === 0;
        }, 60_000, 'the score queue to drain');
        const after = await (await fetch(`${stack.api.url}/api/uploads/${failed.uploadId}`)).json() as { accepted: number };
        const partial = await snapshotDataset(redis, stack.prefix, 'full');
        expect(partial.posts).toBe(after.accepted);
        expect(partial.seen).toBe(after.accepted);
        expect(partial.storedPosts).toBe(after.accepted);

        // Raise the limit and upload the same file again: the rest is counted, nothing twice.
        await redis.config('SET', 'maxmemory', '0');
        const again = await stack.follow(await stack.upload('full', body), 60_000);
        expect(again).toMatchObject({ state: 'done', accepted: POSTS - after.accepted, duplicates: after.accepted });
        expect(await referenceRun(redis, stack.prefix, 'clean', body, root)).toBe(POSTS);
        expect(await snapshotDataset(redis, stack.prefix, 'full')).toEqual(await snapshotDataset(redis, stack.prefix, 'clean'));
      } finally {
        await redis.quit();
      }
    });
  });
});
