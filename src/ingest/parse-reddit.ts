import { z } from 'zod';
import type { RowResult } from '../domain/post';
import { buildPost, type PostRules } from './build-post';
import { decodeBasicEntities } from './decode-basic-entities';
import { describeJson, isRecord } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { zodReason } from './zod-reason';

const itemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  name: z.string().optional(),
  author: z.string().nullable().optional(),
  body: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  selftext: z.string().nullable().optional(),
  created_utc: z.union([z.number(), z.string()]).optional(),
  subreddit: z.string().optional(),
});

const NO_WRAPPERS: ReadonlySet<string> = new Set();
const GONE = new Set(['[deleted]', '[removed]']);

/**
 * Reddit comments and submissions as Pushshift-style NDJSON (or a JSON array): `body`, or
 * `title` + `selftext`, with `created_utc` in epoch seconds (sometimes quoted). Deleted and
 * removed texts are rejections.
 */
export async function* parseReddit(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const rules: PostRules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars };
  for await (const batch of readJsonUnits(text, { wrapperKeys: NO_WRAPPERS, maxChars: options.maxRowBytes })) for (const unit of batch) {
    if (unit.kind === 'bad') yield { ok: false, line: unit.line, reason: unit.reason };
    else if (unit.kind === 'item') yield redditRow(unit.line, unit.value, rules);
  }
}

function redditRow(line: number, value: unknown, rules: PostRules): RowResult {
  if (!isRecord(value)) return { ok: false, line, reason: `not a post: expected an object, found ${describeJson(value)}` };
  const parsed = itemSchema.safeParse(value);
  if (!parsed.success) return { ok: false, line, reason: zodReason('Reddit item', parsed.error) };
  const item = parsed.data;
  const field = (name: string, v: unknown) => ({ value: v, kind: 'field' as const, name });
  let textField;
  if (typeof item.body === 'string') {
    if (GONE.has(item.body.trim())) return { ok: false, line, reason: `not a post: body is "${item.body.trim()}"` };
    textField = field('body', decodeBasicEntities(item.body));
  } else {
    const self = item.selftext && !GONE.has(item.selftext.trim()) ? item.selftext : '';
    textField = field('title', decodeBasicEntities([item.title ?? '', self].filter((s) => s.trim() !== '').join('\n\n')));
  }
  const author = item.author && !GONE.has(item.author) ? item.author : undefined;
  return buildPost(
    line,
    { text: textField, time: field('created_utc', item.created_utc), id: field('id', item.id ?? item.name), author: field('author', author) },
    rules,
  );
}
