/**
 * Real processes for benchmarks and reliability tests: a private redis-server that can be stopped and
 * restarted on the same port and data dir, `moodline serve`, standalone workers, and /proc readings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ForkedRole } from '../src/runtime/fork-worker';
import { freePort, pingRedis, REDIS_SETTINGS } from '../src/store/start-embedded-redis';

/** Every process started here, killed if this process exits first (a failed test or an interrupted bench). */
const started = new Set<ChildProcess>();
process.once('exit', () => { for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); });
function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export interface RedisProcess {
  url: string;
  port: number;
  dir: string;
  readonly pid: number;
  /** Stops the server: SIGTERM flushes the append-only file first; SIGKILL loses up to a second of it. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and data dir (after `stop`). */
  start(): Promise<void>;
}

/** A redis-server with Moodline's settings (AOF on, noeviction) on a free loopback port, data under `dir`. */
export async function startRedisProcess(dir: string, extraArgs: string[] = []): Promise<RedisProcess> {
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = track(spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no', '--logfile', 'redis.log',
      ...REDIS_SETTINGS, ...extraArgs,
    ], { stdio: 'ignore' }));
    await waitUntil(() => pingRedis(port), 10_000, `redis-server on port ${port}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    get pid() { return child?.pid ?? 0; },
    stop: (signal = 'SIGTERM') => stopProcess(child, signal, 10_000),
    start,
  };
}

/** Resolves once `check` is true; rejects with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Sends `signal` and resolves when the process has exited (SIGKILL after `graceMs`). */
export function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill(signal);
  });
}

export interface NodeProcess {
  child: ChildProcess;
  pid: number;
  output(): string;
}

/** Runs a compiled entry point (e.g. dist/workers/score.js) with `env`, keeping its output for error messages. */
export function spawnNode(script: string, args: string[], env: NodeJS.ProcessEnv): NodeProcess {
  const child = track(spawn(process.execPath, [script, ...args], { env: { DOTENV_CONFIG_QUIET: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  let out = '';
  const keep = (d: Buffer) => { out = (out + d.toString()).slice(-20_000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, pid: child.pid ?? 0, output: () => out };
}

/** A standalone worker process (`<root>/dist/workers/<role>.js`) against `env.REDIS_URL`. */
export function spawnWorker(role: ForkedRole, env: NodeJS.ProcessEnv, root = REPO_ROOT): NodeProcess {
  return spawnNode(path.join(root, 'dist', 'workers', `${role}.js`), [], env);
}

export interface ServeProcess extends NodeProcess {
  url: string;
  /** Pids of the worker processes `serve` forked, by role. */
  workerPids(): Record<ForkedRole, number[]>;
  stop(): Promise<void>;
}

/** `node bin/moodline.js serve --port 0 …` as a user runs it; resolves with its printed URL. */
export async function startServe(env: NodeJS.ProcessEnv, args: string[] = [], root = REPO_ROOT): Promise<ServeProcess> {
  // The heap flags are the ones `npm start` and docker-compose use; a variant may pass its own NODE_OPTIONS.
  const p = spawnNode(path.join(root, 'bin', 'moodline.js'), ['serve', '--port', '0', ...args], { ...process.env, NODE_OPTIONS: '--max-old-space-size=384 --max-semi-space-size=32', LOG_LEVEL: 'warn', ...env });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${p.output()}`)), 30_000);
    p.child.stdout?.on('data', () => {
      const m = /running at (http:\/\/\S+)/.exec(p.output());
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    p.child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}:\n${p.output()}`)); });
  });
  return { ...p, url, workerPids: () => workerPids(p.pid), stop: () => stopProcess(p.child, 'SIGTERM', 30_000) };
}

/**
 * A private copy of the built product (dist/, data/, bin/, package.json; node_modules linked), so a
 * long run is immune to someone rebuilding dist/ or retraining data/ meanwhile. Remove it when done.
 */
export function snapshotBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-build-'));
  for (const entry of ['dist', 'data', 'bin']) fs.cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Which worker a process runs, from its command line: `dist/workers/<role>.js`; undefined for anything else. */
function workerRole(pid: number): ForkedRole | undefined {
  try {
    const m = /dist\/workers\/(ingest|score)\.js/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    return m ? (m[1] as ForkedRole) : undefined;
  } catch {
    return undefined;
  }
}

/** The worker processes a `serve` process forked, by role (empty when it runs every worker itself). */
export function workerPids(servePid: number): Record<ForkedRole, number[]> {
  const kids = childPids(servePid);
  return { ingest: kids.filter((pid) => workerRole(pid) === 'ingest'), score: kids.filter((pid) => workerRole(pid) === 'score') };
}

/** Direct children of a process (Linux /proc). */
export function childPids(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a process now and at its peak (VmHWM), in MB; zeros once it has gone. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssMB: Math.round(kb('VmRSS') / 102.4) / 10, peakMB: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    return { rssMB: 0, peakMB: 0 };
  }
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
  } catch {
    return 0;
  }
}
