/**
 * End to end on real processes: a fresh redis-server, `moodline serve` with its forked score workers,
 * one export uploaded over HTTP and followed until every post is aggregated. Reports wall time,
 * posts/s, peak RSS and CPU of every process, ingest RSS at 100k rows and at the end, and Redis memory
 * per post split into aggregates + dedupe and stored posts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRedis } from '../src/store/create-redis';
import { followUpload, getJson, startUpload } from './bench-http';
import { cpuSecondsOf, memoryOf, startRedisProcess, startServe, waitUntil } from './bench-processes';
import type { ExportFormat } from './bench-export';

export interface E2eOptions {
  file: string;
  format: ExportFormat;
  /** Score worker processes `serve` forks (MOODLINE_SCORE_PROCESSES). */
  scoreProcesses: number;
  env?: NodeJS.ProcessEnv;
  /** Shown next to the figures, e.g. `heap 160 MB`. */
  variant?: string;
  timeoutMs?: number;
}

export interface ProcessFigures { role: string; pid: number; peakRssMB: number; cpuSeconds: number }

export interface E2eResult {
  format: ExportFormat;
  variant: string;
  scoreProcesses: number;
  rows: number;
  accepted: number;
  fileMB: number;
  /** Upload start to every post aggregated. */
  wallSeconds: number;
  /** Time the HTTP body transfer took (part of the wall time). */
  uploadSeconds: number;
  /** Upload start to the end of parsing. */
  parseSeconds: number;
  postsPerSecond: number;
  processes: ProcessFigures[];
  /** The ingest worker's process (forked by `serve`; `serve` itself when it runs every worker): peak RSS when 100k rows were read, and at the end. */
  ingestPeakAt100kMB: number;
  ingestPeakAtEndMB: number;
  redisUsedMemoryMB: number;
  redisBytesPerPost: { aggregatesAndDedupe: number; storedPosts: number; dedupe: number; aggregates: number; usedMemoryDelta: number };
  maxWaitingBatches: number;
  /** CPU-seconds all processes spent per 1,000 posts, and what that allows on this machine's idle cores. */
  cpuSecondsPer1kPosts: number;
  capacityPostsPerSecond: number;
  /** 1-minute load average before and after: other work on the machine slows wall-clock figures. */
  loadAverage: [number, number];
}

const DATASET = 'bench';

