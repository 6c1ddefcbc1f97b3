import type { Redis } from 'ioredis';
import type { Category, SentimentLabel } from '../domain/analysis';
import { hourKey } from './day-key';
import type { Keys } from './keys';
import { decodeStoredPost, type StoredPost } from './stored-post';

export interface PostFilter {
  fromMs: number;
  toMs: number;
  category?: Category;
  label?: SentimentLabel;
  lang?: string;
  /** Case-insensitive substring of the text. */
  q?: string;
}

export interface PostPage {
  posts: StoredPost[];
  /** Pass back to continue; null when the range is exhausted. */
  nextCursor: string | null;
}

const HOUR_MS = 3_600_000;
const CHUNK = 1000;
/** Most stored posts one page may look at, so a rare filter cannot make one request scan a whole dataset. */
const MAX_SCANNED = 200_000;

const encodeCursor = (hourMs: number, index: number) => Buffer.from(`${hourMs}.${index}`).toString('base64url');

/** Decodes a drill-down cursor; undefined when it is not one of ours. */
export function decodeCursor(cursor: string): { hourMs: number; index: number } | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? { hourMs: Number(m[1]), index: Number(m[2]) } : undefined;
}

/** Reads scored posts back, hour by hour in arrival order (the commit script writes them). */
export function createPostStore(redis: Redis, keys: Keys) {
  const matches = (p: StoredPost, f: PostFilter, t: number): boolean =>
    t >= f.fromMs && t < f.toMs &&
    (!f.category || p.category === f.category) &&
    (!f.label || p.sentiment.label === f.label) &&
    (!f.lang || p.lang === f.lang) &&
    (!f.q || p.text.toLowerCase().includes(f.q.toLowerCase()));

  /** Every stored post of the range in order, read in chunks. */
  async function* scan(dataset: string, fromMs: number, toMs: number, start?: { hourMs: number; index: number }): AsyncGenerator<{ post: StoredPost; hourMs: number; index: number }> {
    for (let h = start?.hourMs ?? fromMs - (fromMs % HOUR_MS); h < toMs; h += HOUR_MS) {
      const key = keys.datasetPosts(dataset, hourKey(h));
      for (let i = h === start?.hourMs ? start.index : 0; ; i += CHUNK) {
        const raw = await redis.lrange(key, String(i), String(i + CHUNK - 1));
        for (let k = 0; k < raw.length; k++) yield { post: decodeStoredPost(raw[k]!), hourMs: h, index: i + k };
        if (raw.length < CHUNK) break;
      }
    }
  }

  return {
    scan,

    async page(dataset: string, f: PostFilter, limit: number, cursor?: { hourMs: number; index: number }): Promise<PostPage> {
      const posts: StoredPost[] = [];
      let scanned = 0;
      for await (const { post, hourMs, index } of scan(dataset, f.fromMs, f.toMs, cursor)) {
        if (posts.length === limit || ++scanned > MAX_SCANNED) return { posts, nextCursor: encodeCursor(hourMs, index) };
        if (matches(post, f, Date.parse(post.createdAt))) posts.push(post);
      }
      return { posts, nextCursor: null };
    },
  };
}

export type PostStore = ReturnType<typeof createPostStore>;
