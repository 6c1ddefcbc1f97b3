import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRedis } from '../../../src/store/create-redis';
import { exportText } from '../../../scripts/bench-export';
import { snapshotBuild, startRedisProcess, startStack, waitUntil, type RedisProcess, type Stack } from '../../helpers/process-helpers';
import { referenceRun, snapshotDataset } from './aggregates';

const POSTS = 60_000;
jest.setTimeout(150_000);

describe('redis-server stopped and restarted (append-only on, same port and dir) mid-ingest', () => {
  const root = snapshotBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-rel-redis-'));
  let server: RedisProcess | undefined;
  let stack: Stack | undefined;
  afterAll(async () => {
    await stack?.stop();
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets every process reconnect by itself and completes the upload with nothing lost or counted twice', async () => {
    server = await startRedisProcess(dir);
    const body = exportText({ count: POSTS }, 'ndjson');
    stack = await startStack({ redisUrl: server.url, scoreWorkers: 2, root });
    await stack.waitForWorkers(2, 1);
    const uploadId = await stack.upload('restarted', body);
    await waitUntil(async () => {
      const r = await (await fetch(`${stack!.api.url}/api/uploads/${uploadId}`)).json() as { rowsRead: number; accepted: number };
      return r.rowsRead >= POSTS * 0.4 && r.accepted > 0;
    }, 60_000, 'the upload to be 40% parsed', 20);

    await server.stop('SIGTERM'); // a clean shutdown: redis-server flushes its append-only file
    await new Promise((r) => setTimeout(r, 2000));
    expect((await stack.health())).toBeUndefined(); // the API answers 503 while Redis is away
    await server.start();

    const report = await stack.follow(uploadId, 100_000);
    expect(report).toMatchObject({ state: 'done', accepted: POSTS, duplicates: 0, rejected: 0, rowsRead: POSTS });
    await stack.waitForWorkers(2, 1); // the same processes, reconnected

    const redis = createRedis(server.url, 'moodline-reliability');
    try {
      expect(await referenceRun(redis, stack.prefix, 'clean', body, root)).toBe(POSTS);
      const [restarted, clean] = await Promise.all([snapshotDataset(redis, stack.prefix, 'restarted'), snapshotDataset(redis, stack.prefix, 'clean')]);
      expect(restarted.posts).toBe(POSTS);
      expect(restarted).toEqual(clean);
    } finally {
      await redis.quit();
    }
  });
});
