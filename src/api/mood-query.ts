import { z } from 'zod';
import { fromBeforeTo, instantParam, timeZoneParam } from './query-params';
import { BUCKET_SIZES, isBucketSize, type BucketSize } from '../domain/bucket';

/** Query of `GET /api/datasets/:dataset/mood` (and the summary): validated, with defaults. */
export const moodQuerySchema = z
  .object({
    bucket: z
      .string()
      .default('1h')
      .refine(isBucketSize, `bucket must be one of ${Object.keys(BUCKET_SIZES).join(', ')}`)
      .transform((v) => v as BucketSize),
    tz: timeZoneParam,
    from: instantParam.optional(),
    to: instantParam.optional(),
  })
  .refine(...fromBeforeTo);

export type MoodQuery = z.infer<typeof moodQuerySchema>;

/** Cache key of an answer to `q` over one version of a dataset (mood and summary answers alike). */
export const moodQueryKey = (dataset: string, version: number, q: MoodQuery): string =>
  [dataset, version, q.bucket, q.tz, q.from ?? '', q.to ?? ''].join('\u0000');

/** Most buckets one answer may hold (a year of hours is 8,784). */
export const MAX_BUCKETS = 20_000;
export const MAX_RANGE_MS = 400 * 86_400_000;
