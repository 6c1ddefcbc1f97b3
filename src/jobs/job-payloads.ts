import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { datasetNameSchema } from '../domain/dataset-name';

export const parseOptionsSchema = z.object({
  format: z.string().optional(),
  map: z.record(z.string(), z.string()).optional(),
  tz: z.string().optional(),
});

export const ingestJobSchema = z.object({
  uploadId: z.string().min(1),
  dataset: datasetNameSchema,
  path: z.string().min(1),
  /** Uploaded files are removed once parsed; the bundled sample is not. */
  deleteAfter: z.boolean(),
  options: parseOptionsSchema,
});
export type IngestJob = z.infer<typeof ingestJobSchema>;

/**
 * A batch of rows for the score workers. Posts travel column by column (JSON arrays of strings and
 * numbers parse and serialise faster than an object per post); `''` marks a missing lang or author.
 */
export interface ScoreJob {
  uploadId: string;
  dataset: string;
  /** Position of the batch in its upload, from 0. */
  batch: number;
  /** Rows read in the batch's range: posts + rejections. */
  rows: number;
  posts: { id: string[]; text: string[]; t: number[]; lang: string[]; author: string[] };
  rejections: { line: number; reason: string }[];
}

/**
 * Checks a score job read back from the queue, without a schema library: this runs for every batch,
 * so it only walks the columns once. Throws a non-retryable AppError naming the first bad field.
 */
export function parseScoreJob(data: unknown): ScoreJob {
  const bad = (field: string) => new AppError('bad_job', `score job: ${field} is missing or malformed`, 500, false);
  const d = data as Partial<ScoreJob> | null;
  if (!d || typeof d !== 'object') throw bad('data');
  if (typeof d.uploadId !== 'string' || d.uploadId === '') throw bad('uploadId');
  if (!datasetNameSchema.safeParse(d.dataset).success) throw bad('dataset');
  if (!Number.isInteger(d.batch) || (d.batch as number) < 0) throw bad('batch');
  if (!Number.isInteger(d.rows) || (d.rows as number) < 0) throw bad('rows');
  const p = d.posts;
  if (!p || typeof p !== 'object') throw bad('posts');
  const n = Array.isArray(p.id) ? p.id.length : -1;
  for (const [field, type] of [['id', 'string'], ['text', 'string'], ['t', 'number'], ['lang', 'string'], ['author', 'string']] as const) {
    const column: unknown = p[field];
    if (!Array.isArray(column) || column.length !== n || !column.every((v) => typeof v === type)) throw bad(`posts.${field}`);
  }
  if (!Array.isArray(d.rejections) || !d.rejections.every((r) => r !== null && typeof r === 'object' && Number.isInteger(r.line) && typeof r.reason === 'string')) {
    throw bad('rejections');
  }
  return d as ScoreJob;
}
