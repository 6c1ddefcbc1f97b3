import type { RowResult } from '../domain/post';
import { AppError } from '../errors/app-error';
import { buildPost, type RawPost } from './build-post';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { findCsvHeader, type CsvHeader } from './find-csv-header';
import type { ResolvedOptions } from './parse-options';
import { inferDateOrder, type DateOrder } from './parse-time';
import { peekText } from './peek';

/**
 * CSV/TSV exports, including social-listening ones: delimiter and header row (after any preamble)
 * found in the first lines, columns mapped by common names or `options.map`.
 */
export async function* parseCsv(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const { head, complete, all } = await peekText(text);
  const header = findCsvHeader(head, options.map, complete);
  if (!header.ok) throw new AppError('no_text_column', header.reason, 422, false, { columns: header.columns });
  const toRow = rowReader(header, options);
  const tokenizer = new CsvTokenizer(header.delimiter, options.maxRowBytes);
  let index = 0;
  for await (const chunk of all) {
    for (const record of tokenizer.push(chunk)) {
      const row = index++ > header.headerIndex ? toRow(record) : undefined;
      if (row) yield row;
    }
  }
  for (const record of tokenizer.end()) {
    const row = index++ > header.headerIndex ? toRow(record) : undefined;
    if (row) yield row;
  }
}

function rowReader(header: CsvHeader, options: ResolvedOptions): (record: CsvRecord) => RowResult | undefined {
  const { columns, roles, delimiter } = header;
  const dateOrder = options.dateOrder ?? sampleDateOrder(header);
  const rules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars, ...(dateOrder ? { dateOrder } : {}) };
  // Trailing optional columns may be missing (some tools drop empty trailing cells); text and time may not.
  const needed = Math.max(roles.text ?? 0, roles.time ?? -1, roles.date ?? -1);
  return (record) => {
    if ('error' in record) return { ok: false, line: record.line, reason: record.error };
    const { cells, line } = record;
    if (cells.every((c) => c.trim() === '')) return undefined; // blank line, not a row
    const extra = cells.slice(columns.length).some((c) => c.trim() !== '');
    if (extra || cells.length <= needed) {
      const hint = extra ? ` (an unquoted ${JSON.stringify(delimiter)} inside a field?)` : '';
      return { ok: false, line, reason: `row has ${cells.length} field${cells.length === 1 ? '' : 's'}, header has ${columns.length}${hint}` };
    }
    const raw: RawPost = {};
    for (const [role, i] of Object.entries(roles) as [keyof RawPost, number][]) {
      raw[role] = { value: cells[i], kind: 'column', name: columns[i] ?? role };
    }
    return buildPost(line, raw, rules);
  };
}

function sampleDateOrder(header: CsvHeader): DateOrder | undefined {
  const cols = [header.roles.time, header.roles.date].filter((i): i is number => i !== undefined);
  return inferDateOrder(header.sample.flatMap((row) => cols.map((i) => row[i] ?? '')));
}
