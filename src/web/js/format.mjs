/** Time and number formatting in the chosen time zone. */

const cache = new Map();
function fmt(tz, withTime) {
  const key = `${tz}|${withTime}`;
  if (!cache.has(key)) {
    cache.set(key, new Intl.DateTimeFormat(undefined, {
      timeZone: tz, weekday: 'short', day: 'numeric', month: 'short',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { year: 'numeric' }),
    }));
  }
  return cache.get(key);
}

export const BUCKET_MS = { '15m': 900_000, '1h': 3_600_000, '1d': 86_400_000 };

/** "Thu 6 Dec, 05:00" (or "Thu 6 Dec 2018" for daily buckets) in `tz`. */
export const formatBucket = (iso, bucket, tz) => fmt(tz, bucket !== '1d').format(new Date(iso));

export const formatTime = (iso, tz) => fmt(tz, true).format(new Date(iso));

export const formatMood = (mean) => `${mean > 0 ? '+' : mean < 0 ? '−' : ''}${Math.abs(mean).toFixed(2)}`;

export const moodWord = (mean) => (mean <= -0.35 ? 'very negative' : mean <= -0.1 ? 'negative' : mean < 0.1 ? 'mixed' : mean < 0.35 ? 'positive' : 'very positive');

export const percent = (n, total) => (total > 0 ? `${Math.round((n / total) * 100)}%` : '–');

export const CATEGORIES = ['complaint', 'support', 'humour', 'other'];

const tickCache = new Map();
/** Ticks closer than this (CSS px) get the short day line ("Thu 6"): "Thu, Dec 6" would run into its neighbour. */
const SHORT_DAY_BELOW_PX = 96;

/**
 * Axis tick labels in `tz`: "14:00", with the day added on the first tick and at each new day. The labels for
 * `seconds` depend on `spacePx`, the distance between ticks: below SHORT_DAY_BELOW_PX the day is written short.
 */
export function timeTicks(tz, daily) {
  const key = `${tz}|${daily}`;
  if (!tickCache.has(key)) {
    tickCache.set(key, {
      day: new Intl.DateTimeFormat(undefined, { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short' }),
      shortDay: new Intl.DateTimeFormat(undefined, { timeZone: tz, weekday: 'short', day: 'numeric' }),
      time: new Intl.DateTimeFormat(undefined, { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    });
  }
  const f = tickCache.get(key);
  return (seconds, spacePx = Infinity) => {
    const dayFormat = spacePx < SHORT_DAY_BELOW_PX ? f.shortDay : f.day;
    let lastDay = '';
    return seconds.map((s) => {
      const d = new Date(s * 1000);
      const day = dayFormat.format(d);
      const label = daily ? day : day !== lastDay ? `${f.time.format(d)}\n${day}` : f.time.format(d);
      lastDay = day;
      return label;
    });
  };
}
