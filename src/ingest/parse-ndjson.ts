import type { RowResult } from '../domain/post';
import { genericJsonRows } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';

/** NDJSON / JSON Lines: one post object per line; a bad line is one rejection, the next line carries on. */
export function parseNdjson(text: AsyncIterable<string>, options: ResolvedOptions): AsyncIterable<RowResult> {
  return genericJsonRows(text, options);
}
