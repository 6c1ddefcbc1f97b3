import { z } from 'zod';
import type { RowResult } from '../domain/post';
import { buildPost, type RawPost } from './build-post';
import { decodeBasicEntities } from './decode-basic-entities';
import { describeJson, isRecord } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { stripAssignment } from './strip-assignment';
import { zodReason } from './zod-reason';

const tweetSchema = z.looseObject({
  full_text: z.string().optional(),
  text: z.string().optional(),
  created_at: z.string().optional(),
  id_str: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  lang: z.string().optional(),
});

const NO_WRAPPERS: ReadonlySet<string> = new Set();

/**
 * X/Twitter archive `tweets.js`: `window.YTD.tweets.part0 = [ {"tweet": {…}} ]`. The JSON after
 * `=` is streamed (never evaluated); `full_text`, `created_at` (`Wed Dec 05 10:12:00 +0000 2018`),
 * `id_str` and `lang` make the post. Archives do not name the author in tweets.js.
 */
export async function* parseXArchive(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const { json, startLine } = await stripAssignment(text);
  const rules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars };
  for await (const batch of readJsonUnits(json, { wrapperKeys: NO_WRAPPERS, maxChars: options.maxRowBytes, startLine })) for (const unit of batch) {
    if (unit.kind === 'bad') yield { ok: false, line: unit.line, reason: unit.reason };
    if (unit.kind !== 'item') continue;
    const value = isRecord(unit.value) && isRecord(unit.value.tweet) ? unit.value.tweet : unit.value;
    if (!isRecord(value)) {
      yield { ok: false, line: unit.line, reason: `not a post: expected a tweet object, found ${describeJson(value)}` };
      continue;
    }
    const parsed = tweetSchema.safeParse(value);
    if (!parsed.success) {
      yield { ok: false, line: unit.line, reason: zodReason('tweet', parsed.error) };
      continue;
    }
    yield buildPost(unit.line, tweetFields(parsed.data), rules);
  }
}

function tweetFields(t: z.infer<typeof tweetSchema>): RawPost {
  const field = (name: string, value: unknown) => ({ value, kind: 'field' as const, name });
  return {
    text: t.full_text !== undefined ? field('full_text', unescape(t.full_text)) : field('text', unescape(t.text)),
    time: field('created_at', t.created_at),
    id: t.id_str !== undefined ? field('id_str', t.id_str) : field('id', t.id),
    lang: field('lang', t.lang),
  };
}

const unescape = (s: string | undefined): string | undefined => (s === undefined ? s : decodeBasicEntities(s));
