import { z } from 'zod';
import type { RowResult } from '../domain/post';
import { buildPost, type PostRules } from './build-post';
import { describeJson, isRecord } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { zodReason } from './zod-reason';

const recordSchema = z.looseObject({
  $type: z.string().optional(),
  text: z.string().optional(),
  createdAt: z.string().optional(),
  langs: z.array(z.string()).optional(),
});
type BskyRecord = z.infer<typeof recordSchema>;

/** `feed` (getAuthorFeed), `records` (listRecords) and `posts` (searchPosts) pages. */
const WRAPPERS: ReadonlySet<string> = new Set(['feed', 'records', 'posts']);
const POST_TYPE = 'app.bsky.feed.post';

interface Located {
  record: unknown;
  uri?: unknown;
  handle?: unknown;
}

/**
 * Bluesky posts: bare `app.bsky.feed.post` records, listRecords `{uri, value}` entries, and
 * getAuthorFeed / searchPosts pages (`post.record`, `post.author.handle`). Reposts and other
 * record types are rejections with a reason.
 */
export async function* parseBluesky(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const rules: PostRules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars };
  for await (const batch of readJsonUnits(text, { wrapperKeys: WRAPPERS, maxChars: options.maxRowBytes })) for (const unit of batch) {
    if (unit.kind === 'bad') yield { ok: false, line: unit.line, reason: unit.reason };
    else if (unit.kind === 'item') yield blueskyRow(unit.line, unit.value, rules);
  }
}

function blueskyRow(line: number, value: unknown, rules: PostRules): RowResult {
  if (!isRecord(value)) return { ok: false, line, reason: `not a post: expected a record, found ${describeJson(value)}` };
  const reason = isRecord(value.reason) ? String(value.reason.$type ?? '') : '';
  if (reason.includes('reasonRepost')) return { ok: false, line, reason: 'not a post: repost is skipped' };
  const found = locate(value);
  const parsed = recordSchema.safeParse(found.record);
  if (!parsed.success) return { ok: false, line, reason: zodReason('record', parsed.error) };
  const record: BskyRecord = parsed.data;
  if (record.$type !== undefined && record.$type !== POST_TYPE) return { ok: false, line, reason: `not a post: ${record.$type} is skipped` };
  const field = (name: string, v: unknown) => ({ value: v, kind: 'field' as const, name });
  const uri = typeof found.uri === 'string' ? found.uri : undefined;
  return buildPost(
    line,
    {
      text: field('text', record.text),
      time: field('createdAt', record.createdAt),
      id: field('uri', uri),
      author: field('author.handle', typeof found.handle === 'string' ? found.handle : didOf(uri)),
      lang: field('langs', record.langs?.[0]),
    },
    rules,
  );
}

/** Where the record sits: `post.record` (feed item), `record` (post view), `value` (listRecords), or itself. */
function locate(v: Record<string, unknown>): Located {
  const view = isRecord(v.post) ? v.post : isRecord(v.record) ? v : undefined;
  if (view) return { record: view.record, uri: view.uri, handle: isRecord(view.author) ? view.author.handle : undefined };
  if (isRecord(v.value)) return { record: v.value, uri: v.uri };
  return { record: v, uri: v.uri };
}

/** `at://did:plc:abc/app.bsky.feed.post/3k…` → `did:plc:abc` (listRecords names no handle). */
function didOf(uri: string | undefined): string | undefined {
  return uri ? /^at:\/\/([^/]+)\//.exec(uri)?.[1] : undefined;
}
