import fs from 'node:fs';
import { parseMastodon } from '../../../src/ingest/parse-mastodon';
import { chunked, collect, fixture, options } from './helpers/ingest-fixtures';

describe('parseMastodon', () => {
  it('turns Create activities into posts with HTML stripped, and accounts for every other item', async () => {
    const rows = await collect(parseMastodon(chunked(fs.readFileSync(fixture('outbox.json'), 'utf8'), 23), options()));
    expect(rows).toEqual([
      {
        ok: true,
        line: 7,
        post: {
          id: 'https://mastodon.social/users/alice/statuses/1',
          text: 'Is #O2 down for everyone?\n\nNo data & no calls\nsince 5am',
          createdAt: new Date('2018-12-06T10:12:00Z'),
          author: 'alice@mastodon.social',
          lang: 'en',
        },
      },
      { ok: false, line: 21, reason: 'not a post: Announce (boost) is skipped' },
      {
        ok: true,
        line: 28,
        post: {
          id: 'https://mastodon.social/users/alice/statuses/3',
          text: 'Ancora niente rete — che disastro',
          createdAt: new Date('2018-12-06T10:00:00Z'),
          author: 'alice@mastodon.social',
          lang: 'it',
        },
      },
      { ok: false, line: 39, reason: 'not a post: Delete is skipped' },
    ]);
  });

  it('accounts for a cut-off outbox: posts before the cut, one rejection for the unfinished activity', async () => {
    const text = fs.readFileSync(fixture('outbox.json'), 'utf8');
    const rows = await collect(parseMastodon(chunked(text.slice(0, text.indexOf('Ancora'))), options()));
    expect(rows.map((r) => (r.ok ? r.line : `${r.line}: ${r.reason}`))).toEqual([
      7,
      '21: not a post: Announce (boost) is skipped',
      '28: invalid JSON: the file ends inside the element starting at line 28',
    ]);
  });
});
