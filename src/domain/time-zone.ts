const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when `tz` is an IANA zone name (or UTC) the runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** Minutes to add to UTC to get local time in `tz` at the instant `utcMs` (e.g. +330 for Asia/Kolkata). */
export function offsetMinutes(tz: string, utcMs: number): number {
  // Zones change offset only on whole minutes; cache per 15-minute step, which every real transition respects.
  const step = Math.floor(utcMs / 900_000);
  const key = `${tz}|${step}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts = formatterFor(tz).formatToParts(new Date(step * 900_000));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = Math.round((asUtc - step * 900_000) / 60_000);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** Formats an instant as ISO 8601 with the zone's offset at that instant, e.g. `2018-12-06T05:30:00+05:30`. */
export function toZonedIso(utcMs: number, tz: string): string {
  const off = offsetMinutes(tz, utcMs);
  const local = new Date(utcMs + off * 60_000).toISOString().slice(0, 19);
  if (off === 0) return `${local}Z`;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
