import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forkWorker, WORKER_EXEC_ARGV } from '../../src/runtime/fork-worker';
import { createLogger } from '../../src/logging/create-logger';
import { waitUntil } from '../../scripts/bench-processes';

/**
 * A stand-in worker script under a private `dist/workers/`: it records its pid and flags, then stays up
 * until SIGTERM (or exits at once when told to crash).
 */
function fakeRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-fork-'));
  fs.mkdirSync(path.join(root, 'dist', 'workers'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'workers', 'score.js'), `
    const fs = require('node:fs');
    fs.appendFileSync(process.env.PIDS, JSON.stringify({ pid: process.pid, execArgv: process.execArgv }) + '\\n');
    if (fs.existsSync(process.env.CRASH)) { fs.rmSync(process.env.CRASH); process.exit(3); }
    process.on('SIGTERM', () => process.exit(0));
    setInterval(() => undefined, 1000);
  `);
  return root;
}

const started = (file: string): Array<{ pid: number; execArgv: string[] }> =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pid: number; execArgv: string[] }) : [];

describe('a forked worker process', () => {
  const root = fakeRoot();
  const pids = path.join(root, 'pids.ndjson');
  const crash = path.join(root, 'crash-once');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('runs with its role\'s Node flags, is started again after exiting on its own, and stops on request', async () => {
    fs.writeFileSync(crash, '');
    const worker = forkWorker('score', { repoRoot: root, env: { ...process.env, PIDS: pids, CRASH: crash }, logger: createLogger('silent'), restartDelayMs: 50 });
    await waitUntil(() => started(pids).length === 2, 10_000, 'a second worker after the first one crashed');
    const [first, second] = started(pids);
    expect(second!.pid).not.toBe(first!.pid);
    expect(second!.execArgv).toEqual([...WORKER_EXEC_ARGV.score]);
    expect(worker.child.pid).toBe(second!.pid);

    await worker.stop();
    expect(worker.child.exitCode).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(started(pids)).toHaveLength(2); // no restart after a requested stop
  });
});
