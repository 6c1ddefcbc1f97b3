import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { MoodAnswer } from '../../src/api/mood-reader';
import { expectedHourly, knownPosts, toCsv } from '../helpers/known-posts';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

const FROM = '2018-12-06T05:00:00Z';
const TO = '2018-12-06T11:00:00Z';

describe('the pipeline: HTTP upload → ingest worker → score queue → score workers → hourly mood', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  it('counts every post in its own UTC hour, zero-fills empty hours, and reports the upload exactly', async () => {
    server = await startTestServer({ batchSize: 4 });
    const posts = knownPosts();
    const report = await server.ingest('o2', toCsv(posts));
    expect(report).toMatchObject({ state: 'done', accepted: posts.length, duplicates: 0, rejected: 0, scored: posts.length, progress: 1, errors: [] });

    const mood = await server.getJson<MoodAnswer>(`/api/datasets/o2/mood?bucket=1h&from=${FROM}&to=${TO}&tz=UTC`);
    expect(mood.status).toBe(200);
    expect(mood.body).toMatchObject({ dataset: 'o2', bucket: '1h', tz: 'UTC' });
    expect(mood.body.series).toEqual(expectedHourly(posts, server.analyser));
  });

  it('changes nothing when the same file is uploaded again: every row is a duplicate', async () => {
    server = await startTestServer({ batchSize: 4 });
    const csv = toCsv(knownPosts());
    await server.ingest('o2', csv);
    const before = await server.getJson<MoodAnswer>(`/api/datasets/o2/mood?from=${FROM}&to=${TO}`);
    const again = await server.ingest('o2', csv);
    expect(again).toMatchObject({ state: 'done', accepted: 0, duplicates: knownPosts().length, rejected: 0 });
    const after = await server.getJson<MoodAnswer>(`/api/datasets/o2/mood?from=${FROM}&to=${TO}`);
    expect(after.body.series).toEqual(before.body.series);
    const list = await server.getJson<{ datasets: { name: string; posts: number }[] }>('/api/datasets');
    expect(list.body.datasets).toEqual([{ name: 'o2', posts: knownPosts().length, from: '2018-12-06T05:00:07.000Z', to: '2018-12-06T10:13:07.000Z' }]);
  });

  it('gives identical aggregates with two score workers in separate processes', async () => {
    server = await startTestServer({ batchSize: 3 });
    const posts = knownPosts();
    await server.ingest('single', toCsv(posts));
    const single = await server.getJson<MoodAnswer>(`/api/datasets/single/mood?from=${FROM}&to=${TO}`);
    await server.close();

    server = await startTestServer({ batchSize: 3, scoreWorker: false });
    const children = [0, 1].map(() => startScoreProcess(server));
    try {
      await waitForScoreWorkers(server, 2);
      const report = await server.ingest('multi', toCsv(posts));
      expect(report).toMatchObject({ state: 'done', accepted: posts.length, duplicates: 0 });
      const multi = await server.getJson<MoodAnswer>(`/api/datasets/multi/mood?from=${FROM}&to=${TO}`);
      expect(multi.body.series).toEqual(single.body.series);
    } finally {
      await Promise.all(children.map(stopProcess));
    }
  });

  it('never serves cached figures of a deleted dataset after it is created again', async () => {
    server = await startTestServer();
    const posts = knownPosts();
    await server.ingest('again', toCsv(posts));
    const url = `/api/datasets/again/mood?bucket=1d&from=${FROM}&to=${TO}`;
    expect((await server.getJson<MoodAnswer>(url)).body.series[0]!.posts).toBe(posts.length);
    expect((await fetch(`${server.baseUrl}/api/datasets/again`, { method: 'DELETE' })).status).toBe(204);
    expect((await server.getJson(url)).status).toBe(404);
    await server.ingest('again', toCsv(posts.slice(0, 3)));
    expect((await server.getJson<MoodAnswer>(url)).body.series[0]!.posts).toBe(3);
  });

  it('serves 15-minute buckets and half-hour time zones from the same aggregates', async () => {
    server = await startTestServer();
    await server.ingest('tz', toCsv(knownPosts()));
    const kolkata = await server.getJson<MoodAnswer>(`/api/datasets/tz/mood?bucket=1h&tz=Asia/Kolkata&from=${FROM}&to=${TO}`);
    expect(kolkata.body.series[0]!.start).toBe('2018-12-06T10:00:00+05:30'); // 04:30Z: the local hour holding 05:00Z
    expect(kolkata.body.series.reduce((n, b) => n + b.posts, 0)).toBe(knownPosts().length);
    const quarter = await server.getJson<MoodAnswer>(`/api/datasets/tz/mood?bucket=15m&from=${FROM}&to=2018-12-06T06:00:00Z`);
    // 05:00 holds posts at minutes 00 and 13, 05:15 the one at 26.
    expect(quarter.body.series.map((b) => b.posts)).toEqual([2, 1, 0, 0]);
  });
});

async function waitForScoreWorkers(server: TestServer, n: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const health = await server.getJson<{ queues: { score: { workers: number } } }>('/healthz');
    if (health.body.queues.score.workers === n) return;
    if (Date.now() > deadline) throw new Error(`expected ${n} score workers, /healthz says ${JSON.stringify(health.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function startScoreProcess(server: TestServer): ChildProcess {
  const script = path.join(__dirname, '../../dist/workers/score.js');
  return spawn(process.execPath, [script], {
    env: { ...process.env, REDIS_URL: server.core.redisUrl, MOODLINE_PREFIX: server.core.keys.prefix, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
