import fs from 'node:fs';
import { Readable } from 'node:stream';
import { UsageError } from './command';

/** A failed call to a Moodline server, with the server's error envelope when it sent one. */
export class ApiError extends Error {
  constructor(message: string, readonly status?: number, readonly code?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server a client command talks to: --server, else MOODLINE_URL (or its default); a usage error when not an http(s) URL. */
export function chooseServer(flag: string | undefined, configured: string): string {
  const server = flag ?? configured;
  let url: URL | undefined;
  try {
    url = new URL(server);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new UsageError(`${flag !== undefined ? '--server' : 'MOODLINE_URL'} "${server}" is not an http(s) URL such as http://127.0.0.1:3000`);
  }
  return server;
}

/** The CLI's HTTP client of a running Moodline server. */
export function createApiClient(server: string, apiKey?: string) {
  const base = server.replace(/\/+$/, '');
  const auth: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};

  async function call<T>(path: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      throw new ApiError(`cannot reach Moodline at ${base} (${cause}). Start it with \`npm start\` or pass --server URL.`);
    }
    const body = await res.text();
    if (!res.ok) {
      let msg = body.slice(0, 500);
      let code: string | undefined;
      try {
        const e = JSON.parse(body) as { error?: { code?: string; message?: string } };
        if (e.error?.message) [msg, code] = [e.error.message, e.error.code];
      } catch { /* not JSON: keep the text */ }
      throw new ApiError(`${res.status} ${msg}`, res.status, code);
    }
    return (body ? JSON.parse(body) : undefined) as T;
  }

  return {
    get: <T>(path: string) => call<T>(path),
    async upload<T>(path: string, file: string): Promise<T> {
      const { size } = await fs.promises.stat(file);
      return call<T>(path, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
        body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
        duplex: 'half',
      });
    },
  };
}
