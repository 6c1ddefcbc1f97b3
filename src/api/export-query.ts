import { z } from 'zod';
import { fromBeforeTo, instantParam, timeZoneParam } from './query-params';

/** Query of the exports: an optional range, the zone of the hourly series, and (CSV) which table. */
export const exportQuerySchema = z
  .object({
    from: instantParam.optional(),
    to: instantParam.optional(),
    tz: timeZoneParam,
    table: z.enum(['posts', 'hourly'], { error: 'table must be posts or hourly' }).default('posts'),
  })
  .refine(...fromBeforeTo);

export type ExportQuery = z.infer<typeof exportQuerySchema>;
