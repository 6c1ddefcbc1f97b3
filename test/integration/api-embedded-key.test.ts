import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.join(__dirname, '../../bin/moodline.js');
const CSV = 'id,created_at,text\n1,2018-12-06T05:00:00Z,no signal\n';

function serve(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const env = { ...process.env, REDIS_URL: '', MOODLINE_API_KEYS: '', MOODLINE_DATA_DIR: dataDir, MOODLINE_LOAD_SAMPLE: 'false', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--score-processes', '0'], { env });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no key line within 20 s:\n${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && /API key/.test(out)) { clearTimeout(timer); resolve({ child, url: m[1]!, output: () => out }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}:\n${out}`)); });
  });
}

const stop = (child: ChildProcessWithoutNullStreams) => new Promise((resolve) => {
  if (child.exitCode !== null) return resolve(child.exitCode);
  child.once('exit', resolve);
  child.kill('SIGTERM');
});

const upload = (url: string, headers: Record<string, string> = {}) => fetch(`${url}/api/datasets/keyed/uploads`, { method: 'POST', body: CSV, headers });

describe('the embedded default (`moodline serve` without REDIS_URL or MOODLINE_API_KEYS)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-embedded-key-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('generates a write key on first start, prints it, keeps it under the data dir, and requires it for writes', async () => {
    const first = await serve(dataDir);
    let key: string;
    try {
      key = fs.readFileSync(path.join(dataDir, 'api-key'), 'utf8').trim();
      expect(first.output()).toContain(key);
      expect((await upload(first.url)).status).toBe(401);
      expect((await upload(first.url, { authorization: 'Bearer wrong' })).status).toBe(403);
      expect((await upload(first.url, { authorization: `Bearer ${key}` })).status).toBe(202);
      expect((await fetch(`${first.url}/api/datasets`)).status).toBe(200); // reads stay public
    } finally {
      await stop(first.child);
    }

    const second = await serve(dataDir);
    try {
      expect(second.output()).not.toContain(key);
      expect(second.output()).toContain(path.join(dataDir, 'api-key'));
      expect((await upload(second.url, { authorization: `Bearer ${key}` })).status).toBe(202);
    } finally {
      await stop(second.child);
    }
  });
});
