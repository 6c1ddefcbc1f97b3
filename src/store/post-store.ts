import type { Redis } from 'ioredis';
import type { Category, SentimentLabel } from '../domain/analysis';
import { hourKey } from './day-key';
import type { Keys } from './keys';
import { decodeStoredPost, type StoredPost } from './stored-post';
import { recordsOfPage } from './stored-page';

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
/** Stored pages (each up to PAGE_RECORDS posts of one hour) read per round trip. */
const CHUNK = 20;
/** Most stored posts one page may look at, so a rare filter cannot make one request scan a whole dataset. */
const MAX_SCANNED = 200_000;

/** Where a drill-down continues: an hour, a stored page of it, a record of that page. */
export interface PostPosition { hourMs: number; page: number; record: number }

const encodeCursor = (at: PostPosition) => Buffer.from(`${at.hourMs}.${at.page}.${at.record}`).toString('base64url');

/** Decodes a drill-down cursor; undefined when it is not one of ours. */
export function decodeCursor(cursor: string): PostPosition | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? { hourMs: Number(m[1]), page: Number(m[2]), record: Number(m[3]) } : undefined;
}

/** Reads scored posts back, hour by hour in arrival order (the commit script writes them). */
export function createPostStore(redis: Redis, keys: Keys) {
  const matches = (p: StoredPost, f: PostFilter, t: number): boolean =>
    t >= f.fromMs && t < f.toMs &&
    (!f.category || p.category === f.category) &&
    (!f.label || p.sentiment.label === f.label) &&
    (!f.lang || p.lang === f.lang) &&
    (!f.q || p.text.toLowerCase().includes(f.q.toLowerCase()));

  /** Every stored post of the range in order (hour by hour, in arrival order), read a few pages at a time. */
  async function* scan(dataset: string, fromMs: number, toMs: number, start?: PostPosition): AsyncGenerator<{ post: StoredPost; at: PostPosition }> {
    for (let h = start?.hourMs ?? fromMs - (fromMs % HOUR_MS); h < toMs; h += HOUR_MS) {
      const key = keys.datasetPosts(dataset, hourKey(h));
      const resume = h === start?.hourMs ? start : undefined;
      for (let i = resume?.page ?? 0; ; i += CHUNK) {
        const pages = await redis.lrange(key, String(i), String(i + CHUNK - 1));
        for (let k = 0; k < pages.length; k++) {
          const records = recordsOfPage(pages[k]!);
          const from = resume && i + k === resume.page ? resume.record : 0;
          for (let r = from; r < records.length; r++) yield { post: decodeStoredPost(records[r]!), at: { hourMs: h, page: i + k, record: r } };
        }
        if (pages.length < CHUNK) break;
      }
    }
  }

  return {
    scan,

    async page(dataset: string, f: PostFilter, limit: number, cursor?: PostPosition): Promise<PostPage> {
      const posts: StoredPost[] = [];
      let scanned = 0;
      for await (const { post, at } of scan(dataset, f.fromMs, f.toMs, cursor)) {
        if (posts.length === limit || ++scanned > MAX_SCANNED) return { posts, nextCursor: encodeCursor(at) };
        if (matches(post, f, Date.parse(post.createdAt))) posts.push(post);
      }
      return { posts, nextCursor: null };
    },
  };
}

export type PostStore = ReturnType<typeof createPostStore>;
