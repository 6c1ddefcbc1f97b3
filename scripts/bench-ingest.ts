/**
 * Ingest parsing throughput and memory per export format. For each format it stream-writes
 * generated files of N posts (default 100k and 1M) into os.tmpdir(), parses each in a fresh child
 * process through `parseExport`, and reports rows/s and the child's peak RSS
 * (`process.resourceUsage().maxRSS`), so flatness with size is visible.
 *
 *   node dist/scripts/bench-ingest.js [--sizes 100000,1000000] [--formats csv,ndjson] [--keep]
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { parseExport } from '../src/ingest/parse-export';

const run = promisify(execFile);

export const BENCH_FORMATS = [
  'csv', 'csv-utf16', 'ndjson', 'json-array', 'json-minified', 'x-archive', 'twitter-v2', 'mastodon', 'bluesky', 'reddit', 'ndjson-gz', 'x-archive-zip',
] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export interface BenchIngestOptions {
  sizes?: number[];
  formats?: BenchFormat[];
  dir?: string;
  keep?: boolean;
  log?: (line: string) => void;
}

export interface BenchIngestResult {
  format: BenchFormat;
  posts: number;
  fileMB: number;
  rows: number;
  accepted: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMB: number;
}

interface ChildReport {
  rows: number;
  accepted: number;
  rejected: number;
  seconds: number;
  maxRssKB: number;
}

const NOW = '2019-01-01T00:00:00Z';
const START_MS = Date.UTC(2018, 11, 6, 4, 0, 0);
const WORDS = [
  'no', 'signal', 'data', 'O2', 'down', 'again', 'since', '5am', 'compensation', 'engineers', 'thanks', 'still', 'nothing',
  'réseau', 'toujours', 'pas', 'ancora', 'niente', 'rete', '😡', '😂', '#O2outage', '@O2', 'https://status.example.com/x', 'lol',
];

/** Deterministic post number `i`: text of 8–20 words (some quoted, a few over two lines), a time over 36 h. */
function post(i: number): { id: string; text: string; ms: number; author: string } {
  let seed = (i * 2654435761) >>> 0;
  const next = (m: number): number => {
    seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 3266489909) >>> 0;
    return seed % m;
  };
  const words: string[] = [];
  for (let n = 8 + next(13); n > 0; n--) words.push(WORDS[next(WORDS.length)]!);
  if (i % 50 === 0) words.push('"quoted",\nsecond line');
  return { id: String(1070000000000000000n + BigInt(i)), text: words.join(' '), ms: START_MS + next(36 * 3600) * 1000, author: `user${i % 5000}` };
}

const iso = (ms: number): string => new Date(ms).toISOString();
const twitterDate = (ms: number): string => {
  const d = new Date(ms).toUTCString(); // "Thu, 06 Dec 2018 10:12:00 GMT"
  const [dow, day, mon, year, time] = d.replace(',', '').split(' ');
  return `${dow} ${mon} ${day} ${time} +0000 ${year}`;
};
const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** What a generated file looks like: a head, one piece per post (or per page of posts), a tail. */
interface Layout {
  head: string;
  piece(i: number, first: boolean): string;
  tail: string;
  pageSize?: number;
  page?(from: number, count: number): string;
}

const tweetV2 = (i: number) => {
  const p = post(i);
  return { id: p.id, text: p.text, created_at: iso(p.ms), author_id: String(i % 5000), lang: 'en' };
};

/** A social-listening style export: preamble, header, quoted text (some multi-line). */
const csvLayout = (d: string): Layout => ({
  head: `"Report:"${d}"bench"\n"Brand:"${d}"O2"\n\n${['id', 'Full Text', 'Date', 'Author', 'Language'].join(d)}\n`,
  piece: (i) => {
    const p = post(i);
    return `${[p.id, csvCell(p.text), iso(p.ms).slice(0, 19).replace('T', ' '), p.author, 'en'].join(d)}\n`;
  },
  tail: '',
});

