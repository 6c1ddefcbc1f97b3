import { AppError } from '../errors/app-error';
import { DocumentAssembler } from './json-document-units';
import type { JsonUnit } from './json-unit';
import { peekText } from './peek';
import { splitLines, type TextLine } from './split-lines';

export type { JsonUnit } from './json-unit';

export interface JsonUnitOptions {
  /** Keys whose array values hold the items of a page/collection object (`data`, `orderedItems`…). */
  wrapperKeys: ReadonlySet<string>;
  /** Longest single element/line kept, in characters (page lines of wrapper formats get at least PAGE_LINE_CHARS). */
  maxChars: number;
  /** First line of the text (when a prefix such as `window.YTD… =` was cut off). */
  startLine?: number;
}

/** `lines`: one JSON value per line (NDJSON); `document`: anything else, streamed by the scanner. */
export type JsonLayout = 'lines' | 'document';

/** NDJSON when the first line is a whole object on its own; arrays and pretty-printed JSON are documents. */
export function detectJsonLayout(head: string): JsonLayout {
  const start = head.search(/\S/);
  if (start < 0 || head[start] !== '{') return 'document';
  const nl = head.indexOf('\n', start);
  const first = nl < 0 ? head.slice(start) : head.slice(start, nl);
  try {
    JSON.parse(first);
    return 'lines';
  } catch {
    return 'document';
  }
}

/** Streams the units of a JSON export in file order, NDJSON or document alike, a batch per input chunk. */
export async function* readJsonUnits(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit[]> {
  const { head, all } = await peekText(text);
  const start = head.search(/\S/);
  if (start >= 0 && head[start] !== '{' && head[start] !== '[') {
    throw new AppError('unrecognised_format', `expected JSON, but the text starts with ${JSON.stringify(head.slice(start, start + 20))}`, 422);
  }
  if (detectJsonLayout(head) === 'lines') yield* readLines(all, options);
  else yield* readDocument(all, options);
}

/** A page of 100 tweets with expansions can pass 1 MiB; splitting it per item is not possible on one line. */
export const PAGE_LINE_CHARS = 16 * 1024 * 1024;

async function* readLines(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit[]> {
  const limit = options.wrapperKeys.size > 0 ? Math.max(options.maxChars, PAGE_LINE_CHARS) : options.maxChars;
  for await (const lines of splitLines(text, limit)) {
    const batch: JsonUnit[] = [];
    for (const l of lines) addUnitsOfLine(batch, l, limit, options.wrapperKeys);
    if (batch.length > 0) yield batch;
  }
}

/** Appends a line's units to `batch` (pushed one by one: this runs once per post of an NDJSON export). */
function addUnitsOfLine(batch: JsonUnit[], l: TextLine, limit: number, wrapperKeys: ReadonlySet<string>): void {
  if ('tooLong' in l) {
    batch.push({ kind: 'bad', line: l.line, reason: `line too long (${l.tooLong} chars, max ${limit})` });
    return;
  }
  if (l.text.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(l.text);
  } catch (err) {
    batch.push({ kind: 'bad', line: l.line, reason: `invalid JSON: ${(err as Error).message}` });
    return;
  }
  addUnitsOfValue(batch, value, l.line, wrapperKeys);
}

/** Appends one parsed line's units to `batch`: a page's members and items, or one item. */
function addUnitsOfValue(batch: JsonUnit[], value: unknown, line: number, wrapperKeys: ReadonlySet<string>): void {
  const obj = wrapperKeys.size > 0 && value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  const wrappers = obj ? Object.keys(obj).filter((k) => wrapperKeys.has(k) && Array.isArray(obj[k])) : [];
  if (!obj || wrappers.length === 0) {
    batch.push({ kind: 'item', line, value });
    return;
  }
  for (const [key, member] of Object.entries(obj)) if (!wrappers.includes(key)) batch.push({ kind: 'member', line, key, value: member });
  for (const key of wrappers) for (const item of obj[key] as unknown[]) batch.push({ kind: 'item', line, value: item, key });
  batch.push({ kind: 'page-end', line });
}

async function* readDocument(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit[]> {
  const doc = new DocumentAssembler(options.wrapperKeys, options.maxChars, options.startLine);
  for await (const chunk of text) {
    const batch = [...doc.accept(doc.scanner.push(chunk))];
    if (batch.length > 0) yield batch;
  }
  yield [...doc.accept(doc.scanner.end())];
}
