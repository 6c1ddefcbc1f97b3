import fs from 'node:fs';
import { exportText } from '../../../scripts/bench-export';
import { startStack, waitUntil, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { referenceRun, snapshotDataset } from './aggregates';
import { reliabilityResources } from './reliability-resources';

const POSTS = 100_000;
jest.setTimeout(150_000);

describe('the ingest worker killed (SIGKILL) mid-parse and restarted', () => {
  let stack: Stack | undefined;
  const { redis, root } = reliabilityResources(() => stack);

  it('resumes the upload, skipping committed batches, and counts every post exactly once', async () => {
    const body = exportText({ count: POSTS }, 'ndjson');
    stack = await startStack({ redisUrl: testRedisUrl(), scoreWorkers: 2, root });
    await stack.waitForWorkers(2, 1);
    const uploadId = await stack.upload('ingested', body);

    // Kill it twice: once early in the file, once again after it has resumed.
    let rowsAtKill = 0;
    for (const fraction of [0.3, 0.6]) {
      await waitUntil(async () => {
        const r = await (await fetch(`${stack!.api.url}/api/uploads/${uploadId}`)).json() as { rowsRead: number; state: string };
        rowsAtKill = r.rowsRead;
        return r.rowsRead >= POSTS * fraction || r.state !== 'parsing';
      }, 60_000, `parsing to pass ${fraction * 100}%`, 20);
      await stack.killIngest('SIGKILL');
      stack.startIngest();
    }
    expect(rowsAtKill).toBeLessThan(POSTS); // the second kill still happened mid-parse

    const reference = referenceRun(redis, stack.prefix, 'clean', body, root);
    const report = await stack.follow(uploadId, 100_000);
    expect(await reference).toBe(POSTS);
    expect(report).toMatchObject({ state: 'done', accepted: POSTS, duplicates: 0, rejected: 0, rowsRead: POSTS, progress: 1 });
    expect((await stack.health())?.queues).toMatchObject({ score: { waiting: 0, active: 0, failed: 0 }, ingest: { waiting: 0, active: 0 } });
    expect(fs.existsSync(`${stack.env.MOODLINE_UPLOAD_DIR}/${uploadId}.upload`)).toBe(false); // removed once parsed

    const [ingested, clean] = await Promise.all([snapshotDataset(redis, stack.prefix, 'ingested'), snapshotDataset(redis, stack.prefix, 'clean')]);
    expect(ingested.posts).toBe(POSTS);
    expect(ingested).toEqual(clean);
  });
});
