import type { Keys } from './keys';
import type { BatchToCommit } from './commit-batch';
import { SLOT_FIELDS, SLOT_MS, type SlotCounts } from '../domain/slot-counts';
import { dayKey, hourKey } from './day-key';
import { postFingerprint } from './post-fingerprint';
import { reasonKind } from './reason-kind';
import { encodeStoredPost } from './stored-post';
import { RECORD_SEPARATOR } from './stored-page';

/** Rejected rows kept per upload (the lowest lines), for the report (first 100) and the rejected-rows CSV. */
export const MAX_KEPT_REJECTIONS = 10_000;
/** A stored page holds at most this many records or characters, so pages pack into Redis's 8 KB list nodes. */
export const PAGE_RECORDS = 24;
export const PAGE_CHARS = 3_000;
/** Values per post in the payload's flat `p` array (see COMMIT_BATCH_LUA). */
export const POST_STRIDE = 10;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SLOTS_PER_DAY = DAY_MS / SLOT_MS;
/** Counter suffixes by code: the payload names a post's label and category by their index here. */
const FIELD_LIST = Object.values(SLOT_FIELDS);
const CODE = Object.fromEntries((Object.keys(SLOT_FIELDS) as (keyof SlotCounts)[]).map((k, i) => [k, i])) as Record<keyof SlotCounts, number>;
const FIELDS = FIELD_LIST.length;

export interface CommitArgs {
  keys: string[];
  /** ARGV: batch id, payload JSON, now, dataset, then the stored-post pages. */
  argv: string[];
}

/**
 * Everything the commit script needs for one batch, computed here so the script's work per post is one
 * SADD: the counters of all the batch's posts summed per day hash (the script takes a duplicate back
 * out), the posts' stored records cut into pages, and per post what a duplicate must undo.
 */
export function commitArgs(keys: Keys, b: BatchToCommit, nowMs: number): CommitArgs {
  const keyList = [
    keys.upload(b.uploadId), keys.uploadBatches(b.uploadId), keys.uploadErrors(b.uploadId),
    keys.uploadReasons(b.uploadId), keys.datasetMeta(b.dataset), keys.datasetVersions(),
  ];
  // Key strings are built once per distinct shard, day and hour of the batch, not once per post.
  const memo = (build: (n: number) => string) => {
    const index = new Map<number, number>();
    return (n: number): number => {
      let i = index.get(n);
      if (i === undefined) index.set(n, (i = keyList.push(build(n)))); // Lua KEYS are 1-based: the new length
      return i;
    };
  };
  const seenKey = memo((shard) => keys.datasetSeen(b.dataset, shard));
  const dayHash = memo((day) => keys.datasetDay(b.dataset, dayKey(day * DAY_MS)));
  const postsList = memo((hour) => keys.datasetPosts(b.dataset, hourKey(hour * HOUR_MS)));

  const counters = new Map<number, Float64Array>(); // day key index → [slot × FIELDS + field code]
  const pageKeys: number[] = [];
  const pages: string[][] = [];
  const open = new Map<number, { no: number; chars: number }>(); // hour → its page being filled
  const flat: (number | string)[] = [];
  for (const p of b.posts) {
    const slotStart = p.createdAtMs - (((p.createdAtMs % SLOT_MS) + SLOT_MS) % SLOT_MS);
    const dayNo = Math.floor(slotStart / DAY_MS);
    const day = dayHash(dayNo);
    const slot = Math.round((slotStart - dayNo * DAY_MS) / SLOT_MS);
    let c = counters.get(day);
    if (!c) counters.set(day, (c = new Float64Array(SLOTS_PER_DAY * FIELDS)));
    const a = p.analysis;
    const score = a.supported ? Math.round(a.sentiment.score * 1000) : 0;
    const label = a.supported ? CODE[a.sentiment.label] : CODE.unscored;
    const category = CODE[a.category];
    const at = slot * FIELDS;
    c[at + CODE.posts]! += 1;
    c[at + CODE.sumMilli]! += score;
    c[at + label]! += 1;
    c[at + category]! += 1;
    const flags = (a.flags.compensation ? 1 : 0) | (a.flags.question ? 2 : 0);
    if (flags & 1) c[at + CODE.compensation]! += 1;
    if (flags & 2) c[at + CODE.question]! += 1;

    const record = encodeStoredPost(p);
    const hour = Math.floor(p.createdAtMs / HOUR_MS);
    let page = open.get(hour);
    if (!page || pages[page.no - 1]!.length >= PAGE_RECORDS || page.chars + record.length > PAGE_CHARS) {
      page = { no: pages.push([]), chars: 0 };
      pageKeys.push(postsList(hour));
      open.set(hour, page);
    }
    pages[page.no - 1]!.push(record);
    page.chars += record.length + 1;

    const fp = postFingerprint(p.id);
    flat.push(seenKey(fp.shard), fp.member, page.no, day, slot, score, label, category, Math.floor(p.createdAtMs / 1000), flags);
  }

  const sums: (number | string)[][] = [];
  for (const [day, c] of counters) {
    const row: (number | string)[] = [day];
    for (let i = 0; i < c.length; i++) if (c[i] !== 0) row.push(`${Math.floor(i / FIELDS)}:${FIELD_LIST[i % FIELDS]}`, c[i]!);
    sums.push(row);
  }
  const reasons = new Map<string, number>();
  for (const r of b.rejections) {
    const kind = reasonKind(r.reason);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const payload = {
    p: flat,
    f: FIELD_LIST,
    q: [CODE.compensation + 1, CODE.question + 1],
    a: sums,
    g: pageKeys,
    r: b.rejections.length,
    n: b.rows,
    e: b.rejections.slice(0, MAX_KEPT_REJECTIONS).map((r) => [r.line, JSON.stringify({ line: r.line, reason: r.reason })]),
    k: [...reasons],
  };
  return {
    keys: keyList,
    argv: [`b${b.batch}`, JSON.stringify(payload), String(nowMs), b.dataset, ...pages.map((records) => records.join(RECORD_SEPARATOR))],
  };
}

// The commit script reads a post's `posts` and sentiment-sum counters as f[1] and f[2].
if (CODE.posts !== 0 || CODE.sumMilli !== 1) throw new Error('SLOT_FIELDS must list posts, then sumMilli, first');
