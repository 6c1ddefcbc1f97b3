import { createHash } from 'node:crypto';

/** Stable id for a post whose export has none: same author, time and text give the same id. */
export function contentHashId(text: string, createdAt: Date, author?: string): string {
  const digest = createHash('sha256').update(`${author ?? ''}\0${createdAt.toISOString()}\0${text}`).digest('hex');
  return `h${digest.slice(0, 16)}`;
}
