import type { RowResult } from '../domain/post';
import { AppError } from '../errors/app-error';
import { decodeText } from './decode-text';
import { detectFormat } from './detect-format';
import { openExport, type BytesRead } from './open-export';
import { parserFor } from './parser-for';
import { resolveOptions, type ParseOptions } from './parse-options';
import { peekText } from './peek';

export type { ParseOptions, ColumnMap } from './parse-options';
export type { ExportFormat } from './export-format';

/**
 * Streams the rows of an export file (gzip and zip handled transparently) as RowResults, in file
 * order, never holding the file in memory. Bad rows are rejections; a file that is not a usable
 * export at all (empty, binary, no text column, unknown layout) throws an AppError (4xx).
 * `onBytes` hears how many bytes of the input were consumed so far, in steps (for progress).
 */
export function parseExport(input: NodeJS.ReadableStream | string, options: ParseOptions = {}, onBytes?: BytesRead): AsyncIterable<RowResult> {
  return rows(input, options, onBytes);
}

async function* rows(input: NodeJS.ReadableStream | string, options: ParseOptions, onBytes: BytesRead | undefined): AsyncGenerator<RowResult> {
  const resolved = resolveOptions(options);
  for await (const entry of openExport(input, resolved.spoolDir, onBytes)) {
    const { head, complete, all } = await peekText(decodeText(entry.bytes));
    const detected = detectFormat(head, complete, resolved);
    if (!detected.ok) throw new AppError(detected.code, detected.reason, detected.code === 'unsupported_format' ? 415 : 422);
    if (detected.format === 'zip') throw new AppError('unrecognised_format', `${entry.name} is a zip inside an archive; upload it directly`, 422);
    yield* parserFor(detected.format)(all, resolved);
  }
}
