import { exportText } from '../../../scripts/bench-export';
import { startStack, waitUntil, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { referenceRun, snapshotDataset } from './aggregates';
import { reliabilityResources } from './reliability-resources';

const POSTS = 200_000;
jest.setTimeout(150_000);

/** Deterministic "random" points of the upload (fractions of posts counted), so a failure can be replayed. */
function killPoints(seed: number, n: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push((i + 0.2 + 0.6 * ((s >>> 8) % 1000) / 1000) / (n + 1)); // one point in each (n+1)th of the upload
  }
  return out;
}

describe('a score worker killed (SIGKILL) at random moments during a 200k-post upload', () => {
  let stack: Stack | undefined;
  const { redis, root } = reliabilityResources(() => stack);

  it('finishes the upload with aggregates, dedupe marks and stored posts identical to a clean run', async () => {
    const body = exportText({ count: POSTS }, 'ndjson');
    stack = await startStack({ redisUrl: testRedisUrl(), scoreWorkers: 2, root });
    await stack.waitForWorkers(2);
    const uploadId = await stack.upload('crashed', body);

    // Kill worker 0 at several random points of the scoring (by progress, so as often on a fast machine
    // as on a slow one), restarting it each time; worker 1 keeps going.
    const counted = async () => Number(await redis.hget(`${stack!.prefix}:up:${uploadId}`, 'accepted'));
    const kills: number[] = [];
    const crasher = (async () => {
      for (const point of killPoints(6, 4)) {
        await waitUntil(async () => (await counted()) >= POSTS * point, 120_000, `${Math.round(point * 100)}% of posts counted`, 10);
        await stack!.killScore(0, 'SIGKILL');
        kills.push(await counted());
        stack!.startScore(0);
      }
    })();
    // The clean reference is computed here, with the same build, while the last killed batches wait for stall recovery.
    const reference = crasher.then(() => referenceRun(redis, stack!.prefix, 'clean', body, root));
    const report = await stack.follow(uploadId, 140_000);
    expect(await reference).toBe(POSTS);

    await crasher;
    expect(kills).toHaveLength(4);
    expect(Math.max(...kills)).toBeLessThan(POSTS);
    expect(report).toMatchObject({ state: 'done', accepted: POSTS, duplicates: 0, rejected: 0, rowsRead: POSTS });
    const h = await stack.health();
    expect(h?.queues.score).toMatchObject({ waiting: 0, active: 0, failed: 0 });

    const [crashed, clean] = await Promise.all([snapshotDataset(redis, stack.prefix, 'crashed'), snapshotDataset(redis, stack.prefix, 'clean')]);
    expect(crashed.posts).toBe(POSTS);
    expect(crashed.seen).toBe(POSTS);
    expect(crashed.storedPosts).toBe(POSTS);
    expect(crashed).toEqual(clean);
  });
});
