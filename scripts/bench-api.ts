/**
 * API under load: a dataset loaded through the real product, then autocannon on the mood and summary
 * queries for a week of hourly buckets, next to a bare Express process serving the same JSON from memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { followUpload, getJson, startUpload } from './bench-http';
import { writeExport } from './bench-export';
import { REPO_ROOT, spawnNode, startRedisProcess, startServe, stopProcess, waitUntil } from './bench-processes';

export interface LoadFigures { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number }

export interface ApiEndpointFigures {
  path: string;
  bodyBytes: number;
  at50: { moodline: LoadFigures; bare: LoadFigures; ratio: number };
  /** 10 connections as fast as they go (closed loop: the latency includes queueing behind the load generator). */
  at10: { moodline: LoadFigures; bare: LoadFigures };
  /** 10 connections paced to `rate` req/s in all: latency at a heavy but not saturating load. */
  at10paced: { rate: number; moodline: LoadFigures; bare: LoadFigures };
}

/** The paced run's total request rate: far above what a room of dashboards asks for, below saturation. */
const PACED_RATE = 500;

export interface ApiResult { posts: number; seconds: number; endpoints: ApiEndpointFigures[] }

const WEEK = 'from=2018-12-03T00:00:00Z&to=2018-12-10T00:00:00Z';

async function load(url: string, connections: number, seconds: number, overallRate?: number): Promise<LoadFigures> {
  const r = await autocannon({ url, connections, duration: seconds, ...(overallRate ? { overallRate } : {}) });
  return { reqPerSec: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

/** Loads `posts` posts, then measures each endpoint against its bare twin (same JSON, from memory). */
export async function benchApi(o: { posts?: number; seconds?: number } = {}): Promise<ApiResult> {
  const posts = o.posts ?? 200_000;
  const seconds = o.seconds ?? 10;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-bench-api-'));
  const redis = await startRedisProcess(path.join(tmp, 'redis'));
  let serve: Awaited<ReturnType<typeof startServe>> | undefined;
  let bare: ReturnType<typeof spawnNode> | undefined;
  try {
    serve = await startServe({ REDIS_URL: redis.url, MOODLINE_DATA_DIR: path.join(tmp, 'data'), MOODLINE_LOAD_SAMPLE: 'false' });
    const file = path.join(tmp, 'export.ndjson');
    await writeExport(file, { count: posts }, 'ndjson');
    const report = await followUpload(serve.url, await startUpload(serve.url, 'api', file, '?format=ndjson'), 300_000);
    if (report.state !== 'done') throw new Error(`API bench upload ended ${report.state}`);

    const paths = [`/api/datasets/api/mood?bucket=1h&tz=Europe/London&${WEEK}`, `/api/datasets/api/summary?bucket=1h&tz=Europe/London&${WEEK}`];
    const bodies: Record<string, unknown> = {};
    for (const p of paths) {
      const res = await fetch(`${serve.url}${p}`);
      if (res.status !== 200) { console.error(`skipping ${p}: ${res.status}`); continue; }
      bodies[p.split('?')[0]!] = await res.json();
    }
    const bodyFile = path.join(tmp, 'bodies.json');
    fs.writeFileSync(bodyFile, JSON.stringify(bodies));
    const b = spawnNode(path.join(REPO_ROOT, 'dist', 'scripts', 'bench-bare-server.js'), [bodyFile], process.env);
    bare = b;
    await waitUntil(() => /listening (\d+)/.test(b.output()), 10_000, 'the bare server');
    const bareUrl = `http://127.0.0.1:${/listening (\d+)/.exec(b.output())![1]}`;

    const endpoints: ApiEndpointFigures[] = [];
    for (const p of paths) {
      const route = p.split('?')[0]!;
      if (!(route in bodies)) continue;
      console.error(`api: ${route}…`);
      await load(`${serve.url}${p}`, 10, 2); // warm caches and JIT
      await load(`${bareUrl}${route}`, 10, 2);
      const m50 = await load(`${serve.url}${p}`, 50, seconds);
      const b50 = await load(`${bareUrl}${route}`, 50, seconds);
      const m10 = await load(`${serve.url}${p}`, 10, seconds);
      const b10 = await load(`${bareUrl}${route}`, 10, seconds);
      const mPaced = await load(`${serve.url}${p}`, 10, seconds, PACED_RATE);
      const bPaced = await load(`${bareUrl}${route}`, 10, seconds, PACED_RATE);
      endpoints.push({
        path: p, bodyBytes: Buffer.byteLength(JSON.stringify(bodies[route])),
        at50: { moodline: m50, bare: b50, ratio: Math.round((m50.reqPerSec / b50.reqPerSec) * 100) / 100 },
        at10: { moodline: m10, bare: b10 },
        at10paced: { rate: PACED_RATE, moodline: mPaced, bare: bPaced },
      });
    }
    await getJson(`${serve.url}/healthz`);
    return { posts, seconds, endpoints };
  } finally {
    await stopProcess(bare?.child);
    await serve?.stop();
    await redis.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
