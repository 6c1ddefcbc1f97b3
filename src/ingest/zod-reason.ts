import type { z } from 'zod';

/** A short rejection reason from a zod failure: `invalid tweet: created_at: expected string, received number`. */
export function zodReason(what: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `invalid ${what}`;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `invalid ${what}: ${where}${issue.message}`;
}
