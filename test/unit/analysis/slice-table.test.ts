import { hashSlice, SliceTable } from '../../../src/analysis/slice-table';

interface Entry {
  key: string;
  hash: number;
  n: number;
}
const entry = (key: string, n: number, hash = hashSlice(key, 0, key.length)): Entry => ({ key, hash, n });

describe('hashSlice', () => {
  it('hashes a slice as it hashes the same string on its own, never as 0', () => {
    expect(hashSlice('say hello!', 4, 9)).toBe(hashSlice('hello', 0, 5));
    expect(hashSlice('', 0, 0)).not.toBe(0);
  });
});

describe('SliceTable', () => {
  it('finds an entry by a slice of a longer text', () => {
    const table = new SliceTable<Entry>(10);
    table.add(entry('signal', 1));
    table.add(entry('no', 2));
    const text = 'no signal again';
    expect(table.get(text, 3, 9, hashSlice(text, 3, 9))?.n).toBe(1);
    expect(table.get(text, 0, 2, hashSlice(text, 0, 2))?.n).toBe(2);
    expect(table.get(text, 10, 15, hashSlice(text, 10, 15))).toBeUndefined();
  });

  it('tells keys with the same hash apart by their text', () => {
    const table = new SliceTable<Entry>(10);
    table.add(entry('abc', 1, 7));
    table.add(entry('abd', 2, 7));
    table.add(entry('ab', 3, 7));
    expect(table.get('xabdx', 1, 4, 7)?.n).toBe(2);
    expect(table.get('xabx', 1, 3, 7)?.n).toBe(3);
    expect(table.get('xabex', 1, 4, 7)).toBeUndefined();
  });

  it('keeps no more entries than its capacity', () => {
    const table = new SliceTable<Entry>(2);
    for (const [k, key] of ['one', 'two', 'three'].entries()) table.add(entry(key, k));
    const found = ['one', 'two', 'three'].filter((key) => table.get(key, 0, key.length, hashSlice(key, 0, key.length)) !== undefined);
    expect(found).toEqual(['one', 'two']);
  });
});
