import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

/** Every query parameter of the API takes one value: a repeated one ("bucket=1h&bucket=1d") is a 400 naming it. */
export const singleValuedQuery: RequestHandler = (req, _res, next) => {
  const repeated = Object.entries(req.query).filter(([, v]) => Array.isArray(v)).map(([k]) => k);
  if (repeated.length === 0) return next();
  const details = repeated.map((field) => ({ field, message: `${field} is given more than once; give it once` }));
  next(new AppError('bad_request', details.map((d) => `${d.field}: ${d.message}`).join('; '), 400, false, details));
};
