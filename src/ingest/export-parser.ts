import type { RowResult } from '../domain/post';
import type { ResolvedOptions } from './parse-options';

/**
 * The one signature every format parser has: decoded text in, one result per row out, in file
 * order. Fatal whole-file problems (no text column, not this format at all) throw an AppError.
 */
export type ExportParser = (text: AsyncIterable<string>, options: ResolvedOptions) => AsyncIterable<RowResult>;
