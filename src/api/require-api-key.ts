import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** `Authorization: Bearer KEY` against the configured keys; no keys configured = open. */
export function requireApiKey(keys: string[]): RequestHandler {
  const allowed = keys.map(digest);
  return (req, _res, next) => {
    if (allowed.length === 0) return next();
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return next(new AppError('unauthorized', 'this endpoint needs Authorization: Bearer <API key>', 401));
    const given = digest(m[1]!);
    if (!allowed.some((k) => timingSafeEqual(k, given))) return next(new AppError('forbidden', 'API key not recognised', 403));
    next();
  };
}
