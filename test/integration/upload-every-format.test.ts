import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { UploadReport } from '../../src/domain/upload-report';
import type { StoredPost } from '../../src/store/stored-post';
import { startTestServer, type TestServer } from '../helpers/start-test-server';
import { makeZip } from '../unit/ingest/helpers/make-zip';

const FIXTURES = path.join(__dirname, '../fixtures/ingest');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

interface Case {
  name: string;
  body: () => Buffer;
  counts: { accepted: number; duplicates: number; rejected: number };
  /** One post's parsed fields, checked exactly through the drill-down API. */
  post: Pick<StoredPost, 'id' | 'createdAt' | 'author' | 'text'>;
}

const CASES: Case[] = [
  { name: 'x-archive', body: () => fixture('tweets.js'), counts: { accepted: 2, duplicates: 0, rejected: 1 },
    post: { id: '1070293214568435712', createdAt: '2018-12-05T10:12:00.000Z', author: null, text: "@O2 no data since 5am, what's going on? = [not valid JS either] & <3" } },
  { name: 'x-archive-zip', body: () => makeZip([{ name: 'data/tweets.js', data: fixture('tweets.js'), deflate: true }, { name: 'data/tweets-part1.js', data: fixture('tweets-part1.js') }]), counts: { accepted: 3, duplicates: 0, rejected: 1 },
    post: { id: '1070400000000000000', createdAt: '2018-12-07T09:00:00.000Z', author: null, text: 'part one' } },
  { name: 'twitter-v2', body: () => fixture('twitter-v2-page.json'), counts: { accepted: 3, duplicates: 0, rejected: 0 },
    post: { id: '1070293214568435712', createdAt: '2018-12-06T10:12:00.000Z', author: 'alice', text: '@O2 still down' } },
  { name: 'twitter-v2-ndjson', body: () => fixture('twitter-v2-pages.ndjson'), counts: { accepted: 2, duplicates: 0, rejected: 1 },
    post: { id: '1', createdAt: '2018-12-06T10:00:00.000Z', author: 'seven', text: 'page one' } },
  { name: 'mastodon', body: () => fixture('outbox.json'), counts: { accepted: 2, duplicates: 0, rejected: 2 },
    post: { id: 'https://mastodon.social/users/alice/statuses/1', createdAt: '2018-12-06T10:12:00.000Z', author: 'alice@mastodon.social', text: 'Is #O2 down for everyone?\n\nNo data & no calls\nsince 5am' } },
  { name: 'bluesky-feed', body: () => fixture('bluesky-feed.json'), counts: { accepted: 1, duplicates: 0, rejected: 1 },
    post: { id: 'at://did:plc:abc123/app.bsky.feed.post/1', createdAt: '2018-12-06T12:00:00.000Z', author: 'alice.bsky.social', text: 'feed post' } },
  { name: 'bluesky-records', body: () => fixture('bluesky-records.ndjson'), counts: { accepted: 2, duplicates: 0, rejected: 1 },
    post: { id: 'hdd45635de7290800', createdAt: '2018-12-06T10:00:00.000Z', author: null, text: 'bare record' } },
  { name: 'reddit', body: () => fixture('reddit.ndjson'), counts: { accepted: 3, duplicates: 0, rejected: 2 },
    post: { id: 'ebx1', createdAt: '2018-12-06T09:53:20.000Z', author: 'alice', text: 'O2 is down again > quoted & more' } },
  { name: 'brandwatch-csv', body: () => fixture('brandwatch-preamble.csv'), counts: { accepted: 2, duplicates: 0, rejected: 0 },
    post: { id: 'https://twitter.com/alice/status/1070', createdAt: '2018-12-06T10:12:00.000Z', author: 'alice', text: 'No data on O2 since 5am' } },
  { name: 'meltwater-utf16', body: () => fixture('meltwater-utf16.tsv'), counts: { accepted: 2, duplicates: 0, rejected: 0 },
    post: { id: 'http://twitter.com/alice/statuses/1', createdAt: '2018-12-06T10:12:00.000Z', author: 'alice', text: "RT @O2: We're aware of an issue" } },
  { name: 'sprout-csv', body: () => fixture('sprout-us-dates.csv'), counts: { accepted: 3, duplicates: 0, rejected: 0 },
    post: { id: 'h112cf119223a7580', createdAt: '2018-12-06T10:12:00.000Z', author: 'alice', text: 'No signal in Leeds' } },
  { name: 'date-time-tsv', body: () => fixture('date-time-columns.tsv'), counts: { accepted: 2, duplicates: 0, rejected: 0 },
    post: { id: 'hfc89899a5d22a1e9', createdAt: '2018-12-07T08:45:00.000Z', author: null, text: 'Data is back on O2!' } },
  { name: 'generic-csv', body: () => fixture('generic.csv'), counts: { accepted: 2, duplicates: 0, rejected: 2 },
    post: { id: '1', createdAt: '2018-12-06T08:12:00.000Z', author: 'alice', text: 'Still no signal, @O2 what is going on?' } },
  { name: 'semicolon-csv', body: () => fixture('semicolon-crlf.csv'), counts: { accepted: 2, duplicates: 0, rejected: 0 },
    post: { id: 'hcb0535f4531c1a3f', createdAt: '2018-12-06T10:12:00.000Z', author: 'eve', text: 'Semicolons; and "quotes" inside' } },
  { name: 'json-array', body: () => fixture('posts.json'), counts: { accepted: 2, duplicates: 0, rejected: 1 },
    post: { id: 'j1', createdAt: '2018-12-06T07:00:00.000Z', author: null, text: 'Pretty printed,\n with a [bracket] and a } brace in text' } },
  { name: 'ndjson', body: () => fixture('posts.ndjson'), counts: { accepted: 3, duplicates: 0, rejected: 4 },
    post: { id: 'a1', createdAt: '2018-12-06T08:00:00.000Z', author: 'alice', text: 'O2 down again' } },
  { name: 'ndjson-gz', body: () => zlib.gzipSync(fixture('posts.ndjson')), counts: { accepted: 3, duplicates: 0, rejected: 4 },
    post: { id: 'a1', createdAt: '2018-12-06T08:00:00.000Z', author: 'alice', text: 'O2 down again' } },
];

