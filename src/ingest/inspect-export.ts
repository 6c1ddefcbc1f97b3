import zlib from 'node:zlib';
import { chooseZipEntries, isXArchive, isXlsx, isXTweetsFile, isZipClutter } from './choose-zip-entries';
import { decodeHead } from './decode-text';
import { detectFormat } from './detect-format';
import type { ExportFormat } from './export-format';
import { compressionOf } from './open-export';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './parse-options';
import { readZipHead } from './read-zip-head';

export type InspectResult =
  | { ok: true; format: ExportFormat; columns?: string[]; compression?: 'gzip' | 'zip' }
  | { ok: false; reason: string };

const HEAD_BYTES = 64 * 1024;

/**
 * Pure look at the first bytes of an upload (≤ 64 KiB; gzip and zip heads are opened here): is
 * this a usable export, and which? Lets the API answer 4xx before accepting a file. Invalid
 * options throw a 400 AppError, as they would in parseExport.
 */
export function inspectExport(head: Buffer, options: ParseOptions = {}): InspectResult {
  const resolved = resolveOptions(options);
  const compression = compressionOf(head);
  if (compression === 'gzip') {
    let inner: Buffer;
    try {
      inner = zlib.gunzipSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch (err) {
      return { ok: false, reason: `the gzip data is damaged: ${(err as Error).message}` };
    }
    const verdict = inspectText(inner.subarray(0, HEAD_BYTES), head.length < HEAD_BYTES, resolved);
    return verdict.ok ? { ...verdict, compression } : verdict;
  }
  if (compression === 'zip') return inspectZip(head, resolved);
  return inspectText(head, head.length < HEAD_BYTES, resolved);
}

function inspectText(bytes: Buffer, complete: boolean, options: ResolvedOptions): InspectResult {
  const detected = detectFormat(decodeHead(bytes), complete, options);
  if (!detected.ok) return { ok: false, reason: detected.reason };
  return detected.columns ? { ok: true, format: detected.format, columns: detected.columns } : { ok: true, format: detected.format };
}

/** Judges the entry the parser would read when the head shows it; otherwise accepts the zip for now. */
function inspectZip(head: Buffer, options: ResolvedOptions): InspectResult {
  const entries = readZipHead(head).filter((e) => !isZipClutter(e.name));
  const names = entries.map((e) => e.name);
  if (isXlsx(names)) return { ok: false, reason: 'an Excel workbook (.xlsx) is not supported: save it as CSV UTF-8 and upload that' };
  const tweets = entries.find((e) => isXTweetsFile(e.name) || /(^|\/)outbox\.json$/.test(e.name));
  const whole = head.length < HEAD_BYTES;
  if (whole) {
    const choice = chooseZipEntries(names);
    if (!choice.ok) return { ok: false, reason: choice.reason };
  }
  // Outside an X archive the first file is the export (a second one would fail when parsed).
  const target = tweets ?? (isXArchive(names) ? undefined : entries[0]);
  if (!target?.content) return { ok: true, format: 'zip', compression: 'zip' };
  const verdict = inspectText(target.content.subarray(0, HEAD_BYTES), false, options);
  return verdict.ok ? { ...verdict, compression: 'zip' } : { ok: false, reason: `${target.name}: ${verdict.reason}` };
}
