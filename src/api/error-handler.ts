import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/create-logger';

/** The one error shape of every endpoint: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = toAppError(err);
    if (e.status >= 500) logger.error({ err: (err as Error)?.message, path: req.path, code: e.code }, 'request failed');
    if (res.headersSent) return;
    if (e.retryable) res.setHeader('Retry-After', '5');
    res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } });
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) =>
  next(new AppError('not_found', `no route for ${req.method} ${req.path}`, 404));

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    return new AppError('bad_request', details.map((d) => `${d.field || 'body'}: ${d.message}`).join('; '), 400, false, details);
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large') return new AppError('payload_too_large', 'request body too large', 413);
  if (e?.type === 'entity.parse.failed') return new AppError('bad_json', `request body is not valid JSON: ${e.message}`, 400);
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) return new AppError('bad_request', e.message ?? 'bad request', e.status);
  if (isRedisDown(err)) return new AppError('unavailable', 'Redis is unavailable; try again shortly', 503, true);
  return new AppError('internal', 'internal error', 500);
}

function isRedisDown(err: unknown): boolean {
  const m = (err as Error)?.message ?? '';
  return /ECONNREFUSED|Connection is closed|ETIMEDOUT|LOADING/.test(m);
}
