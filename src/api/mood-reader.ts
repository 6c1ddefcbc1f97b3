import { BUCKET_SIZES } from '../domain/bucket';
import { findMoodTurns, type MoodTurn } from '../domain/find-mood-turns';
import { mostNegativeBucket, type MostNegativeBucket } from '../domain/most-negative-bucket';
import { moodTrend, type MoodTrend } from '../domain/mood-trend';
import { rollupMood, type MoodBucket } from '../domain/rollup-mood';
import { SLOT_MS, type SlotCounts } from '../domain/slot-counts';
import { AppError, notFound } from '../errors/app-error';
import type { DatasetInfo, DatasetStore } from '../store/dataset-store';
import { toJsonAnswer, type JsonAnswer } from './json-answer';
import type { MoodQuery } from './mood-query';
import { MAX_BUCKETS, MAX_RANGE_MS, moodQueryKey } from './mood-query';

const DAY_MS = 86_400_000;
const startOfDay = (ms: number): number => ms - (ms % DAY_MS);

export interface MoodAnswer {
  dataset: string;
  bucket: string;
  tz: string;
  from: string | null;
  to: string | null;
  series: MoodBucket[];
  /** When the share of negative posts moved to a new level (find-mood-turns.ts). */
  turns: MoodTurn[];
  /** The latest buckets with posts against those just before them; null when too few posts. */
  trend: MoodTrend | null;
  mostNegative: MostNegativeBucket | null;
}

interface CachedSlots {
  version: number;
  fromMs: number;
  toMs: number;
  slots: Map<number, SlotCounts>;
}

/**
 * Serves mood series from Redis slot aggregates. Keeps a per-dataset in-process copy of the slots,
 * reused while the dataset's version is unchanged: one HGET per request instead of re-reading hashes.
 */
export function createMoodReader(datasets: DatasetStore, maxCached = 32) {
  const cache = new Map<string, CachedSlots>();
  // Whole answers, serialised, per dataset version and query: a hot dashboard query costs one HGET.
  const answers = new Map<string, JsonAnswer>();

  async function slotsFor(name: string, version: number, fromMs: number, toMs: number): Promise<Map<number, SlotCounts>> {
    const hit = cache.get(name);
    if (hit && hit.version === version && hit.fromMs <= fromMs && hit.toMs >= toMs) return hit.slots;
    const slots = await datasets.readSlots(name, fromMs, toMs);
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value as string);
    cache.set(name, { version, fromMs, toMs, slots });
    return slots;
  }

  async function mood(name: string, q: MoodQuery, info: DatasetInfo | undefined): Promise<MoodAnswer> {
    if (!info) throw notFound(`no dataset named "${name}"`);
    const empty = { dataset: name, bucket: q.bucket, tz: q.tz, from: null, to: null, series: [], turns: [], trend: null, mostNegative: null };
    if ((q.from === undefined || q.to === undefined) && (!info.from || !info.to)) return empty;
    const fromMs = q.from ?? Date.parse(info.from!);
    const toMs = q.to ?? Date.parse(info.to!) + 1;
    if (toMs - fromMs > MAX_RANGE_MS) throw new AppError('bad_request', 'the range from..to may span at most 400 days', 400);
    if ((toMs - fromMs) / (BUCKET_SIZES[q.bucket] * 60_000) > MAX_BUCKETS) {
      throw new AppError('bad_request', `that range holds more than ${MAX_BUCKETS} buckets of ${q.bucket}: use a larger bucket`, 400);
    }
    // Read whole UTC days covering both the dataset and the query (plus a day either side for zones far
    // from UTC), so any neighbouring query or time zone reuses the cached copy.
    const readFrom = startOfDay(Math.min(fromMs, info.from ? Date.parse(info.from) : fromMs)) - DAY_MS;
    const readTo = startOfDay(Math.max(toMs, info.to ? Date.parse(info.to) + SLOT_MS : toMs)) + 2 * DAY_MS;
    const slots = await slotsFor(name, info.version, readFrom, readTo);
    const series = rollupMood(slots, { bucket: q.bucket, tz: q.tz, fromMs, toMs });
    const to = new Date(toMs).toISOString();
    return {
      dataset: name, bucket: q.bucket, tz: q.tz, from: new Date(fromMs).toISOString(), to, series,
      turns: findMoodTurns(series, to), trend: moodTrend(series, to), mostNegative: mostNegativeBucket(series),
    };
  }

  return {
    mood: async (name: string, q: MoodQuery): Promise<MoodAnswer> => mood(name, q, await datasets.get(name)),

    /**
     * The same answer serialised, cached while the dataset's version is unchanged. Versions only grow
     * (deleting a dataset bumps it too), so the version alone tells whether a cached answer still holds.
     */
    async moodAnswer(name: string, q: MoodQuery): Promise<JsonAnswer> {
      const hit = answers.get(moodQueryKey(name, await datasets.version(name), q));
      if (hit !== undefined) return hit;
      const info = await datasets.get(name);
      const answer = toJsonAnswer(await mood(name, q, info));
      if (answers.size >= maxCached * 8) answers.delete(answers.keys().next().value as string);
      if (info) answers.set(moodQueryKey(name, info.version, q), answer);
      return answer;
    },
  };
}

export type MoodReader = ReturnType<typeof createMoodReader>;
