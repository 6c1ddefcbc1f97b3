import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UploadReport } from '../../src/domain/upload-report';
import { knownPosts, toCsv } from '../helpers/known-posts';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

const bin = path.join(__dirname, '../../bin/moodline.js');

function moodline(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('moodline ingest, mood and summary, as clients of a running server', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer({ apiKeys: ['secret-key'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-cli-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a file, follows it to done and prints the final upload report as one JSON object', async () => {
    const file = path.join(dir, 'posts.csv');
    fs.writeFileSync(file, toCsv(knownPosts()));
    const r = await moodline(['ingest', file, '--dataset', 'cli', '--server', server.baseUrl, '--json'], { MOODLINE_API_KEY: 'secret-key' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as UploadReport;
    expect(report).toMatchObject({ state: 'done', accepted: knownPosts().length, duplicates: 0, rejected: 0 });
    expect(report).toEqual((await server.getJson(`/api/uploads/${report.uploadId}`)).body);
  });

  it('prints the mood table and, with --json, the API answer', async () => {
    const table = await moodline(['mood', '--dataset', 'cli', '--server', server.baseUrl, '--tz', 'Europe/London']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Mood of "cli" by 1h \(Europe\/London\)\nstart\s+posts\s+mean/);
    expect(table.stdout).toMatch(/\nMood turns: none .*\nLatest: too few recent posts to tell a trend\n$/);
    const json = await moodline(['mood', '--dataset', 'cli', '--server', server.baseUrl, '--json', '--bucket', '1d']);
    expect(JSON.parse(json.stdout)).toMatchObject({ dataset: 'cli', bucket: '1d', series: [{ posts: knownPosts().length }] });
  });

  it('prints what people are saying per bucket and, with --json, the API answer', async () => {
    const text = await moodline(['summary', '--dataset', 'cli', '--server', server.baseUrl, '--bucket', '1d']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^Summary of "cli" by 1d \\(UTC\\): ${knownPosts().length} posts in 1 buckets with posts\n\n\\S+  ${knownPosts().length} posts · mean`));
    expect(text.stdout).toMatch(/\n {2}(complaint|support|humour|other): "/);
    const json = await moodline(['summary', '--dataset', 'cli', '--server', server.baseUrl, '--json', '--bucket', '1d']);
    expect(JSON.parse(json.stdout)).toMatchObject({ dataset: 'cli', bucket: '1d', buckets: [{ posts: knownPosts().length }] });
  });

  it('fails with exit 1 and the server message when the API key is missing', async () => {
    const file = path.join(dir, 'posts.csv');
    const r = await moodline(['ingest', file, '--dataset', 'cli', '--server', server.baseUrl], { MOODLINE_API_KEY: '', MOODLINE_DATA_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('401');
  });

  it('uses the key the embedded default saved under the data dir for a server on this machine', async () => {
    const file = path.join(dir, 'posts.csv');
    const keyDir = fs.mkdtempSync(path.join(dir, 'data-'));
    fs.writeFileSync(path.join(keyDir, 'api-key'), 'secret-key\n');
    const r = await moodline(['ingest', file, '--dataset', 'cli-keyfile', '--server', server.baseUrl, '--json'], { MOODLINE_API_KEY: '', MOODLINE_DATA_DIR: keyDir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ state: 'done', accepted: knownPosts().length });
  });

  it('exits 2 with usage for bad arguments and 1 for a missing file or an unreachable server', async () => {
    expect((await moodline(['ingest', 'x.csv'])).code).toBe(2);
    expect((await moodline(['ingest', 'x.csv', '--dataset', '../etc'])).code).toBe(2);
    const missing = await moodline(['ingest', path.join(dir, 'nope.csv'), '--dataset', 'cli']);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('nope.csv');
    const down = await moodline(['mood', '--dataset', 'cli', '--server', 'http://127.0.0.1:9']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('cannot reach Moodline');
  });
});
