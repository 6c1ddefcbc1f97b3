import { wallTimeToUtc, type WallTime } from './zoned-time';

/** Which number comes first in an all-numeric date like 06/12/2018 when neither is above 12. */
export type DateOrder = 'dmy' | 'mdy';

export interface TimeContext {
  tz: string;
  now: Date;
  /** Default for ambiguous slash dates; a field above 12 always decides by itself. */
  dateOrder?: DateOrder;
}

export type TimeResult = { ok: true; date: Date } | { ok: false; problem: string };

const EARLIEST_MS = Date.UTC(2006, 0, 1);
const DAY_MS = 86_400_000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const TIME = String.raw`(?:[T\s,]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}$`, 'i');
const NUMERIC_DMY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4}|\d{2})${TIME}${ZONE}$`, 'i');
const DAY_MONTH_NAME = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})${TIME}${ZONE}$`, 'i');
const MONTH_NAME_DAY = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}$`, 'i');
// Twitter v1.1 / X archive: "Wed Dec 05 10:12:00 +0000 2018"
const TWITTER = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})$/i;
const EPOCH = /^-?\d+(?:\.\d+)?$/;

/** Parses one timestamp from an export into a UTC instant, or says what is wrong with it. */
export function parseTime(value: unknown, ctx: TimeContext): TimeResult {
  const ms = toEpochMs(value, ctx);
  if (ms === undefined || !Number.isFinite(ms)) return { ok: false, problem: 'unparseable' };
  if (ms < EARLIEST_MS) return { ok: false, problem: 'before 2006' };
  if (ms > ctx.now.getTime() + DAY_MS) return { ok: false, problem: 'more than a day in the future' };
  return { ok: true, date: new Date(ms) };
}

function toEpochMs(value: unknown, ctx: TimeContext): number | undefined {
  if (typeof value === 'number') return epochToMs(value);
  if (typeof value !== 'string') return undefined;
  const iso = parseIsoUtc(value);
  if (iso !== undefined) return iso;
  const s = value.trim().replace(/^["']|["']$/g, '').trim();
  if (s === '') return undefined;
  if (EPOCH.test(s)) return epochToMs(Number(s));
  return parseTwitter(s) ?? parseYmd(s, ctx) ?? parseNumericDate(s, ctx) ?? parseMonthName(s, ctx);
}

/**
 * `2018-12-06T04:30:00Z` and `2018-12-06T04:30:00.123Z`, by far the commonest layout, read without a
 * regex. Anything else, or an impossible date in this layout, is left to the general parsers.
 */
export function parseIsoUtc(s: string): number | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(10) !== 84 || s.charCodeAt(n - 1) !== 90) return undefined; // T … Z
  if (s[4] !== '-' || s[7] !== '-' || s[13] !== ':' || s[16] !== ':' || (n === 24 && s[19] !== '.')) return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const ms = n === 24 ? digits(s, 20, 3) : 0;
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return undefined;
  if (d > 28 && d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, month: number): number {
  return month === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
}

/** The decimal number in s[from, from + count), or -1 when a character is not a digit. */
function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Seconds, milliseconds, microseconds or nanoseconds since 1970, told apart by magnitude. */
export function epochToMs(n: number): number | undefined {
  const abs = Math.abs(n);
  if (abs < 1e11) return n * 1000; // seconds (until year 5138)
  if (abs < 1e14) return n;
  if (abs < 1e17) return n / 1000;
  if (abs < 1e20) return n / 1e6;
  return undefined;
}

function parseTwitter(s: string): number | undefined {
  const m = TWITTER.exec(s);
  if (!m) return undefined;
  const month = monthIndex(m[1]);
  if (month === undefined) return undefined;
  const wall = { year: +m[7]!, month, day: +m[2]!, hour: +m[3]!, minute: +m[4]!, second: +m[5]!, ms: 0 };
  return withZone(wall, m[6], 'UTC');
}

function parseYmd(s: string, ctx: TimeContext): number | undefined {
  const m = YMD.exec(s);
  if (!m) return undefined;
  return build(+m[1]!, +m[2]!, +m[3]!, m.slice(4, 10), ctx);
}

function parseNumericDate(s: string, ctx: TimeContext): number | undefined {
  const m = NUMERIC_DMY.exec(s);
  if (!m) return undefined;
  const a = +m[1]!;
  const b = +m[3]!;
  const year = m[4]!.length === 2 ? 2000 + +m[4]! : +m[4]!;
  // Dotted dates (06.12.2018) are day-first everywhere; otherwise a field above 12 decides,
  // and a truly ambiguous date follows the file's order (default day-first).
  const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && (ctx.dateOrder ?? 'dmy') === 'dmy');
  return dayFirst ? build(year, b, a, m.slice(5, 11), ctx) : build(year, a, b, m.slice(5, 11), ctx);
}

function parseMonthName(s: string, ctx: TimeContext): number | undefined {
  const dm = DAY_MONTH_NAME.exec(s);
  if (dm) {
    const month = monthIndex(dm[2]);
    return month === undefined ? undefined : build(+dm[3]!, month, +dm[1]!, dm.slice(4, 10), ctx);
  }
  const md = MONTH_NAME_DAY.exec(s);
  if (!md) return undefined;
  const month = monthIndex(md[1]);
  return month === undefined ? undefined : build(+md[3]!, month, +md[2]!, md.slice(4, 10), ctx);
}

/** `t` = [hour, minute, second, fraction, am/pm, zone], each possibly undefined. */
function build(year: number, month: number, day: number, t: (string | undefined)[], ctx: TimeContext): number | undefined {
  const [h, mi, sec, frac, ampm, zone] = t;
  let hour = h === undefined ? 0 : +h;
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
  }
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const wall = { year, month, day, hour, minute: mi === undefined ? 0 : +mi, second: sec === undefined ? 0 : +sec, ms };
  return withZone(wall, zone, ctx.tz);
}

function withZone(w: WallTime, zone: string | undefined, tz: string): number | undefined {
  if (!isValidWallTime(w)) return undefined;
  if (zone === undefined) return wallTimeToUtc(w, tz);
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!z) return naive; // Z, UTC, GMT
  const offset = (+z[2]! * 60 + +(z[3] ?? 0)) * 60_000;
  return z[1] === '+' ? naive - offset : naive + offset;
}

function isValidWallTime(w: WallTime): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 60) return false;
  const daysInMonth = new Date(Date.UTC(w.year, w.month, 0)).getUTCDate();
  return w.day <= daysInMonth;
}

function monthIndex(name: string | undefined): number | undefined {
  const i = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/**
 * Decides a file's slash-date order from sample values: a field above 12 on either side settles
 * it; otherwise the side that varies while the other stays fixed is the day (an outage export
 * spans days of one month). Undefined when the sample cannot tell (callers default to day-first).
 */
export function inferDateOrder(samples: Iterable<string>): DateOrder | undefined {
  const firsts = new Set<number>();
  const seconds = new Set<number>();
  for (const s of samples) {
    const m = /^\s*["']?(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}/.exec(s);
    if (!m) continue;
    if (+m[1]! > 12) return 'dmy';
    if (+m[2]! > 12) return 'mdy';
    firsts.add(+m[1]!);
    seconds.add(+m[2]!);
  }
  if (firsts.size === 1 && seconds.size > 1) return 'mdy';
  if (seconds.size === 1 && firsts.size > 1) return 'dmy';
  return undefined;
}
