import { offsetMinutes } from './time-zone';

export const BUCKET_SIZES = { '5m': 5, '15m': 15, '30m': 30, '1h': 60, '3h': 180, '6h': 360, '12h': 720, '1d': 1440 } as const;
export type BucketSize = keyof typeof BUCKET_SIZES;

export const isBucketSize = (v: string): v is BucketSize => Object.hasOwn(BUCKET_SIZES, v);

/**
 * UTC start of the bucket holding `utcMs`, with buckets aligned to local wall-clock time in `tz`.
 * Around a DST fall-back the repeated local hour gives two distinct buckets, as it should.
 */
export function bucketStart(utcMs: number, bucket: BucketSize, tz: string): number {
  const minutes = BUCKET_SIZES[bucket];
  const off = offsetMinutes(tz, utcMs) * 60_000;
  const local = utcMs + off;
  if (minutes < 1440) return local - mod(local, minutes * 60_000) - off;
  const localMidnight = local - mod(local, 86_400_000);
  // The offset at local midnight may differ from the offset now (DST day): resolve it at midnight.
  const guess = localMidnight - off;
  return localMidnight - offsetMinutes(tz, guess) * 60_000;
}

const mod = (a: number, b: number): number => ((a % b) + b) % b;
