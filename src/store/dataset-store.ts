import type { Redis } from 'ioredis';
import { SLOT_FIELDS, SLOT_MS, emptySlotCounts, type SlotCounts } from '../domain/slot-counts';
import { dayKey, hourKey } from './day-key';
import { SEEN_SHARDS, type Keys } from './keys';

export interface DatasetInfo {
  name: string;
  posts: number;
  /** Earliest and latest post time (ISO, UTC); null before any post is counted. */
  from: string | null;
  to: string | null;
  /** Bumped by every batch that adds posts: readers cache aggregates per version. */
  version: number;
}

const FIELD_TO_COUNTER = new Map(Object.entries(SLOT_FIELDS).map(([k, v]) => [v, k as keyof SlotCounts]));
const DAY_MS = 86_400_000;

/** Reads of dataset aggregates and metadata; writes happen only in commitBatch. */
export function createDatasetStore(redis: Redis, keys: Keys) {
  const info = (name: string, h: Record<string, string>, version: string | null): DatasetInfo => ({
    name,
    posts: Number(h.posts ?? 0),
    from: h.minT ? new Date(Number(h.minT) * 1000).toISOString() : null,
    to: h.maxT ? new Date(Number(h.maxT) * 1000).toISOString() : null,
    version: Number(version ?? 0),
  });

  return {
    async exists(name: string): Promise<boolean> {
      return (await redis.sismember(keys.datasets(), name)) === 1;
    },

    async get(name: string): Promise<DatasetInfo | undefined> {
      const [[, member], [, meta], [, version]] = (await redis.pipeline().sismember(keys.datasets(), name).hgetall(keys.datasetMeta(name)).hget(keys.datasetVersions(), name).exec()) as [[null, number], [null, Record<string, string>], [null, string | null]];
      return member === 1 ? info(name, meta, version) : undefined;
    },

    async version(name: string): Promise<number> {
      return Number((await redis.hget(keys.datasetVersions(), name)) ?? 0);
    },

    async list(): Promise<DatasetInfo[]> {
      const names = (await redis.smembers(keys.datasets())).sort();
      const pipe = redis.pipeline();
      for (const n of names) pipe.hgetall(keys.datasetMeta(n)).hget(keys.datasetVersions(), n);
      const rows = (await pipe.exec()) ?? [];
      return names.map((n, i) => info(n, (rows[2 * i]?.[1] as Record<string, string>) ?? {}, (rows[2 * i + 1]?.[1] as string | null) ?? null));
    },

    /** 5-minute slot counters between two instants, keyed by the slot's UTC start (ms). */
    async readSlots(name: string, fromMs: number, toMs: number): Promise<Map<number, SlotCounts>> {
      const days: number[] = [];
      for (let d = fromMs - (fromMs % DAY_MS); d < toMs; d += DAY_MS) days.push(d);
      const pipe = redis.pipeline();
      for (const d of days) pipe.hgetall(keys.datasetDay(name, dayKey(d)));
      const rows = (await pipe.exec()) ?? [];
      const slots = new Map<number, SlotCounts>();
      days.forEach((d, i) => {
        const h = (rows[i]?.[1] as Record<string, string>) ?? {};
        for (const [field, value] of Object.entries(h)) {
          const sep = field.indexOf(':');
          const counter = FIELD_TO_COUNTER.get(field.slice(sep + 1));
          if (!counter) continue;
          const slotMs = d + Number(field.slice(0, sep)) * SLOT_MS;
          let c = slots.get(slotMs);
          if (!c) slots.set(slotMs, (c = emptySlotCounts()));
          c[counter] += Number(value);
        }
      });
      return slots;
    },

    /** Removes every key of a dataset: aggregates, dedupe shards, its uploads' records. */
    async delete(name: string): Promise<boolean> {
      const meta = await redis.hgetall(keys.datasetMeta(name));
      const existed = (await redis.sismember(keys.datasets(), name)) === 1;
      const toDelete: string[] = [keys.datasetMeta(name), keys.datasetUploads(name)];
      if (meta.minT && meta.maxT) {
        for (let d = Number(meta.minT) * 1000 - ((Number(meta.minT) * 1000) % DAY_MS); d <= Number(meta.maxT) * 1000; d += DAY_MS) {
          toDelete.push(keys.datasetDay(name, dayKey(d)));
        }
        for (let h = Number(meta.minT) * 1000 - ((Number(meta.minT) * 1000) % 3_600_000); h <= Number(meta.maxT) * 1000; h += 3_600_000) {
          toDelete.push(keys.datasetPosts(name, hourKey(h)));
        }
      }
      for (let s = 0; s < SEEN_SHARDS; s++) toDelete.push(keys.datasetSeen(name, s));
      for (const id of await redis.zrange(keys.datasetUploads(name), '0', '-1')) {
        toDelete.push(keys.upload(id), keys.uploadBatches(id), keys.uploadErrors(id), keys.uploadReasons(id));
      }
      const pipe = redis.pipeline();
      for (let i = 0; i < toDelete.length; i += 500) pipe.unlink(...toDelete.slice(i, i + 500));
      pipe.srem(keys.datasets(), name);
      pipe.hincrby(keys.datasetVersions(), name, 1); // readers' caches of the old data expire with it
      await pipe.exec();
      return existed;
    },
  };
}

export type DatasetStore = ReturnType<typeof createDatasetStore>;

