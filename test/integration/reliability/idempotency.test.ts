import fs from 'node:fs';
import { createRedis } from '../../../src/store/create-redis';
import { exportText } from '../../../scripts/bench-export';
import { snapshotBuild, startStack, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { deletePrefix, referenceRun, snapshotDataset } from './aggregates';

jest.setTimeout(150_000);

// Two exports overlapping by half: A = rows [0, 20k), B = rows [10k, 30k) of the same 30k-row outage.
const SPAN = 30_000;
const A = exportText({ start: 0, count: 20_000, span: SPAN }, 'ndjson');
const B = exportText({ start: 10_000, count: 20_000, span: SPAN }, 'ndjson');
const ALL = exportText({ start: 0, count: SPAN, span: SPAN }, 'ndjson');

describe('idempotency: every post is counted exactly once', () => {
  const redis = createRedis(testRedisUrl(), 'moodline-reliability');
  const root = snapshotBuild();
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: testRedisUrl(), scoreWorkers: 2, root, env: { MOODLINE_BATCH_SIZE: '250' } });
    await stack.waitForWorkers(2, 1);
    expect(await referenceRun(redis, stack.prefix, 'clean', ALL, root)).toBe(SPAN);
  });
  afterAll(async () => {
    await stack?.stop();
    if (stack) await deletePrefix(redis, stack.prefix);
    await redis.quit();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const ingest = async (dataset: string, body: string) => stack.follow(await stack.upload(dataset, body), 60_000);

  it('changes nothing when the same export is uploaded twice', async () => {
    expect(await ingest('twice', A)).toMatchObject({ state: 'done', accepted: 20_000, duplicates: 0 });
    const first = await snapshotDataset(redis, stack.prefix, 'twice');
    expect(await ingest('twice', A)).toMatchObject({ state: 'done', accepted: 0, duplicates: 20_000 });
    expect(await snapshotDataset(redis, stack.prefix, 'twice')).toEqual(first);
  });

  it('counts the shared half of two overlapping exports once, uploaded one after the other', async () => {
    expect(await ingest('overlap', A)).toMatchObject({ state: 'done', accepted: 20_000, duplicates: 0 });
    expect(await ingest('overlap', B)).toMatchObject({ state: 'done', accepted: 10_000, duplicates: 10_000 });
    expect(await snapshotDataset(redis, stack.prefix, 'overlap')).toEqual(await snapshotDataset(redis, stack.prefix, 'clean'));
  });

  it('counts the shared half once when both exports are scored at the same time', async () => {
    const [a, b] = await Promise.all([ingest('race', A), ingest('race', B)]);
    expect(a.accepted + b.accepted).toBe(SPAN);
    expect(a.duplicates + b.duplicates).toBe(10_000);
    expect(await snapshotDataset(redis, stack.prefix, 'race')).toEqual(await snapshotDataset(redis, stack.prefix, 'clean'));
  });
});
