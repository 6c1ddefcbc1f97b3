import type { DatasetStore } from '../store/dataset-store';

/** How long the API reuses a dataset's version before asking Redis again (README, Read). */
export const VERSION_MAX_AGE_MS = 100;
/** Names remembered at most; past it the memory starts again (clients may ask for any name). */
const MAX_NAMES = 1000;

export interface RecentVersions extends DatasetStore {
  /** Asks Redis again on the next read: after an upload is reported finished, or a delete. */
  forget(name: string): void;
}

/**
 * The dataset store with `version` asked of Redis at most once per `maxAgeMs` per dataset, and concurrent
 * reads sharing one request. Mood and summary answers are cached per version, so under load a request
 * then costs no Redis call at all: an answer can be up to `maxAgeMs` behind the workers, never behind a
 * finished upload whose report this API served, or a delete it made.
 */
export function withRecentVersions(inner: DatasetStore, o: { maxAgeMs?: number; now?: () => number } = {}): RecentVersions {
  const maxAgeMs = o.maxAgeMs ?? VERSION_MAX_AGE_MS;
  const now = o.now ?? Date.now;
  // The age counts from when the read was sent, so a slow answer is not kept longer.
  const asked = new Map<string, { at: number; version: Promise<number> }>();
  return {
    ...inner,
    version(name) {
      const hit = asked.get(name);
      if (hit && now() - hit.at < maxAgeMs) return hit.version;
      if (asked.size >= MAX_NAMES) asked.clear();
      const entry = { at: now(), version: inner.version(name) };
      asked.set(name, entry);
      entry.version.catch(() => { if (asked.get(name) === entry) asked.delete(name); });
      return entry.version;
    },
    async delete(name) {
      try {
        return await inner.delete(name);
      } finally {
        asked.delete(name);
      }
    },
    forget(name) {
      asked.delete(name);
    },
  };
}
