import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inProcessAnalysis } from '../../src/api/analysis-service';
import { createApp } from '../../src/api/create-app';
import { createAnalyser } from '../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../src/analysis/load-analyser-resources';
import type { UploadReport } from '../../src/domain/upload-report';
import { createLogger } from '../../src/logging/create-logger';
import { runWorkers } from '../../src/runtime/run-workers';
import type { Config } from '../../src/config';
import { openTestCore } from './test-core';

export interface TestServerOptions {
  /** Run a score worker in this process (default true); false to test out-of-process workers. */
  scoreWorker?: boolean;
  apiKeys?: string[];
  publicReads?: boolean;
  maxUploadBytes?: number;
  batchSize?: number;
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** The real app on port 0 with real workers on the shared test Redis, under a private key prefix. */
export async function startTestServer(o: TestServerOptions = {}) {
  const core = openTestCore();
  const logger = createLogger('silent');
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-uploads-'));
  const analyser = createAnalyser(loadAnalyserResources());
  const app = createApp({
    redis: core.redis, queues: core.queues, uploads: core.uploads, datasets: core.datasets, analysis: inProcessAnalysis(analyser), logger, uploadDir,
    maxUploadBytes: o.maxUploadBytes ?? 200 * 1024 * 1024, apiKeys: o.apiKeys ?? [], publicReads: o.publicReads ?? true,
    webDir: path.join(__dirname, '../../src/web'),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = { batchSize: o.batchSize ?? 50, maxQueuedBatches: 8, scoreConcurrency: 2 } as Config;
  const workers = runWorkers(o.scoreWorker === false ? 'ingest' : 'all', core, config, logger);

  async function upload(dataset: string, body: string | Buffer, headers: Record<string, string> = {}, query = '') {
    return fetch(`${baseUrl}/api/datasets/${dataset}/uploads${query}`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream', ...headers } });
  }

  async function waitForUpload(uploadId: string, timeoutMs = 30_000): Promise<UploadReport> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = (await (await fetch(`${baseUrl}/api/uploads/${uploadId}`)).json()) as UploadReport;
      if (r.state === 'done' || r.state === 'failed') return r;
      if (Date.now() > deadline) throw new Error(`upload ${uploadId} still ${r.state} after ${timeoutMs} ms: ${JSON.stringify(r)}`);
      await new Promise((res) => setTimeout(res, 50));
    }
  }

  /** Uploads and waits for the final report. */
  async function ingest(dataset: string, body: string | Buffer, query = ''): Promise<UploadReport> {
    const res = await fetch(`${baseUrl}/api/datasets/${dataset}/uploads${query}`, { method: 'POST', body });
    if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
    const { uploadId } = (await res.json()) as { uploadId: string };
    return waitForUpload(uploadId);
  }

  async function getJson<T = unknown>(p: string): Promise<{ status: number; body: T }> {
    const res = await fetch(`${baseUrl}${p}`);
    return { status: res.status, body: (await res.json()) as T };
  }

  return {
    baseUrl, core, analyser, uploadDir, upload, ingest, waitForUpload, getJson,
    async close() {
      await workers.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await core.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
