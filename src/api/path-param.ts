import { ZodError, type z } from 'zod';
import { datasetNameSchema } from '../domain/dataset-name';

/** A route parameter checked by `schema`; a bad one is a 400 that names the parameter ("dataset: …"). */
export function pathParam<T>(schema: z.ZodType<T>, params: Record<string, unknown>, name: string): T {
  const parsed = schema.safeParse(params[name]);
  if (parsed.success) return parsed.data;
  throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })));
}

/** The `:dataset` route parameter, checked. */
export const datasetParam = (params: Record<string, unknown>): string => pathParam(datasetNameSchema, params, 'dataset');
