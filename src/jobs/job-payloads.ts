import { z } from 'zod';
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

export const scoreJobSchema = z.object({
  uploadId: z.string().min(1),
  dataset: datasetNameSchema,
  batch: z.number().int().min(0),
  rows: z.number().int().min(0),
  posts: z.array(
    z.object({ id: z.string(), text: z.string(), t: z.number(), lang: z.string().optional(), author: z.string().optional() }),
  ),
  rejections: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ScoreJob = z.infer<typeof scoreJobSchema>;
