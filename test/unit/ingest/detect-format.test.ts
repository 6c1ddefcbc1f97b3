import fs from 'node:fs';
import { detectFormat } from '../../../src/ingest/detect-format';
import { fixture } from './helpers/ingest-fixtures';

const detect = (text: string, extra: Parameters<typeof detectFormat>[2] = { map: {} }) => detectFormat(text, true, extra);
const detectFile = (name: string) => detect(fs.readFileSync(fixture(name), 'utf8'));

describe('detectFormat', () => {
  it.each([
    ['generic.csv', 'csv'],
    ['brandwatch-preamble.csv', 'csv'],
    ['date-time-columns.tsv', 'csv'],
    ['posts.ndjson', 'ndjson'],
    ['posts.json', 'json-array'],
    ['tweets.js', 'x-archive'],
    ['tweets-part1.js', 'x-archive'],
    ['twitter-v2-page.json', 'twitter-v2'],
    ['twitter-v2-pages.ndjson', 'twitter-v2'],
    ['outbox.json', 'mastodon'],
    ['bluesky-records.ndjson', 'bluesky'],
    ['bluesky-feed.json', 'bluesky'],
    ['reddit.ndjson', 'reddit'],
  ])('recognises %s as %s by its content', (name, format) => {
    expect(detectFile(name)).toMatchObject({ ok: true, format });
  });

  it('recognises an array of archive tweets without the window.YTD prefix', () => {
    expect(detect('[{"tweet":{"full_text":"x","created_at":"Wed Dec 05 10:12:00 +0000 2018"}}]')).toMatchObject({ format: 'x-archive' });
  });

  it('refuses an X archive file that holds something other than tweets', () => {
    expect(detect('window.YTD.like.part0 = [ {"like": {}} ]')).toEqual({
      ok: false,
      code: 'unrecognised_format',
      reason: 'this X archive file holds "like", not tweets: upload data/tweets.js (or the whole archive .zip)',
    });
  });

  it('lets a forced format win over detection, but never for binary or empty input', () => {
    expect(detect('{"text":"x"}\n', { format: 'reddit', map: {} })).toMatchObject({ ok: true, format: 'reddit' });
    expect(detect('', { format: 'csv', map: {} })).toMatchObject({ ok: false, code: 'empty_file' });
    expect(detect('\u0000\u0001\u0002\u0003'.repeat(100), { format: 'ndjson', map: {} })).toMatchObject({ ok: false, code: 'unsupported_format' });
  });

  it('tells plain prose apart from a CSV without a text column', () => {
    expect(detect('just some words\nand more words\n')).toMatchObject({ ok: false, code: 'unrecognised_format' });
    expect(detect('a,b,c\n1,2,3\n')).toMatchObject({ ok: false, code: 'no_text_column' });
  });
});
