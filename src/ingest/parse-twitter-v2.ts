import { z } from 'zod';
import type { RowResult } from '../domain/post';
import { buildPost, type PostRules, type RawPost } from './build-post';
import { decodeBasicEntities } from './decode-basic-entities';
import { describeJson, isRecord } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { zodReason } from './zod-reason';

const tweetSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().optional(),
  note_tweet: z.looseObject({ text: z.string().optional() }).optional(),
  created_at: z.string().optional(),
  author_id: z.union([z.string(), z.number()]).optional(),
  author: z.looseObject({ username: z.string().optional() }).optional(),
  lang: z.string().optional(),
});
const usersSchema = z.array(z.looseObject({ id: z.union([z.string(), z.number()]), username: z.string() }));
type Tweet = z.infer<typeof tweetSchema>;

const WRAPPERS: ReadonlySet<string> = new Set(['data']);
/** Tweets waiting for their page's `includes.users` (which may follow `data`); bounded per page. */
const MAX_PENDING = 10_000;
const MAX_USERS = 200_000;

/**
 * Twitter API v2 responses, one page or many (JSON, NDJSON of pages, or tweets one per line as
 * twarc writes them). `author_id` is resolved through the page's `includes.users` to a username;
 * when a page does not include its author, the author is the numeric `author_id`.
 */
export async function* parseTwitterV2(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const rules: PostRules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars };
  const users = new Map<string, string>();
  // Rejections met while tweets wait join the queue, so rows stay in file order.
  let pending: ({ line: number; tweet: unknown } | { line: number; reason: string })[] = [];
  const flush = function* (): Generator<RowResult> {
    for (const p of pending) yield 'reason' in p ? { ok: false, line: p.line, reason: p.reason } : tweetRow(p.line, p.tweet, users, rules);
    pending = [];
  };
  for await (const batch of readJsonUnits(text, { wrapperKeys: WRAPPERS, maxChars: options.maxRowBytes })) for (const unit of batch) {
    if (unit.kind === 'bad') {
      if (pending.length > 0) pending.push({ line: unit.line, reason: unit.reason });
      else yield { ok: false, line: unit.line, reason: unit.reason };
    } else if (unit.kind === 'member' && unit.key === 'includes') {
      learnUsers(unit.value, users);
    } else if (unit.kind === 'item' && unit.key === 'data') {
      pending.push({ line: unit.line, tweet: unit.value });
      if (pending.length >= MAX_PENDING) yield* flush();
    } else if (unit.kind === 'item') {
      yield* standalone(unit.line, unit.value, users, rules);
    } else if (unit.kind === 'page-end') {
      yield* flush();
    }
  }
  yield* flush();
}

/** A line or element that is not inside a `data` array: a bare tweet, a one-tweet lookup, or an empty page. */
function* standalone(line: number, value: unknown, users: Map<string, string>, rules: PostRules): Generator<RowResult> {
  if (isRecord(value) && !('text' in value) && ('meta' in value || 'data' in value)) {
    learnUsers(value.includes, users);
    if (isRecord(value.data)) yield tweetRow(line, value.data, users, rules);
    return; // an empty result page holds no rows
  }
  yield tweetRow(line, value, users, rules);
}

function learnUsers(includes: unknown, users: Map<string, string>): void {
  if (!isRecord(includes)) return;
  const parsed = usersSchema.safeParse(includes.users);
  if (!parsed.success) return;
  if (users.size > MAX_USERS) users.clear();
  for (const u of parsed.data) users.set(String(u.id), u.username);
}

function tweetRow(line: number, value: unknown, users: Map<string, string>, rules: PostRules): RowResult {
  if (!isRecord(value)) return { ok: false, line, reason: `not a post: expected a tweet object, found ${describeJson(value)}` };
  const parsed = tweetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, line, reason: zodReason('tweet', parsed.error) };
  return buildPost(line, tweetFields(parsed.data, users), rules);
}

function tweetFields(t: Tweet, users: Map<string, string>): RawPost {
  const field = (name: string, value: unknown) => ({ value, kind: 'field' as const, name });
  const authorId = t.author_id === undefined ? undefined : String(t.author_id);
  const username = t.author?.username ?? (authorId ? users.get(authorId) : undefined);
  return {
    text: t.note_tweet?.text ? field('note_tweet.text', decodeBasicEntities(t.note_tweet.text)) : field('text', t.text && decodeBasicEntities(t.text)),
    time: field('created_at', t.created_at),
    id: field('id', t.id),
    author: username ? field('includes.users.username', username) : field('author_id', authorId),
    lang: field('lang', t.lang),
  };
}