/** Runs one upload through a freshly started product and measures it. */
export async function runE2e(o: E2eOptions): Promise<E2eResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-bench-'));
  const redis = await startRedisProcess(path.join(tmp, 'redis'));
  const client = createRedis(redis.url, 'moodline-bench');
  let serve: Awaited<ReturnType<typeof startServe>> | undefined;
  try {
    serve = await startServe({
      REDIS_URL: redis.url, MOODLINE_DATA_DIR: path.join(tmp, 'data'), MOODLINE_SCORE_PROCESSES: String(o.scoreProcesses),
      MOODLINE_LOAD_SAMPLE: 'false', ...o.env,
    });
    const s = serve;
    type Health = { queues: Record<'score' | 'ingest', { workers: number }> };
    await waitUntil(async () => {
      const q = (await getJson<Health>(`${s.url}/healthz`)).queues;
      return q.score.workers >= Math.max(1, o.scoreProcesses) && q.ingest.workers >= 1;
    }, 30_000, 'score and ingest workers');
    const workers = s.workerPids();
    const ingestPid = workers.ingest[0];
    const pids: { role: string; pid: number }[] = [
      { role: ingestPid ? 'serve (API)' : 'serve (API + workers)', pid: s.pid },
      ...(ingestPid ? [{ role: 'ingest worker', pid: ingestPid }] : []),
      ...workers.score.map((pid, i) => ({ role: `score worker ${i + 1}`, pid })),
      { role: 'redis-server', pid: redis.pid },
    ];
    const ingest = ingestPid ?? s.pid;
    const cpuBefore = pids.map((p) => cpuSecondsOf(p.pid));
    const usedBefore = Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1] ?? 0);
    let maxWaiting = 0;
    const waitingKey = `{moodline}:score:wait`;
    const sampler = setInterval(() => { void client.llen(waitingKey).then((n) => { maxWaiting = Math.max(maxWaiting, n); }, () => undefined); }, 100);

    const loadBefore = os.loadavg()[0]!;
    const started = Date.now();
    const uploadId = await startUpload(s.url, DATASET, o.file, `?format=${o.format}`);
    const uploadSeconds = (Date.now() - started) / 1000;
    let at100k = 0;
    let parsedAt = 0;
    const report = await followUpload(s.url, uploadId, o.timeoutMs ?? 300_000, (r) => {
      if (!at100k && r.rowsRead >= 100_000) at100k = memoryOf(ingest).peakMB;
      if (!parsedAt && (r.state === 'scoring' || r.state === 'done')) parsedAt = Date.now();
    }, 50);
    const wallSeconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    if (report.state !== 'done') throw new Error(`upload ended ${report.state}: ${report.error ?? ''}`);

    const processes = pids.map((p, i) => ({ ...p, peakRssMB: memoryOf(p.pid).peakMB, cpuSeconds: Math.round((cpuSecondsOf(p.pid) - cpuBefore[i]!) * 10) / 10 }));
    const usedAfter = Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1] ?? 0);
    const split = await memoryByKeyClass(client, `{moodline}:ds:${DATASET}:`);
    const per = (bytes: number) => Math.round((bytes / report.accepted) * 10) / 10;
    const cpuTotal = processes.reduce((n, p) => n + p.cpuSeconds, 0);
    return {
      format: o.format,
      variant: o.variant ?? 'default',
      scoreProcesses: o.scoreProcesses,
      rows: report.rowsRead,
      accepted: report.accepted,
      fileMB: Math.round(fs.statSync(o.file).size / 104857.6) / 10,
      wallSeconds: Math.round(wallSeconds * 100) / 100,
      uploadSeconds: Math.round(uploadSeconds * 100) / 100,
      parseSeconds: Math.round(((parsedAt || Date.now()) - started) / 10) / 100,
      postsPerSecond: Math.round(report.rowsRead / wallSeconds),
      processes,
      ingestPeakAt100kMB: at100k,
      ingestPeakAtEndMB: processes.find((p) => p.pid === ingest)!.peakRssMB,
      redisUsedMemoryMB: Math.round(usedAfter / 104857.6) / 10,
      redisBytesPerPost: {
        aggregatesAndDedupe: per(split.aggregates + split.dedupe),
        aggregates: per(split.aggregates),
        dedupe: per(split.dedupe),
        storedPosts: per(split.posts),
        usedMemoryDelta: per(usedAfter - usedBefore),
      },
      maxWaitingBatches: maxWaiting,
      cpuSecondsPer1kPosts: Math.round((cpuTotal / report.rowsRead) * 1000 * 1000) / 1000,
      capacityPostsPerSecond: Math.round((os.availableParallelism() * report.rowsRead) / cpuTotal),
      loadAverage: [Math.round(loadBefore * 100) / 100, Math.round(os.loadavg()[0]! * 100) / 100],
    };
  } finally {
    await serve?.stop();
    await client.quit().catch(() => undefined);
    await redis.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Sums MEMORY USAGE (every element counted) of a dataset's keys: stored-post lists, dedupe shards, the rest. */
export async function memoryByKeyClass(client: ReturnType<typeof createRedis>, datasetPrefix: string): Promise<{ posts: number; dedupe: number; aggregates: number }> {
  const sums = { posts: 0, dedupe: 0, aggregates: 0 };
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${datasetPrefix}*`, 'COUNT', '1000');
    cursor = next;
    const pipe = client.pipeline();
    for (const k of keys) pipe.call('MEMORY', 'USAGE', k, 'SAMPLES', '0');
    const sizes = (await pipe.exec()) ?? [];
    keys.forEach((k, i) => {
      const bytes = Number(sizes[i]?.[1] ?? 0);
      if (k.includes(':posts:')) sums.posts += bytes;
      else if (k.includes(':ids:')) sums.dedupe += bytes;
      else sums.aggregates += bytes;
    });
  } while (cursor !== '0');
  return sums;
}
