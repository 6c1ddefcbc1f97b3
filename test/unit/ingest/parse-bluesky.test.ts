import fs from 'node:fs';
import { parseBluesky } from '../../../src/ingest/parse-bluesky';
import { chunked, collect, fixture, options } from './helpers/ingest-fixtures';

const read = (name: string): string => fs.readFileSync(fixture(name), 'utf8');

describe('parseBluesky', () => {
  it('reads bare records and listRecords entries, and skips other record types with a reason', async () => {
    const rows = await collect(parseBluesky(chunked(read('bluesky-records.ndjson'), 31), options()));
    expect(rows).toEqual([
      { ok: true, line: 1, post: { id: expect.stringMatching(/^h[0-9a-f]{16}$/), text: 'bare record', createdAt: new Date('2018-12-06T10:00:00Z'), lang: 'en' } },
      {
        ok: true,
        line: 2,
        post: { id: 'at://did:plc:abc123/app.bsky.feed.post/3k2a', text: 'from listRecords', createdAt: new Date('2018-12-06T10:05:00Z'), author: 'did:plc:abc123', lang: 'en' },
      },
      { ok: false, line: 3, reason: 'not a post: app.bsky.feed.like is skipped' },
    ]);
  });

  it('reads getAuthorFeed pages with the author handle, and rejects reposts', async () => {
    const rows = await collect(parseBluesky(chunked(read('bluesky-feed.json'), 50), options()));
    expect(rows).toEqual([
      {
        ok: true,
        line: 3,
        post: { id: 'at://did:plc:abc123/app.bsky.feed.post/1', text: 'feed post', createdAt: new Date('2018-12-06T12:00:00Z'), author: 'alice.bsky.social', lang: 'fr' },
      },
      { ok: false, line: 5, reason: 'not a post: repost is skipped' },
    ]);
  });
});
