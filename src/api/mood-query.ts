import { z } from 'zod';
import { BUCKET_SIZES, isBucketSize, type BucketSize } from '../domain/bucket';
import { isValidTimeZone } from '../domain/time-zone';

const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date or date-time, e.g. 2018-12-06T00:00:00Z')
  .transform((v) => Date.parse(v));

/** Query of `GET /api/datasets/:dataset/mood` (and the summary): validated, with defaults. */
export const moodQuerySchema = z
  .object({
    bucket: z
      .string()
      .default('1h')
      .refine(isBucketSize, `bucket must be one of ${Object.keys(BUCKET_SIZES).join(', ')}`)
      .transform((v) => v as BucketSize),
    tz: z.string().default('UTC').refine(isValidTimeZone, 'tz must be an IANA time zone such as Europe/London or Asia/Kolkata'),
    from: instant.optional(),
    to: instant.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });

export type MoodQuery = z.infer<typeof moodQuerySchema>;

/** Most buckets one answer may hold (a year of hours is 8,784). */
export const MAX_BUCKETS = 20_000;
export const MAX_RANGE_MS = 400 * 86_400_000;
