/** Wall-clock times in an IANA zone, converted to UTC with Intl only (no tz database package). */

import { offsetMinutes } from '../domain/time-zone';

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/**
 * UTC instant of a wall time in `tz`. In a DST gap the later offset wins; in an overlap the
 * earlier instant (first occurrence) wins, as most exporters write local time that way.
 */
export function wallTimeToUtc(w: WallTime, tz: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  if (tz === 'UTC' || tz === 'Etc/UTC') return naive;
  const first = naive - offsetMinutes(tz, naive) * 60_000;
  const second = naive - offsetMinutes(tz, first) * 60_000;
  return Math.min(first, second);
}
