import type { RowResult } from '../domain/post';
import { contentHashId } from './content-hash-id';
import { normaliseLang } from './normalise-lang';
import { parseTime, type DateOrder } from './parse-time';

/** One raw value from a row and where it came from, for reasons like `column "Full Text"`. */
export interface SourcedValue {
  value: unknown;
  /** `column` for tabular exports, `field` for JSON ones. */
  kind: 'column' | 'field';
  name: string;
}

export type RawPost = Partial<Record<'text' | 'time' | 'date' | 'id' | 'author' | 'lang', SourcedValue>>;

export interface PostRules {
  tz: string;
  now: Date;
  maxTextChars: number;
  dateOrder?: DateOrder;
}

const TIME_OF_DAY = /^\s*\d{1,2}:\d{2}/;

/** Turns the raw values of one row into a post, or a rejection naming the field at fault. */
export function buildPost(line: number, raw: RawPost, rules: PostRules): RowResult {
  const text = readText(raw.text, rules.maxTextChars);
  if (!text.ok) return { ok: false, line, reason: text.reason };
  const time = readTime(raw, rules);
  if (!time.ok) return { ok: false, line, reason: time.reason };
  const author = readString(raw.author)?.replace(/^@/, '');
  const lang = normaliseLang(raw.lang?.value);
  const id = readString(raw.id) ?? contentHashId(text.text, time.date, author);
  const post = { id, text: text.text, createdAt: time.date, ...(author ? { author } : {}), ...(lang ? { lang } : {}) };
  return { ok: true, line, post };
}

type Checked<T> = ({ ok: true } & T) | { ok: false; reason: string };

function describe(v: SourcedValue | undefined, fallback: string): string {
  return v ? `${v.kind} "${v.name}"` : fallback;
}

function readText(v: SourcedValue | undefined, max: number): Checked<{ text: string }> {
  const value = v?.value;
  if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number') {
    return { ok: false, reason: `text in ${describe(v, 'text')} is not a string` };
  }
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (text === '') {
    const where = describe(v, 'no text column or field');
    return { ok: false, reason: v ? `missing text (${where} is ${value === undefined ? 'missing' : 'empty'})` : `missing text (${where})` };
  }
  if (text.length > max) return { ok: false, reason: `text too long (${text.length} chars, max ${max})` };
  return { ok: true, text };
}

function readTime(raw: RawPost, rules: PostRules): Checked<{ date: Date }> {
  const time = present(raw.time) ? raw.time : undefined;
  const date = present(raw.date) ? raw.date : undefined;
  let value: unknown;
  let where: string;
  if (time && date && typeof time.value === 'string' && TIME_OF_DAY.test(time.value)) {
    value = `${String(date.value).trim()} ${time.value.trim()}`;
    where = `${date.kind}s ${date.name} + ${time.name}`;
  } else if (time ?? date) {
    const src = (time ?? date)!;
    value = src.value;
    where = `${src.kind} ${src.name}`;
  } else {
    const named = raw.time ?? raw.date;
    return { ok: false, reason: named ? `missing time (${named.kind} "${named.name}" is empty)` : 'missing time (no time column or field)' };
  }
  const parsed = parseTime(value, rules);
  if (parsed.ok) return { ok: true, date: parsed.date };
  const shown = JSON.stringify(clip(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)));
  if (parsed.problem === 'unparseable') return { ok: false, reason: `unparseable time ${shown} in ${where}` };
  return { ok: false, reason: `time ${shown} in ${where} is ${parsed.problem}` };
}

function present(v: SourcedValue | undefined): v is SourcedValue {
  return v !== undefined && v.value !== undefined && v.value !== null && String(v.value).trim() !== '';
}

function readString(v: SourcedValue | undefined): string | undefined {
  if (!v || (typeof v.value !== 'string' && typeof v.value !== 'number')) return undefined;
  const s = String(v.value).trim();
  return s === '' ? undefined : s;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
