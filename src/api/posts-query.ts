import { z } from 'zod';
import { fromBeforeTo, instantParam } from './query-params';
import { CATEGORIES, SENTIMENT_LABELS } from '../domain/analysis';
import { decodeCursor } from '../store/post-store';

export const MAX_POSTS_LIMIT = 500;

/** Query of `GET /api/datasets/:dataset/posts`: every parameter validated, errors name the parameter. */
export const postsQuerySchema = z
  .object({
    from: instantParam.optional(),
    to: instantParam.optional(),
    category: z.enum(CATEGORIES, { error: `category must be one of ${CATEGORIES.join(', ')}` }).optional(),
    label: z.enum(SENTIMENT_LABELS, { error: `label must be one of ${SENTIMENT_LABELS.join(', ')}` }).optional(),
    lang: z.string().regex(/^[a-z]{2,3}$/, 'lang must be a 2- or 3-letter language code such as en or und').optional(),
    q: z.string().min(1, 'q must not be empty').max(200, 'q may be at most 200 characters').optional(),
    limit: z
      .string()
      .regex(/^\d+$/, `limit must be a whole number from 1 to ${MAX_POSTS_LIMIT}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_POSTS_LIMIT, `limit must be a whole number from 1 to ${MAX_POSTS_LIMIT}`)
      .default(50),
    cursor: z
      .string()
      .max(64, 'cursor is not one this server issued')
      .transform((v, ctx) => {
        const c = decodeCursor(v);
        if (!c) ctx.addIssue({ code: 'custom', message: 'cursor is not one this server issued' });
        return c ?? { hourMs: 0, page: 0, record: 0 };
      })
      .optional(),
  })
  .refine(...fromBeforeTo);

export type PostsQuery = z.infer<typeof postsQuerySchema>;
