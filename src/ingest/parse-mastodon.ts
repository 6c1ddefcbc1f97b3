import { z } from 'zod';
import type { RowResult } from '../domain/post';
import { buildPost, type PostRules } from './build-post';
import { describeJson, isRecord } from './generic-json-rows';
import type { ResolvedOptions } from './parse-options';
import { readJsonUnits } from './read-json-units';
import { stripHtml } from './strip-html';
import { zodReason } from './zod-reason';

const noteSchema = z.looseObject({
  type: z.string().optional(),
  id: z.string().optional(),
  url: z.string().optional(),
  content: z.string().optional(),
  contentMap: z.record(z.string(), z.string()).optional(),
  published: z.string().optional(),
  attributedTo: z.string().optional(),
});
const activitySchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  actor: z.string().optional(),
  published: z.string().optional(),
  object: z.unknown(),
});

const WRAPPERS: ReadonlySet<string> = new Set(['orderedItems']);
const POST_TYPES = new Set(['Note', 'Article', 'Question', 'Page']);

/**
 * Mastodon outbox (`outbox.json`, an ActivityStreams OrderedCollection): each `Create` of a Note
 * is a post whose HTML content is stripped to text. Boosts (`Announce`) and other activities are
 * rejections with a reason, so every item is accounted for.
 */
export async function* parseMastodon(text: AsyncIterable<string>, options: ResolvedOptions): AsyncGenerator<RowResult> {
  const rules: PostRules = { tz: options.tz, now: options.now, maxTextChars: options.maxTextChars };
  for await (const batch of readJsonUnits(text, { wrapperKeys: WRAPPERS, maxChars: options.maxRowBytes })) for (const unit of batch) {
    if (unit.kind === 'bad') yield { ok: false, line: unit.line, reason: unit.reason };
    else if (unit.kind === 'item') yield activityRow(unit.line, unit.value, rules);
  }
}

function activityRow(line: number, value: unknown, rules: PostRules): RowResult {
  if (!isRecord(value)) return { ok: false, line, reason: `not a post: expected an activity, found ${describeJson(value)}` };
  if (typeof value.type === 'string' && POST_TYPES.has(value.type)) return noteRow(line, value, undefined, rules);
  const parsed = activitySchema.safeParse(value);
  if (!parsed.success) return { ok: false, line, reason: zodReason('activity', parsed.error) };
  const activity = parsed.data;
  if (activity.type === 'Announce') return { ok: false, line, reason: 'not a post: Announce (boost) is skipped' };
  if (activity.type !== 'Create') return { ok: false, line, reason: `not a post: ${activity.type} is skipped` };
  if (!isRecord(activity.object)) return { ok: false, line, reason: 'not a post: Create without an embedded object is skipped' };
  return noteRow(line, activity.object, activity, rules);
}

function noteRow(line: number, value: Record<string, unknown>, activity: z.infer<typeof activitySchema> | undefined, rules: PostRules): RowResult {
  const parsed = noteSchema.safeParse(value);
  if (!parsed.success) return { ok: false, line, reason: zodReason('note', parsed.error) };
  const note = parsed.data;
  if (note.type && !POST_TYPES.has(note.type)) return { ok: false, line, reason: `not a post: Create of ${note.type} is skipped` };
  const [lang, mapped] = Object.entries(note.contentMap ?? {})[0] ?? [];
  const html = note.content ?? mapped;
  const field = (name: string, v: unknown) => ({ value: v, kind: 'field' as const, name });
  return buildPost(
    line,
    {
      text: field(note.content !== undefined ? 'object.content' : 'object.contentMap', html === undefined ? undefined : stripHtml(html)),
      time: note.published ? field('object.published', note.published) : field('published', activity?.published),
      id: field('object.id', note.id ?? note.url ?? activity?.id),
      author: field('actor', actorName(note.attributedTo ?? activity?.actor)),
      lang: field('object.contentMap', lang),
    },
    rules,
  );
}

/** `https://mastodon.social/users/alice` → `alice@mastodon.social`. */
function actorName(actor: string | undefined): string | undefined {
  if (!actor) return undefined;
  const m = /^https?:\/\/([^/]+)\/(?:users\/|@)([^/?#]+)/.exec(actor);
  return m ? `${m[2]}@${m[1]}` : actor;
}
