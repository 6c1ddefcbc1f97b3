import path from 'node:path';
import { Readable } from 'node:stream';
import type { RowResult } from '../../../../src/domain/post';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from '../../../../src/ingest/parse-options';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'ingest');
export const fixture = (name: string): string => path.join(FIXTURES, name);

/** "Now" for every test, so the future-time rule does not depend on the clock. */
export const NOW = new Date('2019-01-01T00:00:00Z');

export function options(extra: ParseOptions = {}): ResolvedOptions {
  return resolveOptions({ now: NOW, ...extra });
}

export async function collect(rows: AsyncIterable<RowResult>): Promise<RowResult[]> {
  const out: RowResult[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** Text split into small chunks, so every parser is exercised across chunk boundaries. */
export async function* chunked(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export function streamOf(data: Buffer | string, chunkSize = 1024): Readable {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  const chunks: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunkSize) chunks.push(buf.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

export const accepted = (rows: RowResult[]) => rows.flatMap((r) => (r.ok ? [r.post] : []));
export const rejected = (rows: RowResult[]) => rows.flatMap((r) => (r.ok ? [] : [{ line: r.line, reason: r.reason }]));
