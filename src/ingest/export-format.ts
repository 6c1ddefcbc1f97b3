import { z } from 'zod';

/**
 * Every export layout Moodline reads. `zip` only ever comes back from `inspectExport` when the
 * archive's entries lie beyond the inspected head; parsing looks inside and detects the entry.
 */
export const EXPORT_FORMATS = [
  'csv',
  'ndjson',
  'json-array',
  'x-archive',
  'twitter-v2',
  'mastodon',
  'bluesky',
  'reddit',
  'zip',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportFormatSchema = z.enum(EXPORT_FORMATS);
