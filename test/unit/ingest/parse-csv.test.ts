import fs from 'node:fs';
import { parseCsv } from '../../../src/ingest/parse-csv';
import { accepted, chunked, collect, fixture, options, rejected } from './helpers/ingest-fixtures';

const read = (name: string): string => fs.readFileSync(fixture(name), 'utf8');

describe('parseCsv', () => {
  it('maps columns by their common names and keeps the file order', async () => {
    const rows = await collect(parseCsv(chunked(read('generic.csv')), options()));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(accepted(rows)).toEqual([
      { id: '1', text: 'Still no signal, @O2 what is going on?', createdAt: new Date('2018-12-06T08:12:00Z'), author: 'alice', lang: 'en' },
      { id: '2', text: 'Plus de réseau depuis ce matin', createdAt: new Date('2018-12-06T09:30:00Z'), author: 'bob', lang: 'fr' },
    ]);
  });

  it('reports the line of a row with no text and of an unparseable time, naming the column', async () => {
    const rows = await collect(parseCsv(chunked(read('generic.csv')), options()));
    expect(rejected(rows)).toEqual([
      { line: 4, reason: 'missing text (column "text" is empty)' },
      { line: 5, reason: 'unparseable time "yesterday" in column created_at' },
    ]);
  });

  it('reads semicolons, doubled quotes, CRLF and a quoted field over two lines', async () => {
    const rows = await collect(parseCsv(chunked(read('semicolon-crlf.csv'), 5), options()));
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(accepted(rows).map((p) => [p.text, p.author, p.createdAt.toISOString()])).toEqual([
      ['Semicolons; and "quotes" inside', 'eve', '2018-12-06T10:12:00.000Z'],
      ['A post\r\nover two lines', 'frank', '2018-12-13T07:00:00.000Z'],
    ]);
  });

  it('finds the header after a social-listening preamble and uses Full Text, Date and Url', async () => {
    const rows = await collect(parseCsv(chunked(read('brandwatch-preamble.csv'), 64), options()));
    expect(rows).toEqual([
      {
        ok: true,
        line: 7,
        post: { id: 'https://twitter.com/alice/status/1070', text: 'No data on O2 since 5am', createdAt: new Date('2018-12-06T10:12:00Z'), author: 'alice', lang: 'en' },
      },
      {
        ok: true,
        line: 8,
        post: { id: 'https://twitter.com/bob/status/1071', text: 'Day ruined. Thanks O2', createdAt: new Date('2018-12-06T10:13:30Z'), author: 'bob', lang: 'en' },
      },
    ]);
  });

  it('combines separate Date and Time columns of a tab-separated export, in the given time zone', async () => {
    const rows = await collect(parseCsv(chunked(read('date-time-columns.tsv')), options({ tz: 'Europe/London' })));
    expect(accepted(rows).map((p) => [p.text, p.createdAt.toISOString()])).toEqual([
      ['Data is back on O2!', '2018-12-07T08:45:00.000Z'],
      ['Still nothing here', '2018-12-06T23:05:00.000Z'],
    ]);
    expect(accepted(rows)[0]!.id).toMatch(/^h[0-9a-f]{16}$/);
  });

  it('rejects rows whose width does not match the header instead of guessing', async () => {
    const rows = await collect(parseCsv(chunked(read('mixed-delimiters.csv')), options()));
    expect(accepted(rows).map((p) => p.text)).toEqual(['first post', 'fourth post']);
    expect(rejected(rows)).toEqual([
      { line: 3, reason: 'row has 1 field, header has 3' },
      { line: 4, reason: 'row has 5 fields, header has 3 (an unquoted "," inside a field?)' },
    ]);
  });

  it('throws a 422 AppError naming the columns when no column holds text', async () => {
    await expect(collect(parseCsv(chunked(read('no-text-column.csv')), options()))).rejects.toMatchObject({
      code: 'no_text_column',
      status: 422,
      message: expect.stringContaining('columns seen: name, created_at, score'),
    });
  });

  it('uses an explicit column map over the common names', async () => {
    const csv = 'Body Copy,When,text\nhello there,2018-12-06 10:00,ignored\n';
    const rows = await collect(parseCsv(chunked(csv), options({ map: { text: 'Body Copy', time: 'When' } })));
    expect(accepted(rows).map((p) => p.text)).toEqual(['hello there']);
  });

  it('rejects a row longer than maxRowBytes without keeping it, then carries on', async () => {
    const big = 'x'.repeat(50_000);
    const csv = `text,created_at\n"${big}",2018-12-06T08:00:00Z\nshort,2018-12-06T08:00:00Z\n`;
    const rows = await collect(parseCsv(chunked(csv, 4096), options({ maxRowBytes: 10_000 })));
    expect(rejected(rows)).toEqual([{ line: 2, reason: 'row too long (50020 chars, max 10000)' }]);
    expect(accepted(rows).map((p) => p.text)).toEqual(['short']);
  });

  it('reports an unterminated quote at the end of the file as a rejection', async () => {
    const rows = await collect(parseCsv(chunked('text,created_at\n"never closed,2018-12-06T08:00:00Z\n'), options()));
    expect(rejected(rows)).toEqual([{ line: 2, reason: 'unterminated quoted field (row starting at line 2 runs to the end of the file)' }]);
  });

  it('treats an ambiguous slash date as month-first when another row of the file forces it', async () => {
    const csv = 'text,date\nfirst,12/05/2018 10:00\nsecond,12/25/2018 10:00\n';
    const rows = await collect(parseCsv(chunked(csv), options()));
    expect(accepted(rows).map((p) => p.createdAt.toISOString().slice(0, 10))).toEqual(['2018-12-05', '2018-12-25']);
  });

  it('handles a 10 MB quoted text field: a row rejection by default, a text rejection when rows may be that big', async () => {
    const huge = `multi\nline ${'m'.repeat(10 * 1024 * 1024)}`;
    const csv = `text,created_at\n"${huge}",2018-12-06T08:00:00Z\nafter,2018-12-06T08:00:00Z\n`;
    const byDefault = await collect(parseCsv(chunked(csv, 65536), options()));
    expect(rejected(byDefault)).toEqual([{ line: 2, reason: expect.stringMatching(/^row too long \(\d+ chars, max 1048576\)$/) }]);
    expect(accepted(byDefault).map((p) => [p.text, byDefault.find((r) => r.ok)!.line])).toEqual([['after', 4]]);
    const roomy = await collect(parseCsv(chunked(csv, 65536), options({ maxRowBytes: 32 * 1024 * 1024 })));
    expect(rejected(roomy)).toEqual([{ line: 2, reason: `text too long (${huge.length} chars, max 20000)` }]);
  });
});
