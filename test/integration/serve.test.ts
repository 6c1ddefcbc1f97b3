import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testRedisUrl } from '../helpers/test-core';

const bin = path.join(__dirname, '../../bin/moodline.js');

/** Runs `moodline serve` as a user would and resolves with its printed URL. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--score-processes', '1'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 20 s:\n${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

interface Health { queues: Record<'score' | 'ingest', { waiting: number; active: number; delayed: number; workers: number }> }

/** Waits until the sample is fully counted: queues idle and the post count unchanged across that check. */
async function waitForSample(url: string): Promise<{ name: string; posts: number }> {
  const sample = async () => {
    const { datasets } = (await (await fetch(`${url}/api/datasets`)).json()) as { datasets: { name: string; posts: number }[] };
    return datasets.find((d) => d.name === 'o2-outage-2018');
  };
  const idle = async () => {
    const h = (await (await fetch(`${url}/healthz`)).json()) as Health;
    return Object.values(h.queues).every((q) => q.waiting + q.active + q.delayed === 0);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = await sample();
    if (before && before.posts > 0 && (await idle())) {
      const after = await sample();
      if (after && after.posts === before.posts) return after;
    }
    if (Date.now() > deadline) throw new Error(`sample not loaded within 60 s: ${JSON.stringify(before)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('moodline serve', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts a private redis-server when REDIS_URL is unset, loads the sample, serves hourly mood and stops cleanly', async () => {
    const env = { MOODLINE_DATA_DIR: dataDir, REDIS_URL: '' };
    const { child, url } = await serve(env);
    let firstPosts: number;
    try {
      const sample = await waitForSample(url);
      firstPosts = sample.posts;
      expect(sample.posts).toBeGreaterThan(1000);
      const mood = (await (await fetch(`${url}/api/datasets/o2-outage-2018/mood?bucket=1h&tz=Europe/London`)).json()) as { series: { posts: number }[] };
      expect(mood.series.reduce((n, b) => n + b.posts, 0)).toBe(sample.posts);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      // One forked ingest worker process and the one score worker process asked for.
      const { queues } = (await health.json()) as Health;
      expect([queues.ingest.workers, queues.score.workers]).toEqual([1, 1]);
      // POST /api/analyze answers from the analyser thread.
      const analysed = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ texts: ['no signal again, sort it out O2', 'merci aux techniciens'] }) });
      expect(analysed.status).toBe(200);
      const { results } = (await analysed.json()) as { results: { lang: string; category: string }[] };
      expect(results.map((r) => r.lang)).toEqual(['en', 'fr']);
      expect(results[0]!.category).toBe('complaint');
    } finally {
      expect(await stop(child)).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'redis', 'appendonlydir'))).toBe(true);

    // Second start on the same data: the sample is not loaded twice.
    const again = await serve(env);
    try {
      expect(again.output()).not.toContain('Loading the sample');
      expect((await waitForSample(again.url)).posts).toBe(firstPosts);
    } finally {
      expect(await stop(again.child)).toBe(0);
    }
  });

  it('uses REDIS_URL when it is set', async () => {
    const prefix = `{mlt-${randomBytes(4).toString('hex')}}`;
    const { child, url } = await serve({ REDIS_URL: testRedisUrl(), MOODLINE_PREFIX: prefix, MOODLINE_DATA_DIR: dataDir, MOODLINE_LOAD_SAMPLE: 'false' });
    try {
      const health = (await (await fetch(`${url}/healthz`)).json()) as { redis: { ok: boolean } };
      expect(health.redis.ok).toBe(true);
      expect(await (await fetch(`${url}/api/datasets`)).json()).toEqual({ datasets: [] });
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
