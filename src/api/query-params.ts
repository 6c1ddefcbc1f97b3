import type { RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { isValidTimeZone } from '../domain/time-zone';

/** An ISO 8601 date or date-time query parameter, parsed to UTC ms. */
export const instantParam = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date or date-time, e.g. 2018-12-06T05:00:00Z')
  .transform((v) => Date.parse(v));

/** `tz`: an IANA zone, UTC by default. */
export const timeZoneParam = z.string().default('UTC').refine(isValidTimeZone, 'tz must be an IANA time zone such as Europe/London or Asia/Kolkata');

/** Refinement shared by every ranged query: `from` before `to` when both are given. */
export const fromBeforeTo: [(q: { from?: number; to?: number }) => boolean, { message: string; path: string[] }] = [
  (q) => q.from === undefined || q.to === undefined || q.from < q.to,
  { message: 'from must be before to', path: ['from'] },
];

/** A route parameter checked by `schema`; a bad one is a 400 that names the parameter ("dataset: …"). */
export function pathParam<T>(schema: z.ZodType<T>, params: Record<string, unknown>, name: string): T {
  return z.object({ [name]: schema }).parse(params)[name] as T;
}

/** Every query parameter of the API takes one value: a repeated one ("bucket=1h&bucket=1d") is a 400 naming it. */
export const singleValuedQuery: RequestHandler = (req, _res, next) => {
  const repeated = Object.entries(req.query).filter(([, v]) => Array.isArray(v)).map(([k]) => k);
  if (repeated.length === 0) return next();
  const details = repeated.map((field) => ({ field, message: `${field} is given more than once; give it once` }));
  next(new AppError('bad_request', details.map((d) => `${d.field}: ${d.message}`).join('; '), 400, false, details));
};