describe('every supported export format, end to end', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-formats-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function postOf(dataset: string, id: string): Promise<StoredPost | undefined> {
    const { body } = await server.getJson<{ posts: StoredPost[] }>(`/api/datasets/${dataset}/posts?limit=500`);
    return body.posts.find((p) => p.id === id);
  }

  it.each(CASES)('$name through the HTTP upload: counts every row and parses the fields exactly', async (c) => {
    const dataset = `http-${c.name}`;
    const report = await server.ingest(dataset, c.body());
    expect(report).toMatchObject({ state: 'done', ...c.counts });
    expect(report.errors).toHaveLength(c.counts.rejected);
    expect(await postOf(dataset, c.post.id)).toMatchObject(c.post);
    const again = await server.ingest(dataset, c.body());
    expect(again).toMatchObject({ accepted: 0, duplicates: c.counts.accepted, rejected: c.counts.rejected });
  });

  it('gives the same counts through `moodline ingest` for every format', async () => {
    const bin = path.join(__dirname, '../../bin/moodline.js');
    const reports = await Promise.all(CASES.map(async (c) => {
      const file = path.join(dir, `${c.name}.export`);
      fs.writeFileSync(file, c.body());
      const stdout = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'ingest', file, '--dataset', `cli-${c.name}`, '--server', server.baseUrl, '--json'], { env: { ...process.env, MOODLINE_DATA_DIR: dir } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${c.name}: exit ${code}`))));
      });
      return JSON.parse(stdout) as UploadReport;
    }));
    reports.forEach((r, i) => expect({ name: CASES[i]!.name, ...r }).toMatchObject({ name: CASES[i]!.name, state: 'done', ...CASES[i]!.counts }));
  });
});
