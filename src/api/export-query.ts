import { z } from 'zod';
import { isValidTimeZone } from '../domain/time-zone';

const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date or date-time, e.g. 2018-12-06T05:00:00Z')
  .transform((v) => Date.parse(v));

/** Query of the exports: an optional range, the zone of the hourly series, and (CSV) which table. */
export const exportQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    tz: z.string().default('UTC').refine(isValidTimeZone, 'tz must be an IANA time zone such as Europe/London'),
    table: z.enum(['posts', 'hourly'], { error: 'table must be posts or hourly' }).default('posts'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });

export type ExportQuery = z.infer<typeof exportQuerySchema>;
