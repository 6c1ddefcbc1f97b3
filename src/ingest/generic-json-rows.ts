import type { RowResult } from '../domain/post';
import { buildPost } from './build-post';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { rawPostFromRecord } from './record-fields';

const NO_WRAPPERS: ReadonlySet<string> = new Set();

/** Rows of a generic JSON export (array or NDJSON of flat post objects), keys found by common names. */
export async function* genericJsonRows(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const rules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) };
  for await (const batch of readJsonUnits(text, { wrapperKeys: NO_WRAPPERS, maxChars: options.maxRowBytes })) for (const unit of batch) {
    if (unit.kind === 'bad') yield { ok: false, line: unit.line, reason: unit.reason };
    else if (unit.kind !== 'item') continue;
    else if (!isRecord(unit.value)) yield { ok: false, line: unit.line, reason: `not a post: expected an object, found ${describeJson(unit.value)}` };
    else yield buildPost(unit.line, rawPostFromRecord(unit.value, options.map), rules);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : typeof value;
}
