/**
 * The one exception family: broken invariants and unavailable dependencies.
 * Expected bad input is a value (a rejected row), not an AppError.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    readonly retryable = false,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown): AppError =>
  new AppError('bad_request', message, 400, false, details);

export const notFound = (message: string): AppError => new AppError('not_found', message, 404);

export const unavailable = (message: string): AppError => new AppError('unavailable', message, 503, true);
