import fs from 'node:fs';
import http from 'node:http';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

describe('POST /api/datasets/:dataset/uploads', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('takes a multipart upload in the field "file" and answers 202 with the status URL', async () => {
    const form = new FormData();
    form.append('note', 'ignored');
    form.append('file', new Blob(['{"id":"m1","created_at":"2018-12-06T09:00:00Z","text":"no data"}\n']), 'posts.ndjson');
    const res = await fetch(`${server.baseUrl}/api/datasets/multi/uploads`, { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { uploadId, statusUrl } = (await res.json()) as { uploadId: string; statusUrl: string };
    expect(statusUrl).toBe(`/api/uploads/${uploadId}`);
    expect(await server.waitForUpload(uploadId)).toMatchObject({ state: 'done', accepted: 1, fileName: 'posts.ndjson', format: 'ndjson' });
  });

  it('refuses a multipart upload without a "file" field with 400', async () => {
    const form = new FormData();
    form.append('other', new Blob(['x']), 'x.csv');
    const res = await fetch(`${server.baseUrl}/api/datasets/multi/uploads`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });

  it('reads a JSON array export and gives posts without an id a stable content hash id', async () => {
    const body = JSON.stringify([
      { text: 'still no signal', created_at: '2018-12-06T07:00:00Z', author: 'amy' },
      { text: 'still no signal', created_at: '2018-12-06T07:00:00Z', author: 'amy' },
      { text: 'still no signal', created_at: '2018-12-06T07:00:00Z', author: 'bob' },
    ]);
    expect(await server.ingest('hashids', body)).toMatchObject({ state: 'done', accepted: 2, duplicates: 1, rejected: 0 });
    expect(await server.ingest('hashids', body)).toMatchObject({ accepted: 0, duplicates: 3 });
  });

  it('offers the rejected rows as a CSV download', async () => {
    const csv = 'id,created_at,text\n1,2018-12-06T05:00:00Z,ok\n2,never,=cmd()\n3,2018-12-06T05:00:00Z,\n';
    const report = await server.ingest('rejects', csv);
    expect(report).toMatchObject({ accepted: 1, rejected: 2 });
    const res = await fetch(`${server.baseUrl}/api/uploads/${report.uploadId}/rejected.csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('line,reason');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['3', '4']);
  });

  it('maps unusual column names with ?map= and reads offset-less times in ?tz=', async () => {
    const csv = 'Beitrag;Zeitpunkt;Kennung\nKein Netz seit heute früh;06.12.2018 11:30;k1\n';
    const q = `?map=${encodeURIComponent('text=Beitrag,time=Zeitpunkt,id=Kennung')}&tz=Europe/Berlin`;
    expect(await server.ingest('mapped', csv, q)).toMatchObject({ state: 'done', accepted: 1, rejected: 0 });
    const { body } = await server.getJson<{ posts: { id: string; createdAt: string }[] }>('/api/datasets/mapped/posts');
    expect(body.posts).toEqual([expect.objectContaining({ id: 'k1', createdAt: '2018-12-06T10:30:00.000Z' })]);
  });

  it('refuses a map naming a column the file lacks, and an unknown time zone, with a 4xx', async () => {
    expect((await server.upload('mapped', 'a,b\n1,2\n', {}, '?map=text%3Dnope')).status).toBe(422);
    expect((await server.upload('mapped', 'text\nhi\n', {}, '?tz=Mars/Base')).status).toBe(400);
  });

  it('leaves nothing behind when the client aborts an upload half way', async () => {
    const url = new URL(`${server.baseUrl}/api/datasets/aborted/uploads`);
    await new Promise<void>((resolve) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-length': String(1_000_000) } });
      req.on('error', () => resolve());
      req.write('id,created_at,text\n1,2018-12-06T05:00:00Z,half\n');
      setTimeout(() => { req.destroy(); setTimeout(resolve, 300); }, 200);
    });
    // The server notices the reset and removes the partial file asynchronously: allow it a moment.
    for (let i = 0; i < 100 && fs.readdirSync(server.uploadDir).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(server.uploadDir)).toEqual([]);
    expect((await server.getJson('/api/datasets/aborted/mood')).status).toBe(404);
  });
});
