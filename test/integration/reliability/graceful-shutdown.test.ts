import type { ChildProcess } from 'node:child_process';
import { exportText } from '../../../scripts/bench-export';
import { startStack, waitUntil, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { referenceRun, snapshotDataset } from './aggregates';
import { reliabilityResources } from './reliability-resources';

const POSTS = 60_000;
/** run-worker-process's grace period: after it the process exits and stall recovery takes over. */
const SHUTDOWN_BOUND_MS = 20_000;
jest.setTimeout(150_000);

function exited(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - started })));
}

describe('graceful shutdown and stalled-job recovery', () => {
  let stack: Stack | undefined;
  const { redis, root } = reliabilityResources(() => stack);

  it('SIGTERM lets in-flight batches finish within the bound; SIGKILLed batches come back after restart; nothing stuck', async () => {
    const body = exportText({ count: POSTS }, 'ndjson');
    stack = await startStack({ redisUrl: testRedisUrl(), scoreWorkers: 2, root });
    await stack.waitForWorkers(2, 1);
    const active = () => redis.llen(`${stack!.prefix}:score:active`);
    const accepted = async () => Number(await redis.hget(`${stack!.prefix}:up:${uploadId}`, 'accepted'));
    const uploadId = await stack.upload('graceful', body);
    await waitUntil(async () => (await accepted()) >= POSTS * 0.2 && (await active()) > 0, 60_000, 'scoring to be under way', 10);

    // 1. SIGTERM both score workers while they hold batches: they finish them, exit 0, and leave nothing active.
    const stopping = stack.score.map((p) => exited(p!.child));
    for (const p of stack.score) p!.child.kill('SIGTERM');
    const stopped = await Promise.all(stopping);
    for (const s of stopped) {
      expect(s.code).toBe(0);
      expect(s.ms).toBeLessThan(SHUTDOWN_BOUND_MS);
    }
    expect(await active()).toBe(0);
    const acceptedAfterTerm = await accepted();

    // 2. Restart them, then SIGKILL both mid-batch: their batches stay "active" under expired locks…
    stack.startScore(0);
    stack.startScore(1);
    await waitUntil(async () => (await accepted()) > acceptedAfterTerm && (await active()) > 0, 60_000, 'scoring to resume', 10);
    await Promise.all([stack.killScore(0, 'SIGKILL'), stack.killScore(1, 'SIGKILL')]);
    const stuck = await active();

    // 3. …until restarted workers' stalled-job check returns them to the queue.
    stack.startScore(0);
    stack.startScore(1);
    const reference = referenceRun(redis, stack.prefix, 'clean', body, root);
    const report = await stack.follow(uploadId, 90_000);
    expect(await reference).toBe(POSTS);
    expect(stuck).toBeGreaterThan(0);
    expect(report).toMatchObject({ state: 'done', accepted: POSTS, duplicates: 0, rowsRead: POSTS });
    // The job that committed the last batch may still be finishing, and a SIGKILLed batch that had already
    // committed comes back (as a no-op) once its lock expires: nothing may stay active beyond that bound.
    await waitUntil(async () => (await active()) === 0, 30_000, 'no active score jobs left', 50);
    expect((await stack.health())?.queues.score).toMatchObject({ waiting: 0, active: 0, failed: 0 });
    expect(await snapshotDataset(redis, stack.prefix, 'graceful')).toEqual(await snapshotDataset(redis, stack.prefix, 'clean'));
  });
});
