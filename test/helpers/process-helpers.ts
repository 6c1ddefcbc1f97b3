/**
 * Real-process helpers for the reliability tests: a Moodline "stack" of separate processes (the API via
 * `moodline serve --no-workers`, a standalone ingest worker, N standalone score workers from dist/),
 * each of which can be killed and restarted, against a real redis-server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { UploadReport } from '../../src/domain/upload-report';
import { followUpload, getJson, startUpload } from '../../scripts/bench-http';
import { spawnWorker, startServe, stopProcess, waitUntil, type NodeProcess, type ServeProcess } from '../../scripts/bench-processes';

export { startRedisProcess, stopProcess, waitUntil, memoryOf, snapshotBuild, REPO_ROOT, type RedisProcess } from '../../scripts/bench-processes';

export interface StackOptions {
  redisUrl: string;
  scoreWorkers: number;
  /** Start the standalone ingest worker (default true). */
  ingestWorker?: boolean;
  /** Extra environment for every process (e.g. MOODLINE_BATCH_SIZE). */
  env?: NodeJS.ProcessEnv;
  /** Where the built product lives (a `snapshotBuild()` copy; default the repo). */
  root?: string;
}

export interface Health {
  queues: { score: { waiting: number; active: number; delayed: number; failed: number; workers: number }; ingest: { waiting: number; active: number; workers: number } };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

/** A fresh random `{hash-tag}` key prefix, so stacks on one Redis never see each other's keys. */
export const randomPrefix = (): string => `{mlr-${randomBytes(4).toString('hex')}}`;

/** Starts the API and workers as separate processes sharing one upload folder, under a private key prefix. */
export async function startStack(o: StackOptions) {
  const prefix = randomPrefix();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-rel-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env, REDIS_URL: o.redisUrl, MOODLINE_PREFIX: prefix, MOODLINE_DATA_DIR: dataDir,
    MOODLINE_UPLOAD_DIR: path.join(dataDir, 'uploads'), MOODLINE_LOAD_SAMPLE: 'false', LOG_LEVEL: 'error', ...o.env,
  };
  let api: ServeProcess;
  try {
    api = await startServe(env, ['--no-workers'], o.root);
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const score: (NodeProcess | undefined)[] = [];
  let ingest: NodeProcess | undefined;
  const startScore = (i: number) => { score[i] = spawnWorker('score', env, o.root); return score[i]!; };
  const startIngest = () => { ingest = spawnWorker('ingest', env, o.root); return ingest; };
  for (let i = 0; i < o.scoreWorkers; i++) startScore(i);
  if (o.ingestWorker !== false) startIngest();

  const health = () => getJson<Health>(`${api.url}/healthz`).catch(() => undefined);
  const stack = {
    prefix, api, env, dataDir, score, get ingest() { return ingest; },
    health,
    /** Waits until /healthz counts exactly this many live workers. */
    async waitForWorkers(scoreN: number, ingestN = o.ingestWorker === false ? 0 : 1, timeoutMs = 30_000) {
      await waitUntil(async () => {
        const h = await health();
        return h !== undefined && h.queues.score.workers === scoreN && h.queues.ingest.workers === ingestN;
      }, timeoutMs, `${scoreN} score and ${ingestN} ingest workers (${JSON.stringify(await health())})`, 100);
    },
    startScore,
    startIngest,
    /** Kills score worker `i` with `signal` and resolves once it has exited. */
    killScore: (i: number, signal: NodeJS.Signals = 'SIGKILL') => stopProcess(score[i]?.child, signal),
    killIngest: (signal: NodeJS.Signals = 'SIGKILL') => stopProcess(ingest?.child, signal),
    async upload(dataset: string, body: string): Promise<string> {
      const file = path.join(dataDir, `export-${randomBytes(4).toString('hex')}.ndjson`);
      fs.writeFileSync(file, body);
      try {
        return await startUpload(api.url, dataset, file, '?format=ndjson');
      } finally {
        fs.rmSync(file, { force: true });
      }
    },
    /** Follows an upload to done/failed, riding out moments when the API cannot answer (Redis restarting). */
    async follow(uploadId: string, timeoutMs = 90_000, onReport?: (r: UploadReport) => void): Promise<UploadReport> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          return await followUpload(api.url, uploadId, Math.max(1, deadline - Date.now()), onReport, 100);
        } catch (err) {
          if (Date.now() > deadline) throw err;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    async stop() {
      await Promise.all([...score.map((p) => stopProcess(p?.child, 'SIGKILL')), stopProcess(ingest?.child, 'SIGKILL')]);
      await api.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}
