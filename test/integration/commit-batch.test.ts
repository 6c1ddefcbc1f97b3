import type { Analysis } from '../../src/domain/analysis';
import { commitBatch, type BatchToCommit } from '../../src/store/commit-batch';
import { createPostStore } from '../../src/store/post-store';
import { openTestCore } from '../helpers/test-core';

const analysis = (label: Analysis['sentiment']['label'], score: number, category: Analysis['category'], supported = true, flags = { compensation: false, question: false }): Analysis => ({
  lang: supported ? 'en' : 'ja', supported, sentiment: { score, comparative: score, label }, category, confidence: 0.9, flags,
});

const batch = (n: number, ids: string[], extra: Partial<BatchToCommit> = {}): BatchToCommit => ({
  uploadId: 'up_test', dataset: 'ds', batch: n, rows: ids.length,
  posts: ids.map((id, i) => ({ id, text: `post ${id}`, createdAtMs: Date.parse('2018-12-06T05:00:00Z') + i * 60_000, analysis: analysis('negative', -0.5, 'complaint') })),
  rejections: [], ...extra,
});

describe('commitBatch', () => {
  const core = openTestCore();
  afterAll(() => core.close());
  beforeEach(async () => {
    await core.uploads.create({ uploadId: 'up_test', dataset: 'ds', bytes: 10 });
  });

  it('counts new posts once and a retried batch not at all', async () => {
    const first = await commitBatch(core.redis, core.keys, batch(0, ['a', 'b', 'c']));
    expect(first).toEqual({ applied: true, accepted: 3, duplicates: 0, uploadDone: false });
    const retried = await commitBatch(core.redis, core.keys, batch(0, ['a', 'b', 'c']));
    expect(retried.applied).toBe(false);
    const report = await core.uploads.get('up_test');
    expect(report).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 });
    expect((await core.datasets.get('ds'))?.posts).toBe(3);
  });

  it('treats an id seen in an earlier batch as a duplicate', async () => {
    await commitBatch(core.redis, core.keys, batch(1, ['d', 'e']));
    const next = await commitBatch(core.redis, core.keys, batch(2, ['e', 'f']));
    expect(next).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('stores each post once and counts a duplicate nowhere, even when it shares a page with new posts', async () => {
    await core.uploads.create({ uploadId: 'up_dup', dataset: 'dup', bytes: 1 });
    const at = Date.parse('2018-12-06T05:00:00Z');
    // a demands compensation, b and d ask a question: a duplicate's flags must come back out with its other counts
    const flags = (id: string) => ({ compensation: id === 'a', question: id === 'b' || id === 'd' });
    const post = (id: string, label: Analysis['sentiment']['label'], score: number, category: Analysis['category']) => ({ id, text: `post ${id}`, createdAtMs: at, analysis: analysis(label, score, category, true, flags(id)) });
    const commit = (n: number, posts: BatchToCommit['posts']) => commitBatch(core.redis, core.keys, { uploadId: 'up_dup', dataset: 'dup', batch: n, rows: posts.length, posts, rejections: [] });
    await commit(0, [post('a', 'negative', -0.5, 'complaint'), post('b', 'positive', 0.75, 'support')]);
    // b again (scored differently: the first count stands), then new c, and d twice within the batch
    const second = await commit(1, [post('b', 'negative', -0.9, 'complaint'), post('c', 'neutral', 0.125, 'other'), post('d', 'positive', 0.5, 'humour'), post('d', 'positive', 0.5, 'humour')]);
    expect(second).toMatchObject({ accepted: 2, duplicates: 2 });
    const third = await commit(2, [post('a', 'negative', -0.5, 'complaint'), post('c', 'neutral', 0.125, 'other')]);
    expect(third).toMatchObject({ accepted: 0, duplicates: 2 });

    const slots = await core.datasets.readSlots('dup', at, at + 3_600_000);
    expect([...slots.values()]).toEqual([{
      posts: 4, sumMilli: -500 + 750 + 125 + 500, negative: 1, neutral: 1, positive: 2, unscored: 0,
      complaint: 1, support: 1, humour: 1, other: 1, compensation: 1, question: 2,
    }]);
    const stored: string[][] = [];
    for await (const { post: p } of createPostStore(core.redis, core.keys).scan('dup', at, at + 3_600_000)) stored.push([p.id, p.category]);
    expect(stored).toEqual([['a', 'complaint'], ['b', 'support'], ['c', 'other'], ['d', 'humour']]);
    expect(await core.redis.llen(core.keys.datasetPosts('dup', '2018120605'))).toBe(2); // batch 2 stored no page
  });

  it('keeps every new post of a batch whose pages mix new posts and duplicates', async () => {
    await core.uploads.create({ uploadId: 'up_pages', dataset: 'pages', bytes: 1 });
    const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `x${from + i}`);
    const commit = (n: number, list: string[]) => commitBatch(core.redis, core.keys, { ...batch(n, list), uploadId: 'up_pages', dataset: 'pages' });
    await commit(0, ids(0, 50));
    // 60 posts over several pages of one hour: the first 25 were seen in batch 0
    expect(await commit(1, ids(25, 85))).toMatchObject({ accepted: 35, duplicates: 25 });
    const stored: string[] = [];
    for await (const { post } of createPostStore(core.redis, core.keys).scan('pages', Date.parse('2018-12-06T00:00:00Z'), Date.parse('2018-12-07T00:00:00Z'))) stored.push(post.id);
    expect(stored.sort()).toEqual(ids(0, 85).sort());
    expect((await core.datasets.get('pages'))?.posts).toBe(85);
  });

  it('gives the same aggregates whatever order concurrent batches land in', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `c${i % 250}`); // 50 in-file duplicates
    const batches = [0, 1, 2].map((n) => ({ ...batch(n, ids.slice(n * 100, n * 100 + 100)), uploadId: 'up_conc', dataset: 'conc' }));
    await core.uploads.create({ uploadId: 'up_conc', dataset: 'conc', bytes: 1 });
    await Promise.all(batches.reverse().map((b) => commitBatch(core.redis, core.keys, b)));
    const report = await core.uploads.get('up_conc');
    expect(report).toMatchObject({ accepted: 250, duplicates: 50 });
  });

  it('keeps the first 100 rejected rows by line and counts every rejection by reason', async () => {
    await core.uploads.create({ uploadId: 'up_rej', dataset: 'rej', bytes: 1 });
    const rejections = (from: number) => Array.from({ length: 80 }, (_, i) => ({ line: from + i, reason: `unparseable time "t${i}" in column created_at` }));
    await commitBatch(core.redis, core.keys, { ...batch(1, []), uploadId: 'up_rej', dataset: 'rej', rows: 80, rejections: rejections(81) });
    await commitBatch(core.redis, core.keys, { ...batch(0, []), uploadId: 'up_rej', dataset: 'rej', rows: 80, rejections: rejections(1) });
    const report = await core.uploads.get('up_rej');
    expect(report?.rejected).toBe(160);
    expect(report?.errors).toHaveLength(100);
    expect(report?.errors[0]).toEqual({ line: 1, reason: 'unparseable time "t0" in column created_at' });
    expect(report?.errors[99]?.line).toBe(100);
    expect(report?.rejectedByReason).toEqual({ 'unparseable time "…" in column created_at': 160 });
  });

  it('marks the upload done when the last of its batches lands, in either order', async () => {
    await core.uploads.create({ uploadId: 'up_done', dataset: 'dn', bytes: 1 });
    const b = (n: number) => ({ ...batch(n, [`z${n}`]), uploadId: 'up_done', dataset: 'dn' });
    await commitBatch(core.redis, core.keys, b(0));
    expect(await core.uploads.finishParsing('up_done', 2, { bytesRead: 1, rowsRead: 2 })).toBe('scoring');
    expect((await commitBatch(core.redis, core.keys, b(1))).uploadDone).toBe(true);
    expect((await core.uploads.get('up_done'))?.state).toBe('done');
  });

  it('leaves posts in an unsupported language out of the sentiment counts', async () => {
    await core.uploads.create({ uploadId: 'up_ja', dataset: 'ja', bytes: 1 });
    const posts = [{ id: 'j1', text: 'データが使えない', createdAtMs: Date.parse('2018-12-06T05:00:00Z'), analysis: analysis('neutral', 0, 'other', false) }];
    await commitBatch(core.redis, core.keys, { uploadId: 'up_ja', dataset: 'ja', batch: 0, rows: 1, posts, rejections: [] });
    const slots = await core.datasets.readSlots('ja', Date.parse('2018-12-06T00:00:00Z'), Date.parse('2018-12-07T00:00:00Z'));
    expect([...slots.values()]).toEqual([expect.objectContaining({ posts: 1, unscored: 1, neutral: 0, other: 1, sumMilli: 0 })]);
  });
});
