/** FNV-1a over the UTF-16 code units of text[start, end), never 0. */
export function hashSlice(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 1;
}

/** What a SliceTable stores: a value that knows its own key and the hashSlice of it. */
export interface SliceEntry {
  readonly key: string;
  readonly hash: number;
}

/**
 * A bounded table of entries keyed by string that is probed with a slice of a longer string
 * (`text[start, end)`), so a hit costs neither a substring nor V8's hashing of one: the tokenizer
 * meets most words thousands of times and only needs the word itself on a miss. Open addressing
 * with linear probing; each entry carries its key and hash, so a probe touches one slot, the entry
 * and its key.
 */
export class SliceTable<V extends SliceEntry> {
  private readonly slots: Array<V | undefined>;
  private readonly mask: number;
  private count = 0;

  /** `capacity`: most entries kept; the table has twice as many slots, so probes stay short. */
  constructor(private readonly capacity: number) {
    let size = 1;
    while (size < capacity * 2) size *= 2;
    this.slots = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** The entry whose key equals text[start, end); `hash` is hashSlice(text, start, end). */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === undefined) return undefined;
      if (entry.hash === hash && sameText(entry.key, text, start, end)) return entry;
    }
  }

  /** Adds `entry` unless the table is full. Callers add only keys that `get` did not find. */
  add(entry: V): void {
    if (this.count >= this.capacity) return;
    let slot = entry.hash & this.mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
    this.count++;
  }
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