const LAYOUTS: Record<Exclude<BenchFormat, 'ndjson-gz' | 'x-archive-zip'>, Layout> = {
  csv: csvLayout(','),
  'csv-utf16': csvLayout('\t'),
  ndjson: {
    head: '',
    piece: (i) => {
      const p = post(i);
      return `${JSON.stringify({ id: p.id, text: p.text, created_at: iso(p.ms), user: { screen_name: p.author }, lang: 'en' })}\n`;
    },
    tail: '',
  },
  'json-array': {
    head: '[\n',
    piece: (i, first) => {
      const p = post(i);
      return `${first ? '' : ',\n'}  {\n    "id": "${p.id}",\n    "text": ${JSON.stringify(p.text)},\n    "date": "${iso(p.ms)}",\n    "author": "${p.author}"\n  }`;
    },
    tail: '\n]\n',
  },
  // The same array on one line, as many API tools and JSON.stringify write it.
  'json-minified': {
    head: '[',
    piece: (i, first) => {
      const p = post(i);
      return `${first ? '' : ','}${JSON.stringify({ id: p.id, text: p.text, date: iso(p.ms), author: p.author })}`;
    },
    tail: ']',
  },
  'x-archive': {
    head: 'window.YTD.tweets.part0 = [ ',
    piece: (i, first) => {
      const p = post(i);
      const tweet = { retweeted: false, id_str: p.id, full_text: p.text, lang: 'en', created_at: twitterDate(p.ms), favorite_count: '0', id: p.id };
      return `${first ? '' : ', '}{\n  "tweet" : ${JSON.stringify(tweet, null, 2).replace(/\n/g, '\n  ')}\n}`;
    },
    tail: ' ]\n',
  },
  'twitter-v2': {
    head: '',
    piece: () => '',
    tail: '',
    pageSize: 100,
    page: (from, count) => {
      const data = Array.from({ length: count }, (_, k) => tweetV2(from + k));
      const users = [...new Set(data.map((t) => t.author_id))].map((id) => ({ id, username: `user${id}`, name: `User ${id}` }));
      return `${JSON.stringify({ data, includes: { users }, meta: { result_count: count } })}\n`;
    },
  },
  mastodon: {
    head: '{"@context":"https://www.w3.org/ns/activitystreams","id":"https://m.example/users/a/outbox","type":"OrderedCollection","orderedItems":[\n',
    piece: (i, first) => {
      const p = post(i);
      const url = `https://m.example/users/${p.author}/statuses/${p.id}`;
      const activity = i % 20 === 0
        ? { id: `${url}/activity`, type: 'Announce', actor: `https://m.example/users/${p.author}`, published: iso(p.ms), object: url }
        : {
            id: `${url}/activity`, type: 'Create', actor: `https://m.example/users/${p.author}`, published: iso(p.ms),
            object: { id: url, type: 'Note', content: `<p>${p.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`, contentMap: { en: '' }, published: iso(p.ms) },
          };
      return `${first ? '' : ',\n'}${JSON.stringify(activity)}`;
    },
    tail: '\n]}\n',
  },
  bluesky: {
    head: '',
    piece: () => '',
    tail: '',
    pageSize: 100,
    page: (from, count) => {
      const feed = Array.from({ length: count }, (_, k) => {
        const p = post(from + k);
        return {
          post: {
            uri: `at://did:plc:${p.author}/app.bsky.feed.post/${p.id}`, cid: 'bafy',
            author: { did: `did:plc:${p.author}`, handle: `${p.author}.bsky.social` },
            record: { $type: 'app.bsky.feed.post', text: p.text, createdAt: iso(p.ms), langs: ['en'] },
          },
        };
      });
      return `${JSON.stringify({ feed, cursor: 'x' })}\n`;
    },
  },
  reddit: {
    head: '',
    piece: (i) => {
      const p = post(i);
      const created = i % 2 === 0 ? Math.floor(p.ms / 1000) : String(Math.floor(p.ms / 1000));
      return `${JSON.stringify({ id: i.toString(36), author: p.author, body: p.text, created_utc: created, subreddit: 'uk', score: 1 })}\n`;
    },
    tail: '',
  },
};

