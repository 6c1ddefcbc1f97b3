import { BatchBuilder } from '../../../src/jobs/batch-builder';
import { parseScoreJob } from '../../../src/jobs/job-payloads';

const post = (id: string, extra: { lang?: string; author?: string } = {}) => ({
  ok: true as const, line: 1, post: { id, text: `text ${id}`, createdAt: new Date(Date.UTC(2018, 11, 6, 5)), ...extra },
});

describe('BatchBuilder', () => {
  it('cuts rows into numbered batches of the given size, posts column by column', () => {
    const b = new BatchBuilder({ uploadId: 'up', dataset: 'ds' }, 3);
    expect(b.add(post('a', { lang: 'fr' }))).toBeUndefined();
    expect(b.add({ ok: false, line: 2, reason: 'no text' })).toBeUndefined();
    const first = b.add(post('c', { author: 'bob' }));
    expect(first).toEqual({
      uploadId: 'up', dataset: 'ds', batch: 0, rows: 3,
      posts: { id: ['a', 'c'], text: ['text a', 'text c'], t: [Date.UTC(2018, 11, 6, 5), Date.UTC(2018, 11, 6, 5)], lang: ['fr', ''], author: ['', 'bob'] },
      rejections: [{ line: 2, reason: 'no text' }],
    });
    b.add(post('d'));
    expect(b.flush()).toMatchObject({ batch: 1, rows: 1, posts: { id: ['d'] } });
    expect(b.flush()).toBeUndefined();
    expect(b.batches).toBe(2);
  });
});

describe('parseScoreJob', () => {
  const valid = () => {
    const b = new BatchBuilder({ uploadId: 'up', dataset: 'ds' }, 10);
    b.add(post('a'));
    return JSON.parse(JSON.stringify(b.flush())) as Record<string, unknown>;
  };

  it('accepts a batch as the builder makes it, after a JSON round trip', () => {
    expect(parseScoreJob(valid())).toMatchObject({ batch: 0, posts: { id: ['a'] } });
  });

  it.each([
    ['dataset', (j: Record<string, unknown>) => ({ ...j, dataset: '../x' })],
    ['batch', (j: Record<string, unknown>) => ({ ...j, batch: -1 })],
    ['posts.text', (j: Record<string, unknown>) => ({ ...j, posts: { ...(j.posts as object), text: [] } })],
    ['posts.t', (j: Record<string, unknown>) => ({ ...j, posts: { ...(j.posts as object), t: ['soon'] } })],
    ['rejections', (j: Record<string, unknown>) => ({ ...j, rejections: [{ line: 'x' }] })],
  ])('refuses a job whose %s is malformed, naming the field', (field, corrupt) => {
    expect(() => parseScoreJob(corrupt(valid()))).toThrow(`score job: ${field} is missing or malformed`);
  });
});
