import fs from 'node:fs';
import { parseXArchive } from '../../../src/ingest/parse-x-archive';
import { accepted, chunked, collect, fixture, options, rejected } from './helpers/ingest-fixtures';

describe('parseXArchive', () => {
  const text = fs.readFileSync(fixture('tweets.js'), 'utf8');

  it('reads the JSON after `window.YTD.tweets.part0 =` without evaluating it', async () => {
    const rows = await collect(parseXArchive(chunked(text, 11), options()));
    expect(accepted(rows)).toEqual([
      {
        id: '1070293214568435712',
        text: "@O2 no data since 5am, what's going on? = [not valid JS either] & <3",
        createdAt: new Date('2018-12-05T10:12:00Z'),
        lang: 'en',
      },
      { id: '1070299999999999999', text: 'Toujours pas de 4G 😤', createdAt: new Date('2018-12-06T06:30:15Z'), lang: 'fr' },
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 13, 21]);
  });

  it('rejects a tweet whose Twitter-style date does not exist', async () => {
    const rows = await collect(parseXArchive(chunked(text), options()));
    expect(rejected(rows)).toEqual([{ line: 21, reason: 'unparseable time "Thu Dec 32 07:30:15 +0000 2018" in field created_at' }]);
  });

  it('reads later parts and drops the `und` language', async () => {
    const rows = await collect(parseXArchive(chunked(fs.readFileSync(fixture('tweets-part1.js'), 'utf8')), options()));
    expect(accepted(rows)).toEqual([{ id: '1070400000000000000', text: 'part one', createdAt: new Date('2018-12-07T09:00:00Z') }]);
  });

  it('reports a truncated archive as a rejection for the unfinished tweet', async () => {
    const rows = await collect(parseXArchive(chunked(text.slice(0, text.indexOf('Toujours'))), options()));
    expect(accepted(rows)).toHaveLength(1);
    expect(rejected(rows)).toEqual([{ line: 13, reason: 'invalid JSON: the file ends inside the element starting at line 13' }]);
  });
});
