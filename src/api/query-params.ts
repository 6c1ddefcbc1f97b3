import { z } from 'zod';
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
