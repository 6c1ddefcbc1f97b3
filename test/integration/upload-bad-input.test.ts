import { startTestServer, type TestServer } from '../helpers/start-test-server';

describe('uploads of bad input get a clear 4xx or per-row rejections, never a crash', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxUploadBytes: 80 * 1024 * 1024 });
  });
  afterAll(() => server.close());

  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it('refuses an empty file with 400', async () => {
    const res = await server.upload('bad', '');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'empty_file' });
  });

  it('refuses binary garbage with 422 and says why', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const res = await server.upload('bad', garbage);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message.length).toBeGreaterThan(10);
  });

  it('refuses a CSV without a text column with 422 naming the columns it saw', async () => {
    const res = await server.upload('bad', 'id,created_at,likes\n1,2018-12-06T05:00:00Z,3\n');
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toMatch(/text/i);
  });

  it('rejects rows with invalid dates by line and still counts the good ones', async () => {
    const csv = 'id,created_at,text\n1,2018-12-06T05:00:00Z,no signal again\n2,yesterday,still no data\n3,1999-01-01T00:00:00Z,too old\n4,2018-12-06T06:00:00Z,back up now\n';
    const report = await server.ingest('dates', csv);
    expect(report).toMatchObject({ state: 'done', accepted: 2, duplicates: 0, rejected: 2 });
    expect(report.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(report.errors[0]!.reason).toMatch(/time/);
  });

  it('rejects a 50 MB single line as one row without running out of memory', async () => {
    const huge = `{"id":"1","created_at":"2018-12-06T05:00:00Z","text":"${'a'.repeat(50 * 1024 * 1024)}"}\n{"id":"2","created_at":"2018-12-06T05:01:00Z","text":"fine"}\n`;
    const report = await server.ingest('huge', huge);
    expect(report).toMatchObject({ state: 'done', accepted: 1, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ line: 1 });
  });

  it('refuses an upload over the size limit with 413 and keeps no file or counts', async () => {
    const res = await server.upload('big', Buffer.alloc(81 * 1024 * 1024, 'a'));
    expect(res.status).toBe(413);
    expect((await server.getJson('/api/datasets/big/mood')).status).toBe(404);
  });

  it.each([
    ['..%2F..%2Fetc', 'a path'],
    ['a:b', 'a colon'],
    ['%20spaced', 'a space'],
  ])('refuses the dataset name %s (%s) with 400', async (name) => {
    const res = await server.upload(name, 'id,text,created_at\n1,hi,2018-12-06T05:00:00Z\n');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^dataset: dataset names are/) });
  });

  it('answers 404 with the error envelope for an unknown dataset and an unknown upload', async () => {
    expect(await server.getJson('/api/datasets/nope/mood')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await server.getJson('/api/uploads/up_000000000000000000000000')).toMatchObject({ status: 404 });
    expect(await server.getJson('/api/uploads/..%2Fx')).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^uploadId: /) } } });
    expect(await server.getJson('/api/datasets/..%2Fx/summary')).toMatchObject({ status: 400, body: { error: { details: [{ field: 'dataset' }] } } });
  });

  it('answers 400 naming the parameter for a bad bucket, zone or range', async () => {
    await server.ingest('params', 'id,created_at,text\n1,2018-12-06T05:00:00Z,no signal\n');
    for (const [q, field] of [['bucket=7m', 'bucket'], ['bucket=1h&bucket=1d', 'bucket is given more than once'], ['tz=Mars/Olympus', 'tz'], ['from=soon', 'from'], ['from=2018-12-07T00:00:00Z&to=2018-12-06T00:00:00Z', 'from']]) {
      const res = await server.getJson<{ error: { message: string } }>(`/api/datasets/params/mood?${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
  });
});

describe('POST /api/analyze', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = (body: unknown) =>
    fetch(`${server.baseUrl}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('analyses one text', async () => {
    const res = await post({ text: 'No signal all day, sort it out' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(server.analyser.analyze('No signal all day, sort it out'));
  });

  it('analyses many texts in order', async () => {
    const texts = ['love you O2 engineers', 'no data again', ''];
    const res = await post({ texts });
    expect(await res.json()).toEqual({ results: texts.map((t) => server.analyser.analyze(t)) });
  });

  it('refuses a body that is neither {text} nor {texts}, and too many texts, with 400', async () => {
    expect((await post({ message: 'hi' })).status).toBe(400);
    expect((await post({ texts: Array.from({ length: 1001 }, () => 'x') })).status).toBe(400);
    const bad = await fetch(`${server.baseUrl}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
    expect(bad.status).toBe(400);
  });
});

describe('write access with MOODLINE_API_KEYS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ apiKeys: ['k-one', 'k-two'] });
  });
  afterAll(() => server.close());

  it('needs a bearer key to upload: 401 without, 403 with a wrong one, 202 with a configured one', async () => {
    const csv = 'id,created_at,text\n1,2018-12-06T05:00:00Z,no signal\n';
    expect((await server.upload('keyed', csv)).status).toBe(401);
    expect((await server.upload('keyed', csv, { authorization: 'Bearer nope' })).status).toBe(403);
    expect((await server.upload('keyed', csv, { authorization: 'Bearer k-two' })).status).toBe(202);
  });

  it('keeps reads public by default', async () => {
    expect((await server.getJson('/api/datasets')).status).toBe(200);
  });
});
