import { withRecentVersions } from '../../../src/api/recent-versions';
import type { DatasetStore } from '../../../src/store/dataset-store';

/** A dataset store whose versions are set by the test; it counts the version reads that reach it. */
function storeWith(versions: Record<string, number>) {
  const reads: string[] = [];
  const store = {
    version: async (name: string) => { reads.push(name); return versions[name] ?? 0; },
    delete: async (name: string) => { versions[name] = (versions[name] ?? 0) + 1; return true; },
  } as unknown as DatasetStore;
  return { store, reads };
}

describe('withRecentVersions', () => {
  it('asks the store once per dataset within the age limit, and again after it', async () => {
    let t = 1000;
    const versions = { o2: 5 };
    const { store, reads } = storeWith(versions);
    const d = withRecentVersions(store, { maxAgeMs: 100, now: () => t });
    expect(await d.version('o2')).toBe(5);
    versions.o2 = 6;
    t += 99;
    expect(await d.version('o2')).toBe(5);
    t += 1;
    expect(await d.version('o2')).toBe(6);
    expect(reads).toEqual(['o2', 'o2']);
  });

  it('shares one read between concurrent requests', async () => {
    const { store, reads } = storeWith({ o2: 3 });
    const d = withRecentVersions(store, { now: () => 0 });
    expect(await Promise.all([d.version('o2'), d.version('o2'), d.version('o2')])).toEqual([3, 3, 3]);
    expect(reads).toEqual(['o2']);
  });

  it('keeps each dataset apart', async () => {
    const { store } = storeWith({ o2: 1, orange: 9 });
    const d = withRecentVersions(store, { now: () => 0 });
    expect([await d.version('o2'), await d.version('orange')]).toEqual([1, 9]);
  });

  it('reads again at once after forget (an upload reported finished) and after a delete', async () => {
    const versions = { o2: 1 };
    const { store } = storeWith(versions);
    const d = withRecentVersions(store, { now: () => 0 });
    expect(await d.version('o2')).toBe(1);
    versions.o2 = 2;
    d.forget('o2');
    expect(await d.version('o2')).toBe(2);
    await d.delete('o2');
    expect(await d.version('o2')).toBe(3);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const reads: number[] = [];
    const store = { version: async () => { reads.push(1); if (fail) throw new Error('redis down'); return 4; } } as unknown as DatasetStore;
    const d = withRecentVersions(store, { now: () => 0 });
    await expect(d.version('o2')).rejects.toThrow('redis down');
    fail = false;
    expect(await d.version('o2')).toBe(4);
    expect(reads).toHaveLength(2);
  });

  it('leaves the store\'s other reads as they are', async () => {
    const store = { version: async () => 1, list: async () => [{ name: 'o2' }] } as unknown as DatasetStore;
    expect(await withRecentVersions(store).list()).toEqual([{ name: 'o2' }]);
  });
});
