import type { ExportFormat } from './export-format';
import { isRecord } from './generic-json-rows';
import { HEADER_ALIASES, normaliseHeader } from './header-aliases';
import type { JsonSample } from './sample-json';

export type Classified = { ok: true; format: ExportFormat } | { ok: false; reason: string };

const KNOWN = 'expected an array or NDJSON of posts, or an X archive, Twitter API v2, Mastodon outbox, Bluesky or Reddit export';

/** Names the export a JSON head belongs to, from its wrapper keys and the shape of its first item. */
export function classifyJson(sample: JsonSample): Classified {
  if (sample.top === 'array') {
    if (sample.first === undefined) return { ok: true, format: 'json-array' };
    if (!isRecord(sample.first)) return { ok: false, reason: `a JSON array of ${typeof sample.first}s is not a list of posts` };
    return classifyObject(sample.first, Object.keys(sample.first), 'json-array');
  }
  if (sample.top === 'object') return classifyObject(sample.members, sample.keys, sample.layout === 'lines' ? 'ndjson' : 'json-array');
  return { ok: false, reason: `a bare JSON value is not an export (${KNOWN})` };
}

function classifyObject(obj: Record<string, unknown>, keys: string[], generic: ExportFormat): Classified {
  const first = (key: string): Record<string, unknown> | undefined => {
    const v = obj[key];
    const item: unknown = Array.isArray(v) ? v[0] : v;
    return isRecord(item) ? item : undefined;
  };
  const has = (k: string): boolean => keys.includes(k);
  if (has('tweet') && isRecord(obj.tweet)) return { ok: true, format: 'x-archive' };
  if (has('orderedItems') || /^OrderedCollection/.test(String(obj.type)) || isActivity(obj)) return { ok: true, format: 'mastodon' };
  if (String(obj.$type).startsWith('app.bsky.') || has('feed') || isBlueskyRecord(first('records')?.value) || isBlueskyRecord(first('posts')?.record)) {
    return { ok: true, format: 'bluesky' };
  }
  if (isRecord(obj.record) && isBlueskyRecord(obj.record)) return { ok: true, format: 'bluesky' };
  if (has('data') && (has('includes') || has('meta') || isTweetV2(first('data')))) return { ok: true, format: 'twitter-v2' };
  if (isTweetV2(obj)) return { ok: true, format: 'twitter-v2' };
  if (has('created_utc') && (has('body') || has('selftext') || has('subreddit'))) return { ok: true, format: 'reddit' };
  const norm = keys.map(normaliseHeader);
  if (HEADER_ALIASES.text.some((alias) => norm.includes(alias))) return { ok: true, format: generic };
  const shown = keys.slice(0, 12).join(', ') || 'none';
  return { ok: false, reason: `JSON object with keys ${shown} is not a known export: no text field (${KNOWN})` };
}

function isActivity(obj: Record<string, unknown>): boolean {
  return (obj.type === 'Create' || obj.type === 'Announce') && 'object' in obj;
}

function isBlueskyRecord(v: unknown): boolean {
  return isRecord(v) && typeof v.$type === 'string' && v.$type.startsWith('app.bsky.');
}

function isTweetV2(v: Record<string, unknown> | undefined): boolean {
  return v !== undefined && typeof v.text === 'string' && ('author_id' in v || 'edit_history_tweet_ids' in v);
}
