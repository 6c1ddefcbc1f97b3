import type { StoredPost } from '../../src/store/stored-post';
import { knownPosts, toCsv } from '../helpers/known-posts';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

interface Page { dataset: string; posts: StoredPost[]; nextCursor: string | null }
interface ErrorBody { error: { code: string; message: string; details?: { field: string }[] } }

describe('GET /api/datasets/:dataset/posts', () => {
  let server: TestServer;
  const posts = knownPosts();
  beforeAll(async () => {
    server = await startTestServer({ batchSize: 4 });
    await server.ingest('drill', toCsv(posts));
  });
  afterAll(() => server.close());

  const page = (query: string) => server.getJson<Page>(`/api/datasets/drill/posts${query}`);

  it('answers every scored post of the dataset with its analysis, in time order, when no range is given', async () => {
    const { status, body } = await page('');
    expect(status).toBe(200);
    expect(body.nextCursor).toBeNull();
    expect(body.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    const first = body.posts[0]!;
    const a = server.analyser.analyze(posts[0]!.text);
    const milli = (n: number) => Math.round(n * 1000) / 1000; // stored to 3 decimals
    expect(first).toEqual({
      id: posts[0]!.id, createdAt: '2018-12-06T05:00:07.000Z', author: null, lang: a.lang, text: posts[0]!.text,
      sentiment: { score: a.supported ? milli(a.sentiment.score) : 0, label: a.supported ? a.sentiment.label : null }, category: a.category, confidence: milli(a.confidence), flags: a.flags,
    });
  });

  it('limits to the range [from, to)', async () => {
    const { body } = await page('?from=2018-12-06T06:00:00Z&to=2018-12-06T08:00:00Z');
    expect(body.posts.map((p) => p.id)).toEqual(posts.filter((p) => p.createdAt.startsWith('2018-12-06T06')).map((p) => p.id));
  });

  it('pages with a cursor: every post exactly once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body }: { status: number; body: Page } = await page(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.posts.length).toBeLessThanOrEqual(4);
      seen.push(...body.posts.map((p) => p.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(posts.map((p) => p.id));
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it('filters by category, sentiment label, language and text', async () => {
    const verdicts = posts.map((p) => ({ p, a: server.analyser.analyze(p.text) }));
    const complaints = verdicts.filter((v) => v.a.category === 'complaint').map((v) => v.p.id);
    expect(complaints.length).toBeGreaterThan(0);
    expect((await page('?category=complaint')).body.posts.map((p) => p.id)).toEqual(complaints);
    const negatives = verdicts.filter((v) => v.a.supported && v.a.sentiment.label === 'negative').map((v) => v.p.id);
    expect((await page('?label=negative')).body.posts.map((p) => p.id)).toEqual(negatives);
    const french = verdicts.filter((v) => v.a.lang === 'fr').map((v) => v.p.id);
    expect((await page('?lang=fr')).body.posts.map((p) => p.id)).toEqual(french);
    const signal = posts.filter((p) => p.text.toLowerCase().includes('signal')).map((p) => p.id);
    expect((await page('?q=SIGNAL')).body.posts.map((p) => p.id)).toEqual(signal);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['category=rage', 'category'],
    ['label=angry', 'label'],
    ['lang=English', 'lang'],
    ['from=yesterday', 'from'],
    ['from=2018-12-06T08:00:00Z&to=2018-12-06T06:00:00Z', 'from'],
    ['cursor=not-a-cursor', 'cursor'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('answers 400 naming the parameter for %s', async (query, field) => {
    const { status, body } = await server.getJson<ErrorBody>(`/api/datasets/drill/posts?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain(`${field}:`);
    expect(body.error.details?.map((d) => d.field)).toContain(field);
  });

  it('answers 404 for an unknown dataset and 400 for a bad name', async () => {
    expect((await server.getJson<ErrorBody>('/api/datasets/nope/posts')).status).toBe(404);
    expect((await server.getJson<ErrorBody>('/api/datasets/bad%20name/posts')).status).toBe(400);
  });
});