/** Yields the file's text in ~1 MB pieces. */
function* generate(layout: Layout, posts: number): Generator<string> {
  let buf = layout.head;
  if (layout.page && layout.pageSize) {
    for (let i = 0; i < posts; i += layout.pageSize) {
      buf += layout.page(i, Math.min(layout.pageSize, posts - i));
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
  } else {
    for (let i = 0; i < posts; i++) {
      buf += layout.piece(i, i === 0);
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
  }
  yield buf + layout.tail;
}

async function writeAll(out: NodeJS.WritableStream, chunks: Iterable<Buffer>): Promise<void> {
  for (const chunk of chunks) {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', resolve);
    out.end();
  });
}

function* encoded(format: BenchFormat, posts: number): Generator<Buffer> {
  if (format === 'csv-utf16') {
    yield Buffer.from([0xff, 0xfe]); // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated
    for (const s of generate(LAYOUTS[format], posts)) yield Buffer.from(s, 'utf16le');
    return;
  }
  const base = format === 'ndjson-gz' ? 'ndjson' : format === 'x-archive-zip' ? 'x-archive' : format;
  for (const s of generate(LAYOUTS[base], posts)) yield Buffer.from(s);
}

/** Stream-writes the bench file for a format; gzip and zip are compressed on the way. */
export async function writeBenchFile(format: BenchFormat, posts: number, file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  if (format === 'ndjson-gz') {
    const gz = zlib.createGzip({ level: 1 });
    gz.pipe(out);
    await writeAll(gz, encoded(format, posts));
    await new Promise<void>((resolve) => out.once('close', () => resolve()));
    return;
  }
  if (format === 'x-archive-zip') {
    await writeZip(out, 'data/tweets.js', encoded(format, posts));
    return;
  }
  await writeAll(out, encoded(format, posts));
}

/** One deflated entry with a data descriptor, so the archive is written in a single pass. */
async function writeZip(out: fs.WriteStream, name: string, chunks: Iterable<Buffer>): Promise<void> {
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x08, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(nameBuf.length, 26);
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const deflate = zlib.createDeflateRaw({ level: 1 });
  deflate.on('data', (c: Buffer) => {
    compressed += c.length;
  });
  deflate.pipe(out, { end: false });
  out.write(Buffer.concat([local, nameBuf]));
  const counted = function* (): Generator<Buffer> {
    for (const c of chunks) {
      crc = zlib.crc32(c, crc);
      size += c.length;
      yield c;
    }
  };
  await writeAll(deflate, counted());
  await new Promise<void>((resolve) => deflate.once('end', () => resolve()));
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x08, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const centralOffset = 30 + nameBuf.length + compressed + 16;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBuf.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  await writeAll(out, [descriptor, central, nameBuf, end]);
}

/** Child side: parse one file, report counts, time and peak RSS as one JSON line. */
async function child(file: string): Promise<void> {
  const started = process.hrtime.bigint();
  let rows = 0;
  let accepted = 0;
  for await (const row of parseExport(file, { now: new Date(NOW) })) {
    rows++;
    if (row.ok) accepted++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report: ChildReport = { rows, accepted, rejected: rows - accepted, seconds, maxRssKB: process.resourceUsage().maxRSS };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function measure(file: string): Promise<ChildReport> {
  const { stdout } = await run(process.execPath, [__filename, '--child', file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Generates, parses (in a child per file) and measures every format at every size. */
export async function benchIngest(opts: BenchIngestOptions = {}): Promise<BenchIngestResult[]> {
  const sizes = opts.sizes ?? [100_000, 1_000_000];
  const formats = opts.formats ?? [...BENCH_FORMATS];
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-bench-ingest-'));
  const log = opts.log ?? (() => undefined);
  const results: BenchIngestResult[] = [];
  try {
    for (const format of formats) {
      for (const posts of sizes) {
        const file = path.join(dir, `${format}-${posts}`);
        await writeBenchFile(format, posts, file);
        const fileMB = round(fs.statSync(file).size / 1048576);
        const r = await measure(file);
        if (!opts.keep) fs.rmSync(file, { force: true });
        const result: BenchIngestResult = {
          format, posts, fileMB, rows: r.rows, accepted: r.accepted, rejected: r.rejected, seconds: round(r.seconds, 2),
          rowsPerSecond: Math.round(r.rows / r.seconds), peakRssMB: round(r.maxRssKB / 1024),
        };
        results.push(result);
        log(formatRow(result));
      }
    }
  } finally {
    if (!opts.dir && !opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

function formatRow(r: BenchIngestResult): string {
  return [
    r.format.padEnd(14), String(r.posts).padStart(9), `${r.fileMB} MB`.padStart(10), String(r.rows).padStart(9),
    String(r.rejected).padStart(8), `${r.seconds}s`.padStart(8), `${r.rowsPerSecond}/s`.padStart(11), `${r.peakRssMB} MB`.padStart(10),
  ].join(' ');
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** CLI: `--sizes 100000,1000000`, `--formats csv,ndjson`, `--keep`, `--json`. */
export async function main(args: string[]): Promise<number> {
  if (args[0] === '--child' && args[1]) {
    await child(args[1]);
    return 0;
  }
  const sizes = flag(args, '--sizes')?.split(',').map(Number);
  const formats = flag(args, '--formats')?.split(',') as BenchFormat[] | undefined;
  const unknown = formats?.filter((f) => !(BENCH_FORMATS as readonly string[]).includes(f)) ?? [];
  if (unknown.length > 0 || sizes?.some((n) => !Number.isInteger(n) || n <= 0)) {
    process.stderr.write(`usage: bench-ingest [--sizes N,N] [--formats ${BENCH_FORMATS.join(',')}] [--keep] [--json]\n`);
    return 2;
  }
  const json = args.includes('--json');
  if (!json) process.stdout.write(`${'format'.padEnd(14)}     posts       file      rows rejected     time      rows/s   peak RSS\n`);
  const results = await benchIngest({
    ...(sizes ? { sizes } : {}), ...(formats ? { formats } : {}), keep: args.includes('--keep'),
    log: json ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`bench-ingest: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
