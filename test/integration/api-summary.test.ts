import type { MoodAnswer } from '../../src/api/mood-reader';
import type { SummaryAnswer } from '../../src/api/summary-reader';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

interface ErrorBody { error: { code: string; message: string } }

/** Three hours of posts: the middle hour is all about compensation, the last about engineers. */
function ndjson(): string {
  const rows: { id: string; created_at: string; text: string }[] = [];
  const add = (hour: string, texts: string[]) => texts.forEach((text, i) => rows.push({ id: `${hour}-${i}`, created_at: `2018-12-06T${hour}:${String(i * 5).padStart(2, '0')}:00Z`, text }));
  add('05', ['No signal at all this morning @O2', 'Still no data on my phone https://t.co/x', 'No mobile data, the app says nothing', 'Phone has no signal again', 'Is anyone else without data?']);
  add('06', ['I want compensation for this outage', 'Compensation please, I pay for data', 'Where is my compensation @O2?', 'Demanding compensation now', 'Still no data, compensation owed']);
  add('07', ['Thank you engineers, data is back', 'The engineers fixed it, well done', 'Fair play to the engineers', 'Data back, thanks engineers ❤️', 'Great work engineers']);
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

describe('GET /api/datasets/:dataset/summary', () => {
  let server: TestServer;
  const range = 'from=2018-12-06T05:00:00Z&to=2018-12-06T08:00:00Z';
  beforeAll(async () => {
    server = await startTestServer();
    await server.ingest('summary', ndjson());
  });
  afterAll(() => server.close());

  it('gives each bucket the mood counts of /mood plus its rising terms and samples', async () => {
    const { status, body } = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?bucket=1h&${range}`);
    expect(status).toBe(200);
    const mood = await server.getJson<MoodAnswer>(`/api/datasets/summary/mood?bucket=1h&${range}`);
    expect(body.buckets.map(({ topTerms: _t, samples: _s, languages: _l, ...rest }) => rest)).toEqual(mood.body.series);
    expect(body).toMatchObject({ dataset: 'summary', bucket: '1h', tz: 'UTC', scanned: 15, truncated: false });
    const [five, six, seven] = body.buckets;
    expect(six!.topTerms[0]).toMatchObject({ term: 'compensation', posts: 5 });
    expect(seven!.topTerms[0]).toMatchObject({ term: 'engineers', posts: 5 });
    expect(five!.topTerms.map((t) => t.term)).toContain('signal');
    for (const b of body.buckets) expect(b.topTerms.map((t) => t.term)).not.toContain('o2');
  });

  it('tags mood and summary answers with an ETag and answers 304 while the dataset is unchanged', async () => {
    for (const route of ['mood', 'summary']) {
      const url = `${server.baseUrl}/api/datasets/summary/${route}?bucket=1h&${range}`;
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      expect(first.status).toBe(200);
      expect(etag).toMatch(/^"[\w-]+"$/);
      // (fetch adds Cache-Control: no-cache to a hand-made conditional request unless told otherwise)
      const again = await fetch(url, { headers: { 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' } });
      expect(again.status).toBe(304);
    }
  });

  it('samples at most 3 posts per category, each from its own bucket, most confident first', async () => {
    const { body } = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?${range}`);
    for (const b of body.buckets) {
      const start = Date.parse(b.start);
      let total = 0;
      for (const [category, posts] of Object.entries(b.samples)) {
        expect(posts.length).toBeLessThanOrEqual(3);
        expect(posts.length).toBeLessThanOrEqual(b.categories[category as keyof typeof b.categories]);
        total += posts.length;
        for (const p of posts) {
          expect(p.category).toBe(category);
          expect(Date.parse(p.createdAt) - start).toBeGreaterThanOrEqual(0);
          expect(Date.parse(p.createdAt) - start).toBeLessThan(3_600_000);
        }
        expect(posts.map((p) => p.confidence)).toEqual([...posts.map((p) => p.confidence)].sort((a, c) => c - a));
      }
      expect(total).toBeGreaterThan(0);
    }
  });

  it('aligns buckets to the time zone and serves other bucket sizes', async () => {
    const { body } = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?bucket=1h&tz=Asia/Kolkata&${range}`);
    expect(body.buckets[0]!.start).toBe('2018-12-06T10:00:00+05:30');
    expect(body.buckets.reduce((n, b) => n + b.posts, 0)).toBe(15);
    const quarter = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?bucket=15m&${range}`);
    expect(quarter.body.buckets).toHaveLength(12);
    expect(quarter.body.buckets.reduce((n, b) => n + Object.values(b.samples).flat().length, 0)).toBe(15);
  });

  it('reflects new posts as soon as the dataset changes (cache per dataset version)', async () => {
    const before = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?${range}`);
    const more = [0, 1, 2].map((i) => JSON.stringify({ id: `late-${i}`, created_at: `2018-12-06T07:4${i}:00Z`, text: `Refund requested, refund ${i} please` })).join('\n');
    await server.ingest('summary', more);
    const after = await server.getJson<SummaryAnswer>(`/api/datasets/summary/summary?${range}`);
    expect(after.body.buckets[2]!.posts).toBe(before.body.buckets[2]!.posts + 3);
    expect(after.body.buckets[2]!.topTerms.map((t) => t.term)).toContainEqual(expect.stringContaining('refund'));
  });

  it.each([
    ['bucket=2h', 'bucket'],
    ['tz=Mars/Olympus', 'tz'],
    ['from=soon', 'from'],
  ])('answers 400 naming the parameter for %s', async (query, field) => {
    const { status, body } = await server.getJson<ErrorBody>(`/api/datasets/summary/summary?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(`${field}:`);
  });

  it('refuses more buckets than one summary holds, and answers 404 for an unknown dataset', async () => {
    const tooMany = await server.getJson<ErrorBody>('/api/datasets/summary/summary?bucket=5m&from=2018-12-01T00:00:00Z&to=2018-12-06T00:00:00Z');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/bucket/);
    expect((await server.getJson('/api/datasets/none/summary')).status).toBe(404);
  });
});
