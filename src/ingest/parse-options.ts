import os from 'node:os';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { exportFormatSchema, type ExportFormat } from './export-format';
import type { DateOrder } from './parse-time';
import { isValidTimeZone } from '../domain/time-zone';

export const FIELD_ROLES = ['text', 'time', 'date', 'id', 'author', 'lang'] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];
export type ColumnMap = Partial<Record<FieldRole, string>>;

/** How to read an export; every field is optional. */
export interface ParseOptions {
  /** Override content detection (`--format`). */
  format?: ExportFormat;
  /** Column/field names by role (`--map text=COL,time=COL`). */
  map?: ColumnMap;
  /** IANA zone for times without an offset (default UTC). */
  tz?: string;
  /** Order of all-numeric dates like 06/12/2018 when the file itself cannot tell (default: inferred, else day-first). */
  dateOrder?: DateOrder;
  /** Reference time for the "more than a day in the future" rule (default: now). */
  now?: Date;
  /** Longer text is a rejection (default 20,000). */
  maxTextChars?: number;
  /** Longer lines/records are rejected without being buffered whole (default 1 MiB, counted in characters). */
  maxRowBytes?: number;
  /** Where a zip read from a stream is spooled for random access (default: the OS temp dir). */
  spoolDir?: string;
}

export interface ResolvedOptions {
  format: ExportFormat | undefined;
  map: ColumnMap;
  tz: string;
  dateOrder: DateOrder | undefined;
  now: Date;
  maxTextChars: number;
  maxRowBytes: number;
  spoolDir: string;
}

const optionsSchema = z.object({
  format: exportFormatSchema.optional(),
  map: z.partialRecord(z.enum(FIELD_ROLES), z.string().trim().min(1)).optional(),
  tz: z.string().refine(isValidTimeZone, { message: 'unknown IANA time zone' }).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  now: z.date().optional(),
  maxTextChars: z.number().int().positive().optional(),
  maxRowBytes: z.number().int().min(1024).optional(),
  spoolDir: z.string().min(1).optional(),
});

/** Validates options (a caller error is a 400 AppError) and fills defaults. */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new AppError('invalid_parse_options', `invalid parse options: ${problems.join('; ')}`, 400, false, problems);
  }
  const o = parsed.data;
  return {
    // `zip` names a container, not a layout: the entry inside is still detected by content.
    format: o.format === 'zip' ? undefined : o.format,
    map: o.map ?? {},
    tz: o.tz ?? 'UTC',
    dateOrder: o.dateOrder,
    now: o.now ?? new Date(),
    maxTextChars: o.maxTextChars ?? 20_000,
    maxRowBytes: o.maxRowBytes ?? 1024 * 1024,
    spoolDir: o.spoolDir ?? os.tmpdir(),
  };
}
