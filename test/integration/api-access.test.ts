import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/create-app';
import { inProcessAnalysis } from '../../src/api/analysis-service';
import { createAnalyser } from '../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../src/analysis/load-analyser-resources';
import { createLogger } from '../../src/logging/create-logger';
import { knownPosts, toCsv } from '../helpers/known-posts';
import { startTestServer, type TestServer } from '../helpers/start-test-server';
import { openTestCore } from '../helpers/test-core';

const KEY = 'test-key-0123456789';
const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('access: API keys, public or keyed reads', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  it('needs a key for writes (401 without, 403 wrong) and keeps reads public by default', async () => {
    server = await startTestServer({ apiKeys: [KEY] });
    const csv = toCsv(knownPosts());
    const none = await server.upload('acc', csv);
    expect(none.status).toBe(401);
    expect(await code(none)).toBe('unauthorized');
    const wrong = await server.upload('acc', csv, auth('nope'));
    expect(wrong.status).toBe(403);
    expect(await code(wrong)).toBe('forbidden');
    const ok = await server.upload('acc', csv, auth(KEY));
    expect(ok.status).toBe(202);
    await server.waitForUpload(((await ok.json()) as { uploadId: string }).uploadId);

    for (const p of ['/api/datasets/acc/summary', '/api/datasets/acc/posts', '/api/datasets/acc/export.csv', '/api/datasets/acc/export.json', '/api/datasets/acc/mood']) {
      expect([p, (await fetch(`${server.baseUrl}${p}`)).status]).toEqual([p, 200]);
    }

    const del = (headers: Record<string, string>) => fetch(`${server.baseUrl}/api/datasets/acc`, { method: 'DELETE', headers });
    expect((await del({})).status).toBe(401);
    expect((await del(auth('nope'))).status).toBe(403);
    expect((await del(auth(KEY))).status).toBe(204);
    expect((await fetch(`${server.baseUrl}/api/datasets/acc/posts`)).status).toBe(404);
  });

  it('needs the key for every read when reads are not public, but not for the dashboard or the docs', async () => {
    server = await startTestServer({ apiKeys: [KEY], publicReads: false });
    for (const p of ['/api/datasets', '/api/datasets/x/summary', '/api/datasets/x/posts', '/api/datasets/x/export.csv', '/api/datasets/x/export.json']) {
      expect([p, (await fetch(`${server.baseUrl}${p}`)).status]).toEqual([p, 401]);
      expect([p, (await fetch(`${server.baseUrl}${p}`, { headers: auth('nope') })).status]).toEqual([p, 403]);
    }
    expect((await fetch(`${server.baseUrl}/api/datasets`, { headers: auth(KEY) })).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/datasets/x/posts`, { headers: auth(KEY) })).status).toBe(404);
    for (const p of ['/', '/api/openapi.json', '/api/docs', '/js/app.mjs', '/vendor/uplot/uPlot.iife.min.js']) {
      expect([p, (await fetch(`${server.baseUrl}${p}`)).status]).toEqual([p, 200]);
    }
  });
});

describe('safety: headers, size limits, rate limits, docs', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(() => server.close());

  it('sends a strict Content-Security-Policy and the usual security headers', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
  });

  it('refuses a JSON body over 2 MB with 413 in the error shape', async () => {
    const res = await fetch(`${server.baseUrl}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'a'.repeat(3 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(await code(res)).toBe('payload_too_large');
  });

  it('serves the OpenAPI document and a docs page without scripts', async () => {
    const doc = (await server.getJson<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/datasets/{dataset}/summary', '/api/datasets/{dataset}/posts', '/api/datasets/{dataset}/export.csv']));
    const page = await fetch(`${server.baseUrl}/api/docs`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('/api/datasets/{dataset}/export.json');
    expect(html).not.toMatch(/<script/i);
  });

  it('rate-limits writes per client with 429, Retry-After and the error shape', async () => {
    const core = openTestCore();
    const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-rl-'));
    const app = createApp({
      redis: core.redis, queues: core.queues, uploads: core.uploads, datasets: core.datasets, keys: core.keys,
      analysis: inProcessAnalysis(createAnalyser(loadAnalyserResources())), logger: createLogger('silent'), uploadDir, maxUploadBytes: 1024,
      apiKeys: [KEY], publicReads: true, webDir: path.join(__dirname, '../../src/web'), writesPerMinute: 3,
    });
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((r) => listener.once('listening', r));
    const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${base}/api/datasets/x`, { method: 'DELETE', headers: auth('wrong') })).status);
      expect(statuses).toEqual([403, 403, 403, 429]);
      const limited = await fetch(`${base}/api/datasets/x/uploads`, { method: 'POST', body: 'x' });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(await code(limited)).toBe('rate_limited');
      expect((await fetch(`${base}/api/datasets`)).status).toBe(200); // reads are not limited
    } finally {
      listener.closeAllConnections();
      await new Promise((r) => listener.close(r));
      await core.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    }
  });
});
