import { bucketStart, type BucketSize } from './bucket';
import { addSlotCounts, emptySlotCounts, SLOT_MS, type SlotCounts } from './slot-counts';
import { toZonedIso } from './time-zone';

export interface MoodBucket {
  start: string;
  posts: number;
  sentiment: { mean: number; negative: number; neutral: number; positive: number };
  categories: { complaint: number; support: number; humour: number; other: number };
  /** Posts demanding compensation or a refund, and posts asking a question, among `posts`. */
  flags: { compensation: number; question: number };
}

export interface RollupQuery {
  bucket: BucketSize;
  tz: string;
  /** Inclusive UTC ms; the first bucket is the one holding it. */
  fromMs: number;
  /** Exclusive UTC ms. */
  toMs: number;
}

/** Rolls 5-minute slots (keyed by UTC slot start) up into zero-filled buckets of the query's size and zone. */
export function rollupMood(slots: ReadonlyMap<number, SlotCounts>, q: RollupQuery): MoodBucket[] {
  const out: MoodBucket[] = [];
  let currentStart = Number.NaN;
  let acc = emptySlotCounts();
  const first = bucketStart(q.fromMs, q.bucket, q.tz);
  for (let slot = first - (first % SLOT_MS); slot < q.toMs; slot += SLOT_MS) {
    const start = bucketStart(slot, q.bucket, q.tz);
    if (start !== currentStart) {
      if (!Number.isNaN(currentStart)) out.push(toBucket(currentStart, acc, q.tz));
      currentStart = start;
      acc = emptySlotCounts();
    }
    const counts = slots.get(slot);
    if (counts) addSlotCounts(acc, counts);
  }
  if (!Number.isNaN(currentStart)) out.push(toBucket(currentStart, acc, q.tz));
  return out;
}

function toBucket(startMs: number, c: SlotCounts, tz: string): MoodBucket {
  const scored = c.posts - c.unscored;
  const mean = scored > 0 ? Math.round((c.sumMilli / 1000 / scored) * 10_000) / 10_000 : 0;
  return {
    start: toZonedIso(startMs, tz),
    posts: c.posts,
    sentiment: { mean, negative: c.negative, neutral: c.neutral, positive: c.positive },
    categories: { complaint: c.complaint, support: c.support, humour: c.humour, other: c.other },
    flags: { compensation: c.compensation, question: c.question },
  };
}
