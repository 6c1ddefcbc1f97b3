import fs from 'node:fs';
import { parseReddit } from '../../../src/ingest/parse-reddit';
import { chunked, collect, fixture, options } from './helpers/ingest-fixtures';

describe('parseReddit', () => {
  it('reads comments and submissions with epoch seconds, quoted or not', async () => {
    const rows = await collect(parseReddit(chunked(fs.readFileSync(fixture('reddit.ndjson'), 'utf8'), 40), options()));
    expect(rows).toEqual([
      { ok: true, line: 1, post: { id: 'ebx1', text: 'O2 is down again > quoted & more', createdAt: new Date(1544090000 * 1000), author: 'alice' } },
      { ok: false, line: 2, reason: 'not a post: body is "[removed]"' },
      { ok: true, line: 3, post: { id: 'a6b7', text: 'O2 outage megathread\n\nPost updates here', createdAt: new Date(1544090200 * 1000), author: 'bob' } },
      { ok: true, line: 4, post: { id: 'a6b8', text: 'Link post', createdAt: new Date(1544090300 * 1000), author: 'carol' } },
      { ok: false, line: 5, reason: 'unparseable time "soon" in field created_utc' },
    ]);
  });
});
