import fs from 'node:fs';
import { parseTwitterV2 } from '../../../src/ingest/parse-twitter-v2';
import { accepted, chunked, collect, fixture, options, rejected } from './helpers/ingest-fixtures';

const read = (name: string): string => fs.readFileSync(fixture(name), 'utf8');

describe('parseTwitterV2', () => {
  it('resolves author_id through includes.users, even though includes come after data', async () => {
    const rows = await collect(parseTwitterV2(chunked(read('twitter-v2-page.json'), 9), options()));
    expect(rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(accepted(rows)).toEqual([
      { id: '1070293214568435712', text: '@O2 still down', createdAt: new Date('2018-12-06T10:12:00Z'), author: 'alice', lang: 'en' },
      { id: '1070293214568435713', text: 'The full long text of a note tweet', createdAt: new Date('2018-12-06T10:13:00Z'), author: 'bob', lang: 'en' },
      { id: '1070293214568435714', text: 'who?', createdAt: new Date('2018-12-06T10:14:00Z'), author: '999' },
    ]);
  });

  it('reads NDJSON of pages, skipping empty pages and rejecting a tweet without text', async () => {
    const rows = await collect(parseTwitterV2(chunked(read('twitter-v2-pages.ndjson'), 17), options()));
    expect(accepted(rows).map((p) => [p.id, p.author])).toEqual([
      ['1', 'seven'],
      ['2', 'seven'],
    ]);
    expect(rejected(rows)).toEqual([{ line: 3, reason: 'missing text (field "text" is missing)' }]);
  });

  it('reads tweets one per line with an expanded author, as twarc writes them', async () => {
    const line = '{"id":"5","text":"flat","created_at":"2018-12-06T10:00:00Z","author_id":"1","author":{"username":"flatuser"}}\n';
    expect(accepted(await collect(parseTwitterV2(chunked(line), options())))).toMatchObject([{ id: '5', author: 'flatuser' }]);
  });

  it('reads a JSON array of pages item by item, even when a page is larger than maxRowBytes', async () => {
    const page = (n: number, from: number) => ({
      data: Array.from({ length: n }, (_, k) => ({ id: String(from + k), text: `tweet ${from + k} ${'x'.repeat(200)}`, created_at: '2018-12-06T10:00:00Z', author_id: '1' })),
      includes: { users: [{ id: '1', username: 'one' }] },
    });
    const json = JSON.stringify([page(30, 0), page(30, 30)], null, 1);
    const rows = await collect(parseTwitterV2(chunked(json, 1000), options({ maxRowBytes: 4096 })));
    expect(rejected(rows)).toEqual([]);
    expect(accepted(rows)).toHaveLength(60);
    expect(new Set(accepted(rows).map((p) => p.author))).toEqual(new Set(['one']));
  });
});
