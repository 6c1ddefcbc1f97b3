import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors/app-error';

export interface RateLimitOptions {
  /** Requests one client (IP) may make per window. */
  limit: number;
  windowMs?: number;
}

/**
 * Per-client rate limit for writes (uploads, deletes) and analysis: counts every attempt, including
 * ones with a wrong API key, so keys cannot be guessed fast. Over the limit: 429 in the usual error
 * shape, with `Retry-After` and the draft-8 `RateLimit` headers.
 */
export function rateLimitWrites(o: RateLimitOptions): RequestHandler {
  const windowMs = o.windowMs ?? 60_000;
  return rateLimit({
    windowMs,
    limit: o.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      res.setHeader('Retry-After', String(Math.ceil(windowMs / 1000)));
      next(new AppError('rate_limited', `too many write requests: at most ${o.limit} per ${Math.round(windowMs / 1000)} s; try again shortly`, 429));
    },
  });
}
