import type { RowResult } from '../domain/post';
import { genericJsonRows } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';

/** A JSON array of post objects, streamed element by element (never `JSON.parse` of the whole file). */
export function parseJsonArray(text: AsyncIterable<string>, options: ResolvedOptions): AsyncIterable<RowResult> {
  return genericJsonRows(text, options);
}
