import type { MoodAnswer } from '../../src/api/mood-reader';
import type { StoredPost } from '../../src/store/stored-post';
import { knownPosts, toCsv } from '../helpers/known-posts';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

/** RFC 4180 rows of a CSV text (enough for the export's own output). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

const DANGEROUS = ['=HYPERLINK("http://evil.example","click")', '+44 7700 900123 call me', '-1+2 no data', '@O2 fix it now'];

describe('exports: GET /api/datasets/:dataset/export.csv and export.json', () => {
  let server: TestServer;
  const posts = knownPosts();
  beforeAll(async () => {
    server = await startTestServer();
    await server.ingest('exp', toCsv(posts));
    const risky = DANGEROUS.map((text, i) => JSON.stringify({ id: `risky-${i}`, created_at: `2018-12-06T11:0${i}:00Z`, text, author: i === 3 ? '=cmd|"/c calc"!A1' : 'someone' }));
    await server.ingest('exp', risky.join('\n') + '\n');
  });
  afterAll(() => server.close());

  it('streams every scored post as CSV with a header, as a download', async () => {
    const res = await fetch(`${server.baseUrl}/api/datasets/exp/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="exp-posts.csv"');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['id', 'created_at', 'author', 'lang', 'category', 'confidence', 'sentiment_label', 'sentiment_score', 'compensation', 'question', 'text']);
    expect(rows).toHaveLength(1 + posts.length + DANGEROUS.length);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    const p = posts[7]!;
    const a = server.analyser.analyze(p.text);
    const milli = (n: number) => String(Math.round(n * 1000) / 1000); // stored to 3 decimals
    expect(byId.get(p.id)).toEqual([p.id, `${p.createdAt.slice(0, 19)}.000Z`, '', a.lang, a.category, milli(a.confidence), a.supported ? a.sentiment.label : '', milli(a.supported ? a.sentiment.score : 0), String(a.flags.compensation), String(a.flags.question), p.text]);
  });

  it('escapes text cells that begin with = + - @ so spreadsheets do not run them', async () => {
    const rows = parseCsv(await (await fetch(`${server.baseUrl}/api/datasets/exp/export.csv`)).text());
    const risky = rows.filter((r) => r[0]!.startsWith('risky-'));
    expect(risky.map((r) => r[10])).toEqual(DANGEROUS.map((t) => `'${t}`));
    expect(risky[3]![2]).toBe(`'=cmd|"/c calc"!A1`);
    for (const r of rows.slice(1)) for (const cell of [r[0], r[2], r[3], r[10]]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('limits the posts to from..to', async () => {
    const rows = parseCsv(await (await fetch(`${server.baseUrl}/api/datasets/exp/export.csv?from=2018-12-06T06:00:00Z&to=2018-12-06T07:00:00Z`)).text());
    expect(rows.slice(1).map((r) => r[0])).toEqual(posts.filter((p) => p.createdAt.startsWith('2018-12-06T06')).map((p) => p.id));
  });

  it('exports the hourly series as CSV (table=hourly) in the asked zone', async () => {
    const res = await fetch(`${server.baseUrl}/api/datasets/exp/export.csv?table=hourly&tz=Asia/Kolkata`);
    const rows = parseCsv(await res.text());
    const mood = await server.getJson<MoodAnswer>('/api/datasets/exp/mood?bucket=1h&tz=Asia/Kolkata');
    expect(rows[0]).toEqual(['start', 'posts', 'mean', 'negative', 'neutral', 'positive', 'complaint', 'support', 'humour', 'other', 'compensation', 'question']);
    expect(rows.slice(1)).toEqual(mood.body.series.map((b) => [b.start, b.posts, b.sentiment.mean, b.sentiment.negative, b.sentiment.neutral, b.sentiment.positive, b.categories.complaint, b.categories.support, b.categories.humour, b.categories.other, b.flags.compensation, b.flags.question].map(String)));
  });

  it('exports the hourly series and every post as one JSON document', async () => {
    const res = await fetch(`${server.baseUrl}/api/datasets/exp/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="exp.json"');
    const body = (await res.json()) as { dataset: string; tz: string; hourly: MoodAnswer['series']; posts: StoredPost[] };
    const mood = await server.getJson<MoodAnswer>('/api/datasets/exp/mood?bucket=1h');
    expect(body).toMatchObject({ dataset: 'exp', tz: 'UTC' });
    expect(body.hourly).toEqual(mood.body.series);
    expect(body).toMatchObject({ turns: mood.body.turns, trend: mood.body.trend, mostNegative: mood.body.mostNegative });
    expect(body.posts).toHaveLength(posts.length + DANGEROUS.length);
    expect(body.posts.find((p) => p.id === 'risky-0')?.text).toBe(DANGEROUS[0]);
  });

  it('answers 400 for a bad parameter and 404 for an unknown dataset, in the error shape', async () => {
    const bad = await server.getJson<{ error: { message: string } }>('/api/datasets/exp/export.csv?table=everything');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('table:');
    expect((await server.getJson('/api/datasets/exp/export.json?tz=Nowhere')).status).toBe(400);
    expect((await server.getJson('/api/datasets/ghost/export.csv')).status).toBe(404);
  });
});
