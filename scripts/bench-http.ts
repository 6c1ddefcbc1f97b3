/** Small HTTP client helpers for benchmarks: stream a file upload, read JSON, follow an upload to its end. */
import fs from 'node:fs';
import http from 'node:http';
import type { UploadReport } from '../src/domain/upload-report';

/** POSTs `file` as the raw body to `url` (streamed); resolves with the status and JSON answer. */
export function postFile(url: string, file: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const size = fs.statSync(file).size;
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': size } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        try { resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }); } catch { resolve({ status: res.statusCode ?? 0, body: text }); }
      });
    });
    req.on('error', reject);
    fs.createReadStream(file).on('error', reject).pipe(req);
  });
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Uploads a file to a dataset and returns its upload id (throws unless 202). */
export async function startUpload(baseUrl: string, dataset: string, file: string, query = ''): Promise<string> {
  const res = await postFile(`${baseUrl}/api/datasets/${dataset}/uploads${query}`, file);
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.body)}`);
  return (res.body as { uploadId: string }).uploadId;
}

/** Polls an upload until done or failed; `onReport` sees every intermediate report. */
export async function followUpload(baseUrl: string, uploadId: string, timeoutMs: number, onReport?: (r: UploadReport) => void, everyMs = 100): Promise<UploadReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await getJson<UploadReport>(`${baseUrl}/api/uploads/${uploadId}`);
    onReport?.(r);
    if (r.state === 'done' || r.state === 'failed') return r;
    if (Date.now() > deadline) throw new Error(`upload ${uploadId} still ${r.state} after ${timeoutMs} ms: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, everyMs));
  }
}
