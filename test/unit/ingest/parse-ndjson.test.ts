import fs from 'node:fs';
import { parseNdjson } from '../../../src/ingest/parse-ndjson';
import { accepted, chunked, collect, fixture, options, rejected } from './helpers/ingest-fixtures';

describe('parseNdjson', () => {
  const text = fs.readFileSync(fixture('posts.ndjson'), 'utf8');

  it('turns each line into a post, with nested user names, epoch seconds and quoted milliseconds', async () => {
    const rows = await collect(parseNdjson(chunked(text, 13), options()));
    const posts = accepted(rows);
    expect(posts[0]).toEqual({ id: 'a1', text: 'O2 down again', createdAt: new Date('2018-12-06T08:00:00Z'), author: 'alice', lang: 'en' });
    expect(posts.slice(1).map((p) => [p.text, p.createdAt.toISOString(), p.author])).toEqual([
      ['no id here', '2018-12-06T08:00:00.000Z', 'bob'],
      ['millis', '2018-12-06T08:00:00.000Z', undefined],
    ]);
  });

  it('rejects a broken line with the JSON error and carries on with the next line', async () => {
    const rows = await collect(parseNdjson(chunked(text, 13), options()));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    const reasons = rejected(rows);
    expect(reasons[0]).toEqual({ line: 2, reason: expect.stringMatching(/^invalid JSON: Unexpected token/) });
    expect(reasons.slice(1)).toEqual([
      { line: 6, reason: 'not a post: expected an object, found an array' },
      { line: 7, reason: 'missing text (field "text" is empty)' },
      { line: 8, reason: 'time "2031-01-01T00:00:00Z" in field created_at is more than a day in the future' },
    ]);
  });

  it('gives a post without an id a stable content-hash id', async () => {
    const once = accepted(await collect(parseNdjson(chunked(text), options())));
    const again = accepted(await collect(parseNdjson(chunked(text, 3), options())));
    expect(once[1]!.id).toMatch(/^h[0-9a-f]{16}$/);
    expect(again[1]!.id).toBe(once[1]!.id);
    expect(once[2]!.id).not.toBe(once[1]!.id);
  });

  it('rejects a 50 MB single line without holding it, and reads the next line', async () => {
    async function* huge(): AsyncGenerator<string> {
      yield '{"text":"';
      const block = 'y'.repeat(1024 * 1024);
      for (let i = 0; i < 50; i++) yield block;
      yield '","created_at":"2018-12-06T08:00:00Z"}\n{"text":"after","created_at":"2018-12-06T08:00:00Z"}\n';
    }
    const rows = await collect(parseNdjson(huge(), options()));
    expect(rejected(rows)).toEqual([{ line: 1, reason: expect.stringMatching(/^record too long \(\d{8} chars, max 1048576\)$/) }]);
    expect(accepted(rows).map((p) => p.text)).toEqual(['after']);
  });

  it('strips the HTML of Mastodon API statuses and finds account.acct', async () => {
    const status = { id: '109', created_at: '2018-12-06T10:00:00.000Z', language: 'en', content: '<p>Down &amp; out<br>again</p>', account: { acct: 'alice@example.social' } };
    const rows = await collect(parseNdjson(chunked(`${JSON.stringify(status)}\n`), options()));
    expect(accepted(rows)).toEqual([{ id: '109', text: 'Down & out\nagain', createdAt: new Date('2018-12-06T10:00:00Z'), author: 'alice@example.social', lang: 'en' }]);
  });

  it('rejects an over-long line in the middle of an NDJSON file as that line', async () => {
    const ok = '{"text":"fine","created_at":"2018-12-06T08:00:00Z"}';
    const text = [ok, `{"text":"${'w'.repeat(3000)}"}`, ok].join('\n');
    const rows = await collect(parseNdjson(chunked(text, 100), options({ maxRowBytes: 2048 })));
    expect(rows.map((r) => (r.ok ? r.line : `${r.line}: ${r.reason}`))).toEqual([1, '2: line too long (3011 chars, max 2048)', 3]);
  });

  it('rejects a 10 MB text field as too long when the row limit lets it through', async () => {
    const long = 'z'.repeat(10 * 1024 * 1024);
    const line = JSON.stringify({ text: long, created_at: '2018-12-06T08:00:00Z' });
    const rows = await collect(parseNdjson(chunked(line, 65536), options({ maxRowBytes: 16 * 1024 * 1024 })));
    expect(rejected(rows)).toEqual([{ line: 1, reason: `text too long (${long.length} chars, max 20000)` }]);
  });
});
