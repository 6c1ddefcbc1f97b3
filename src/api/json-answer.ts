import { hash } from 'node:crypto';
import type { Response } from 'express';

/** A read answer serialised once and served many times: the JSON bytes and their ETag. */
export interface JsonAnswer {
  body: Buffer;
  etag: string;
}

export function toJsonAnswer(value: unknown): JsonAnswer {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: `"${hash('sha1', body, 'base64url')}"` };
}

/** Sends a cached answer; Express answers 304 itself when the client's If-None-Match still holds. */
export function sendJsonAnswer(res: Response, answer: JsonAnswer): void {
  res.setHeader('ETag', answer.etag);
  res.type('application/json').send(answer.body);
}
