import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Logger } from '../logging/create-logger';
import type { WorkerRole } from './run-workers';

/** A role that runs as a process of its own (`dist/workers/<role>.js`). */
export type ForkedRole = Exclude<WorkerRole, 'all'>;

/**
 * Node flags of each worker process. A capped heap keeps RSS flat instead of growing lazily towards
 * V8's default; a 32 MB young generation halves the time spent copying a batch's live posts in minor
 * GCs. The ingest worker's young generation starts at that size instead of growing to it over the first
 * few hundred thousand rows, so its RSS is flat from the first batches (1M-post NDJSON upload: 151 → 176 MB
 * from 100k rows to the end before, 167 → 171 MB after). The API process gets the same young generation from
 * `npm start` and docker-compose.
 *
 * Both workers promote batch data to the old generation at each minor GC (whatever is in flight when it runs:
 * rows being batched, a job's posts, a commit's strings), all of it dead soon after. Under their caps V8 let
 * the old generation grow only a little past its live size before the next full GC: one every ~20 batches in
 * a score worker (each marking the analyser's whole heap again, mostly on helper threads), 45 per 500k rows in
 * the ingest worker. `--heap-growing-percent=100` lets the old generation double first. Per 500k posts: score
 * workers 26 → 15 full GCs and CPU −10%, RSS +15 MB; ingest 45 → 21 full GCs and CPU −13%, RSS +18 MB
 * (README, Scaling).
 */
const GC_FLAGS = ['--max-semi-space-size=32', '--heap-growing-percent=100'];
export const WORKER_EXEC_ARGV: Readonly<Record<ForkedRole, readonly string[]>> = {
  ingest: ['--max-old-space-size=256', ...GC_FLAGS, '--min-semi-space-size=32'],
  score: ['--max-old-space-size=192', ...GC_FLAGS],
};

export interface ForkedWorker {
  /** The current child (a new one after a restart). */
  readonly child: ChildProcess;
  /** SIGTERM, then resolves once the child has exited (its own grace period bounds the wait). */
  stop(): Promise<void>;
}

export interface ForkWorkerOptions {
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Wait before restarting a worker that exited on its own (default 1 s). */
  restartDelayMs?: number;
}

/**
 * Runs `dist/workers/<role>.js` as a child process. A worker that exits on its own (a crash, an OOM
 * kill) is logged and started again; its unfinished job returns to the queue through stall recovery.
 */
export function forkWorker(role: ForkedRole, o: ForkWorkerOptions): ForkedWorker {
  let stopping = false;
  let child: ChildProcess;
  const start = (): void => {
    child = fork(path.join(o.repoRoot, 'dist', 'workers', `${role}.js`), [], {
      execArgv: [...WORKER_EXEC_ARGV[role]], env: o.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      o.logger.error({ role, code, signal }, `${role} worker exited; starting a new one`);
      setTimeout(() => { if (!stopping) start(); }, o.restartDelayMs ?? 1000).unref();
    });
  };
  start();
  return {
    get child() { return child; },
    stop: () => new Promise<void>((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
