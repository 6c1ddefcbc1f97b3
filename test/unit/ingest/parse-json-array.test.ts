import fs from 'node:fs';
import { parseJsonArray } from '../../../src/ingest/parse-json-array';
import { accepted, chunked, collect, fixture, options, rejected } from './helpers/ingest-fixtures';

const read = (name: string): string => fs.readFileSync(fixture(name), 'utf8');

describe('parseJsonArray', () => {
  it('streams a pretty-printed array element by element, with the line each element starts on', async () => {
    const rows = await collect(parseJsonArray(chunked(read('posts.json'), 5), options({ tz: 'Europe/Paris' })));
    expect(rows.map((r) => r.line)).toEqual([2, 7, 8]);
    expect(accepted(rows)).toEqual([
      { id: 'j1', text: 'Pretty printed,\n with a [bracket] and a } brace in text', createdAt: new Date('2018-12-06T07:00:00Z') },
      // no offset: read in options.tz (Paris is UTC+1 in December)
      { id: 'j2', text: 'Second', createdAt: new Date('2018-12-06T07:05:00Z') },
    ]);
    expect(rejected(rows)).toEqual([{ line: 8, reason: 'not a post: expected an object, found a string' }]);
  });

  it('reports a truncated file as a rejection of the unfinished element, not a crash', async () => {
    const rows = await collect(parseJsonArray(chunked(read('truncated.json')), options()));
    expect(accepted(rows).map((p) => p.id)).toEqual(['t1']);
    expect(rejected(rows)).toEqual([{ line: 3, reason: 'invalid JSON: the file ends inside the element starting at line 3' }]);
  });

  it('reports a file cut between elements as an unclosed array', async () => {
    const rows = await collect(parseJsonArray(chunked('[{"text":"a","date":"2018-12-06"},\n'), options()));
    expect(rejected(rows)).toEqual([{ line: 1, reason: 'invalid JSON: the file ends before the value opened at line 1 is closed' }]);
    expect(accepted(rows)).toHaveLength(1);
  });

  it('rejects one malformed element and keeps reading the others', async () => {
    const json = '[\n{"text":"ok","date":"2018-12-06"},\n{"text": nope},\n{"text":"also ok","date":"2018-12-06"}\n]';
    const rows = await collect(parseJsonArray(chunked(json, 4), options()));
    expect(accepted(rows).map((p) => p.text)).toEqual(['ok', 'also ok']);
    expect(rejected(rows)).toEqual([{ line: 3, reason: expect.stringMatching(/^invalid JSON: Unexpected token/) }]);
  });

  it('rejects an element over maxRowBytes without buffering it', async () => {
    const json = `[{"text":"${'q'.repeat(5000)}","date":"2018-12-06"},{"text":"fine","date":"2018-12-06"}]`;
    const rows = await collect(parseJsonArray(chunked(json, 100), options({ maxRowBytes: 2048 })));
    expect(rejected(rows)).toEqual([{ line: 1, reason: 'record too long (5031 chars, max 2048)' }]);
    expect(accepted(rows).map((p) => p.text)).toEqual(['fine']);
  });

  it('keeps escaped quotes and backslashes split across chunks', async () => {
    const json = JSON.stringify([{ text: 'say "hi" \\ and \u00e9', date: '2018-12-06' }]);
    for (const size of [1, 2, 3]) {
      const rows = await collect(parseJsonArray(chunked(json, size), options()));
      expect(accepted(rows).map((p) => p.text)).toEqual(['say "hi" \\ and é']);
    }
  });

  it('gives up with a 422 when the structure keeps breaking, instead of rejecting every line', async () => {
    const broken = `{\n${Array.from({ length: 300 }, (_, i) => `"k${i}" ${i}`).join('\n')}\n}`;
    await expect(collect(parseJsonArray(chunked(broken, 50), options()))).rejects.toMatchObject({ code: 'invalid_json', status: 422 });
  });

  it('refuses text that is not JSON at all when the format was forced', async () => {
    await expect(collect(parseJsonArray(chunked('id,text\n1,hello\n'), options()))).rejects.toMatchObject({
      code: 'unrecognised_format',
      message: 'expected JSON, but the text starts with "id,text\\n1,hello\\n"',
    });
  });
});
