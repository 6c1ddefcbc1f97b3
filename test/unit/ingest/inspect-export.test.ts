import fs from 'node:fs';
import zlib from 'node:zlib';
import { inspectExport } from '../../../src/ingest/inspect-export';
import { fixture } from './helpers/ingest-fixtures';
import { makeZip } from './helpers/make-zip';

const head = (name: string): Buffer => fs.readFileSync(fixture(name)).subarray(0, 64 * 1024);

describe('inspectExport', () => {
  it('names the format and the CSV columns from the first bytes', () => {
    expect(inspectExport(head('generic.csv'))).toEqual({ ok: true, format: 'csv', columns: ['id', 'text', 'created_at', 'author', 'lang'] });
    expect(inspectExport(head('brandwatch-preamble.csv'))).toMatchObject({ ok: true, format: 'csv', columns: expect.arrayContaining(['Full Text']) });
    expect(inspectExport(head('posts.ndjson'))).toEqual({ ok: true, format: 'ndjson' });
    expect(inspectExport(head('posts.json'))).toEqual({ ok: true, format: 'json-array' });
    expect(inspectExport(head('truncated.json'))).toEqual({ ok: true, format: 'json-array' });
  });

  it('says why a file is unusable: empty, binary, no text column, unknown wrapper', () => {
    expect(inspectExport(Buffer.alloc(0))).toEqual({ ok: false, reason: 'the file is empty' });
    expect(inspectExport(Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)))).toEqual({ ok: false, reason: expect.stringMatching(/^binary data/) });
    expect(inspectExport(head('no-text-column.csv'))).toEqual({ ok: false, reason: expect.stringMatching(/^no text column: .*columns seen: name, created_at, score/) });
    expect(inspectExport(head('wrong-wrapper.json'))).toEqual({ ok: false, reason: expect.stringContaining('keys posts, count') });
  });

  it('looks inside gzip and zip heads', () => {
    expect(inspectExport(zlib.gzipSync(head('generic.csv')))).toMatchObject({ ok: true, format: 'csv', compression: 'gzip' });
    expect(inspectExport(makeZip([{ name: 'p.ndjson', data: head('posts.ndjson'), deflate: true }]))).toEqual({ ok: true, format: 'ndjson', compression: 'zip' });
    expect(inspectExport(makeZip([{ name: '[Content_Types].xml', data: '<x/>' }, { name: 'xl/workbook.xml', data: '<x/>' }]))).toEqual({
      ok: false,
      reason: expect.stringContaining('Excel workbook'),
    });
  });

  it('accepts a column map that names the text column', () => {
    const csvHead = Buffer.from('Body Copy,When\nhello,2018-12-06\n');
    expect(inspectExport(csvHead)).toMatchObject({ ok: false });
    expect(inspectExport(csvHead, { map: { text: 'Body Copy', time: 'When' } })).toMatchObject({ ok: true, format: 'csv' });
  });

  it('names a Bluesky repository (CAR) export instead of just calling it binary', () => {
    const header = Buffer.from('3aa265726f6f747381d82a582500017112200102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f206776657273696f6e01', 'hex');
    const blocks = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256));
    expect(inspectExport(Buffer.concat([header, blocks]))).toEqual({ ok: false, reason: expect.stringContaining('Bluesky repository export (.car) is not supported') });
  });

  it('judges the outbox of a zipped Mastodon archive', () => {
    const zip = makeZip([
      { name: 'actor.json', data: '{"type":"Person"}' },
      { name: 'outbox.json', data: head('outbox.json'), deflate: true },
      { name: 'likes.json', data: '{"orderedItems":[]}' },
    ]);
    expect(inspectExport(zip)).toEqual({ ok: true, format: 'mastodon', compression: 'zip' });
  });

  it('leaves a first record longer than the head to the parser instead of misjudging it', () => {
    const head = Buffer.from(`{"id":"1","created_at":"2018-12-06T05:00:00Z","text":"${'a'.repeat(70 * 1024)}`).subarray(0, 64 * 1024);
    expect(inspectExport(head)).toEqual({ ok: true, format: 'ndjson' });
  });
});
