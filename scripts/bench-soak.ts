/**
 * Soak: continuous uploads (each deleted once scored, so the data set size stays level) and continuous
 * mood/summary queries against a resident dataset, with the memory of every process and of Redis
 * sampled throughout. Flat = the last minutes' average within a few percent of the early minutes'.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRedis } from '../src/store/create-redis';
import { followUpload, startUpload } from './bench-http';
import { writeExport } from './bench-export';
import { memoryOf, startRedisProcess, startServe, waitUntil } from './bench-processes';

export interface SoakSample { atS: number; rssMB: Record<string, number>; redisUsedMB: number }

export interface SoakResult {
  minutes: number;
  uploads: number;
  postsScored: number;
  queries: number;
  queryErrors: number;
  samples: SoakSample[];
  /** Per process: mean RSS over the first third after warm-up vs the last third, and the change. */
  flatness: { process: string; earlyMB: number; lateMB: number; changePct: number; maxMB: number }[];
  table: string;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function runSoak(o: { minutes: number; postsPerUpload?: number; sampleEveryMs?: number }): Promise<SoakResult> {
  const perUpload = o.postsPerUpload ?? 50_000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-soak-'));
  const redis = await startRedisProcess(path.join(tmp, 'redis'));
  const client = createRedis(redis.url, 'moodline-soak');
  const serve = await startServe({ REDIS_URL: redis.url, MOODLINE_DATA_DIR: path.join(tmp, 'data'), MOODLINE_LOAD_SAMPLE: 'false' });
  try {
    const file = path.join(tmp, 'export.ndjson');
    await writeExport(file, { count: perUpload }, 'ndjson');
    await waitUntil(async () => (await fetch(`${serve.url}/healthz`)).status === 200, 30_000, 'healthz');
    await followUpload(serve.url, await startUpload(serve.url, 'resident', file, '?format=ndjson'), 120_000);

    // Named by role, so a worker `serve` restarted keeps its column.
    const procs = () => {
      const { ingest, score } = serve.workerPids();
      return { serve: serve.pid, ...Object.fromEntries(ingest.map((p) => ['ingest', p])), ...Object.fromEntries(score.map((p, i) => [`score${i + 1}`, p])), redis: redis.pid };
    };
    const samples: SoakSample[] = [];
    const started = Date.now();
    const endAt = started + o.minutes * 60_000;
    const sample = async () => {
      const used = Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1] ?? 0);
      samples.push({ atS: Math.round((Date.now() - started) / 1000), rssMB: Object.fromEntries(Object.entries(procs()).map(([k, pid]) => [k, memoryOf(pid).rssMB])), redisUsedMB: Math.round(used / 104857.6) / 10 });
    };
    await sample();
    const sampler = setInterval(() => void sample(), o.sampleEveryMs ?? 10_000);

    let queries = 0;
    let queryErrors = 0;
    const week = 'bucket=1h&tz=Europe/London&from=2018-12-03T00:00:00Z&to=2018-12-10T00:00:00Z';
    const queryLoop = async () => {
      for (let i = 0; Date.now() < endAt; i++) {
        const p = i % 4 === 3 ? 'summary' : 'mood';
        const res = await fetch(`${serve.url}/api/datasets/resident/${p}?${week}`).catch(() => undefined);
        if (res?.status === 200) await res.arrayBuffer(); else queryErrors++;
        queries++;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let uploads = 0;
    const uploadLoop = async () => {
      while (Date.now() < endAt) {
        const ds = `soak-${uploads % 2}`;
        const r = await followUpload(serve.url, await startUpload(serve.url, ds, file, '?format=ndjson'), 300_000, undefined, 200);
        if (r.state !== 'done') throw new Error(`soak upload ended ${r.state}: ${r.error ?? ''}`);
        uploads++;
        await fetch(`${serve.url}/api/datasets/${ds}/mood?${week}`);
        await fetch(`${serve.url}/api/datasets/${ds}`, { method: 'DELETE' });
      }
    };
    await Promise.all([uploadLoop(), queryLoop(), queryLoop()]);
    clearInterval(sampler);
    await sample();

    const warm = samples.filter((s) => s.atS >= Math.min(60, (o.minutes * 60) / 6));
    const third = Math.max(1, Math.floor(warm.length / 3));
    const keys = [...Object.keys(samples[0]!.rssMB), 'redis used_memory'];
    const val = (s: SoakSample, k: string) => (k === 'redis used_memory' ? s.redisUsedMB : s.rssMB[k] ?? 0);
    const flatness = keys.map((k) => {
      const early = mean(warm.slice(0, third).map((s) => val(s, k)));
      const late = mean(warm.slice(-third).map((s) => val(s, k)));
      return { process: k, earlyMB: Math.round(early * 10) / 10, lateMB: Math.round(late * 10) / 10, changePct: Math.round(((late - early) / Math.max(early, 1)) * 1000) / 10, maxMB: Math.max(...samples.map((s) => val(s, k))) };
    });
    const table = [
      `soak: ${o.minutes} min, ${uploads} uploads × ${perUpload.toLocaleString('en-US')} posts (each deleted after scoring), ${queries} queries (${queryErrors} errors), ${samples.length} samples`,
      '  process            early MB   late MB   change   max MB',
      ...flatness.map((f) => `  ${f.process.padEnd(18)} ${String(f.earlyMB).padStart(8)} ${String(f.lateMB).padStart(9)} ${`${f.changePct}%`.padStart(8)} ${String(f.maxMB).padStart(8)}`),
    ].join('\n');
    return { minutes: o.minutes, uploads, postsScored: uploads * perUpload, queries, queryErrors, samples, flatness, table };
  } finally {
    await serve.stop();
    await client.quit().catch(() => undefined);
    await redis.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
