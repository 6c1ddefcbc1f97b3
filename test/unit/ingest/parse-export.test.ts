import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseExport } from '../../../src/ingest/parse-export';
import { accepted, collect, fixture, NOW, rejected, streamOf } from './helpers/ingest-fixtures';
import { makeZip } from './helpers/make-zip';

const csv = 'text,created_at\nhello,2018-12-06T08:00:00Z\nworld,2018-12-06T09:00:00Z\n';
const texts = async (input: Parameters<typeof parseExport>[0], extra = {}) =>
  accepted(await collect(parseExport(input, { now: NOW, ...extra }))).map((p) => p.text);

describe('parseExport', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-parse-export-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data: Buffer | string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };

  it('detects CSV, NDJSON and JSON arrays by content, whatever the file is called', async () => {
    expect(await texts(file('a.json', csv))).toEqual(['hello', 'world']);
    expect(await texts(file('b.csv', '{"text":"n1","date":"2018-12-06"}\n{"text":"n2","date":"2018-12-06"}\n'))).toEqual(['n1', 'n2']);
    expect(await texts(file('c.txt', '[{"text":"a1","date":"2018-12-06"}]'))).toEqual(['a1']);
  });

  it('reads a stream as well as a path', async () => {
    expect(await texts(streamOf(csv, 3))).toEqual(['hello', 'world']);
  });

  it('reads gzip transparently, from a path and from a stream', async () => {
    const gz = zlib.gzipSync(csv);
    expect(await texts(file('x.csv.gz', gz))).toEqual(['hello', 'world']);
    expect(await texts(streamOf(gz, 10))).toEqual(['hello', 'world']);
  });

  it('reads the one export inside a zip, from a path and from a stream', async () => {
    const zip = makeZip([{ name: '__MACOSX/._posts.csv', data: 'junk' }, { name: 'export/posts.csv', data: csv, deflate: true }]);
    expect(await texts(file('posts.zip', zip))).toEqual(['hello', 'world']);
    expect(await texts(streamOf(zip, 100))).toEqual(['hello', 'world']);
  });

  it('reports the bytes it consumed: the whole file, or for a zip read in place its chosen entry in compressed bytes', async () => {
    const consumed = async (input: string) => {
      let bytes = 0;
      await collect(parseExport(input, { now: NOW }, (n) => { bytes += n; }));
      return bytes;
    };
    expect(await consumed(file('plain.csv', csv))).toBe(Buffer.byteLength(csv));
    expect(await consumed(file('packed.csv.gz', zlib.gzipSync(csv)))).toBe(zlib.gzipSync(csv).length);
    const entry = zlib.deflateRawSync(csv).length;
    const zip = makeZip([{ name: '__MACOSX/._posts.csv', data: 'junk' }, { name: 'posts.csv', data: csv, deflate: true }]);
    expect(await consumed(file('counted.zip', zip))).toBeCloseTo(entry, 0);
  });

  it('reads every tweets part of a zipped X archive, in part order, ignoring the other files', async () => {
    const zip = makeZip([
      { name: 'Your archive.html', data: '<html></html>' },
      { name: 'data/account.js', data: 'window.YTD.account.part0 = []' },
      { name: 'data/tweets-part1.js', data: fs.readFileSync(fixture('tweets-part1.js')), deflate: true },
      { name: 'data/tweets.js', data: fs.readFileSync(fixture('tweets.js')), deflate: true },
      { name: 'data/like.js', data: 'window.YTD.like.part0 = []' },
    ]);
    const rows = await collect(parseExport(streamOf(zip, 512), { now: NOW }));
    expect(accepted(rows).map((p) => p.id)).toEqual(['1070293214568435712', '1070299999999999999', '1070400000000000000']);
    expect(rejected(rows)).toHaveLength(1);
  });

  it('reads the outbox of a zipped Mastodon archive', async () => {
    const zip = makeZip([
      { name: 'actor.json', data: '{"type":"Person"}' },
      { name: 'outbox.json', data: fs.readFileSync(fixture('outbox.json')), deflate: true },
      { name: 'likes.json', data: '{"orderedItems":[]}' },
    ]);
    const rows = await collect(parseExport(file('archive-mastodon.zip', zip), { now: NOW }));
    expect([accepted(rows).length, rejected(rows).length]).toEqual([2, 2]);
  });

  it('detects every social format through the same entry point', async () => {
    const counts = async (name: string) => {
      const rows = await collect(parseExport(fixture(name), { now: NOW }));
      return [accepted(rows).length, rejected(rows).length];
    };
    expect(await counts('twitter-v2-page.json')).toEqual([3, 0]);
    expect(await counts('outbox.json')).toEqual([2, 2]);
    expect(await counts('bluesky-feed.json')).toEqual([1, 1]);
    expect(await counts('reddit.ndjson')).toEqual([3, 2]);
  });

  it('cleans up the spooled copy of a zip stream when the reader stops early', async () => {
    const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spool-test-'));
    const spools = () => fs.readdirSync(spoolDir).filter((n) => n.startsWith('moodline-zip-')).length;
    const zip = makeZip([{ name: 'posts.csv', data: csv }]);
    for await (const row of parseExport(streamOf(zip), { now: NOW, spoolDir })) {
      expect(row.ok).toBe(true);
      expect(spools()).toBe(1);
      break;
    }
    expect(spools()).toBe(0);
    fs.rmSync(spoolDir, { recursive: true });
  });

  it('refuses a zip holding several exports rather than picking one', async () => {
    const zip = makeZip([{ name: 'a.csv', data: csv }, { name: 'b.csv', data: csv }]);
    await expect(collect(parseExport(file('two.zip', zip)))).rejects.toMatchObject({ status: 422, message: expect.stringContaining('2 candidate exports (a.csv, b.csv)') });
  });

  it('reads UTF-16LE and UTF-16BE Excel exports, with or without a BOM', async () => {
    const tsv = 'Text\tDate\r\nçà marche pas 😡\t06/12/2018 10:12\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const be = Buffer.from(tsv, 'utf16le').swap16();
    expect(await texts(streamOf(le, 3))).toEqual(['çà marche pas 😡']);
    expect(await texts(streamOf(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 5))).toEqual(['çà marche pas 😡']);
    expect(await texts(streamOf(Buffer.from(tsv, 'utf16le'), 4))).toEqual(['çà marche pas 😡']);
  });

  it('reads a Meltwater-style UTF-16 export with Hit Sentence, Influencer and 12-hour times', async () => {
    const rows = await collect(parseExport(fixture('meltwater-utf16.tsv'), { now: NOW }));
    expect(accepted(rows)).toEqual([
      { id: 'http://twitter.com/alice/statuses/1', text: "RT @O2: We're aware of an issue", createdAt: new Date('2018-12-06T10:12:00Z'), author: 'alice', lang: 'en' },
      { id: 'http://twitter.com/bob/statuses/2', text: 'data still down, unreal', createdAt: new Date('2018-12-06T13:05:00Z'), author: 'bob', lang: 'en' },
    ]);
  });

  it('reads a Sprout-style export with an Excel sep= line and US dates, telling the order from the file', async () => {
    const rows = await collect(parseExport(fixture('sprout-us-dates.csv'), { now: NOW }));
    expect(accepted(rows).map((p) => [p.text, p.author, p.createdAt.toISOString()])).toEqual([
      ['No signal in Leeds', 'alice', '2018-12-06T10:12:00.000Z'],
      ['Still nothing', 'bob', '2018-12-06T23:40:00.000Z'],
      ['Back now', 'carol', '2018-12-07T08:05:00.000Z'],
    ]);
    const forced = await collect(parseExport(fixture('sprout-us-dates.csv'), { now: NOW, dateOrder: 'dmy' }));
    expect(accepted(forced)[0]!.createdAt.toISOString()).toBe('2018-06-12T10:12:00.000Z');
  });

  it('drops a UTF-8 BOM before the header', async () => {
    expect(await texts(streamOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])))).toEqual(['hello', 'world']);
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', async () => {
    const bad = Buffer.concat([Buffer.from('text,created_at\nbad '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' bytes,2018-12-06T08:00:00Z\n')]);
    expect(await texts(streamOf(bad, 2))).toEqual(['bad \uFFFD(\uFFFD bytes']);
  });

  it('throws a 422 AppError for an empty file and a 415 for binary garbage', async () => {
    await expect(collect(parseExport(file('empty.csv', '')))).rejects.toMatchObject({ code: 'empty_file', status: 422 });
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expect(collect(parseExport(file('garbage.bin', garbage)))).rejects.toMatchObject({ code: 'unsupported_format', status: 415 });
  });

  it('throws a 422 for a JSON wrapper it does not know', async () => {
    await expect(collect(parseExport(fixture('wrong-wrapper.json')))).rejects.toMatchObject({
      code: 'unrecognised_format',
      status: 422,
      message: expect.stringContaining('JSON object with keys posts, count is not a known export'),
    });
  });

  it('throws a 422 for damaged gzip after yielding what it could read', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `post number ${i},2018-12-06T08:00:00Z`);
    const gz = zlib.gzipSync(`text,created_at\n${lines.join('\n')}\n`);
    const rows: unknown[] = [];
    const run = async () => {
      for await (const row of parseExport(streamOf(gz.subarray(0, gz.length - 30)))) rows.push(row);
    };
    await expect(run()).rejects.toMatchObject({ code: 'corrupt_gzip', status: 422 });
    expect(rows.length).toBeGreaterThan(0);
  });

  it('honours a forced format and rejects invalid options with a 400', async () => {
    const rows = await collect(parseExport(streamOf('{"text":"x","date":"2018-12-06"}\n'), { format: 'ndjson', now: NOW }));
    expect(rejected(rows)).toEqual([]);
    await expect(collect(parseExport(streamOf(csv), { tz: 'Mars/Olympus' }))).rejects.toMatchObject({ code: 'invalid_parse_options', status: 400 });
  });
});
