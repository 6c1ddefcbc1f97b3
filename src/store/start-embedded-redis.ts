import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError } from '../errors/app-error';

export interface EmbeddedRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const REDIS_MISSING_HELP = [
  'redis-server was not found on PATH. Moodline starts a private one when REDIS_URL is unset. Get it with one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y redis-server',
  '  macOS:          brew install redis',
  '  Docker:         docker compose up   (runs Redis and Moodline together)',
  'or point Moodline at a Redis you already run: REDIS_URL=redis://host:6379',
].join('\n');

/** Settings Moodline relies on, applied to the embedded server (docker-compose sets the same). */
export const REDIS_SETTINGS = [
  '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '',
  '--maxmemory-policy', 'noeviction', '--set-max-intset-entries', '2048',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Starts a private redis-server on a free loopback port with its data (AOF on) under `dataDir`. */
export async function startEmbeddedRedis(dataDir: string, port?: number): Promise<EmbeddedRedis> {
  if (!hasRedisServer()) throw new AppError('redis_missing', REDIS_MISSING_HELP, 503);
  fs.mkdirSync(dataDir, { recursive: true });
  const p = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(p), '--bind', '127.0.0.1', '--dir', path.resolve(dataDir), '--daemonize', 'no', '--logfile', 'redis.log', ...REDIS_SETTINGS],
    { stdio: 'ignore' },
  );
  await waitForPing(p, child);
  return { url: `redis://127.0.0.1:${p}`, port: p, stop: () => stopChild(child) };
}

async function waitForPing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new AppError('redis_failed', `redis-server exited with code ${child.exitCode}; see its redis.log`, 503);
    if (await pingRedis(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new AppError('redis_failed', `redis-server did not answer on port ${port} within 10 s`, 503);
}

/** True when a Redis on this machine's `port` answers PING. */
export function pingRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.setTimeout(500);
    sock.once('connect', () => sock.write('PING\r\n'));
    sock.once('data', (d) => { sock.destroy(); resolve(d.toString().startsWith('+PONG')); });
    sock.once('error', () => resolve(false));
    sock.once('timeout', () => { sock.destroy(); resolve(false); });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM'); // redis-server flushes the AOF and exits cleanly on SIGTERM
  });
}
