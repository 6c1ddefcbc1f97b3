import type { MoodAnswer } from '../../src/api/mood-reader';
import type { UploadReport } from '../../src/domain/upload-report';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

const POSTS = 2000;

function ndjson(): string {
  const rows: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    rows.push(JSON.stringify({ id: `f${i}`, created_at: `2018-12-06T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`, text: `still no data @O2 #${i}` }));
  }
  return rows.join('\n') + '\n';
}

const total = (m: MoodAnswer): number => m.series.reduce((n, b) => n + b.posts, 0);

describe('mood reads and uploads', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ batchSize: 100 }); });
  afterAll(() => server.close());

  it('counts every post in the first read after the upload is reported done, though mood was read all along', async () => {
    const res = await server.upload('fresh', ndjson());
    const { uploadId } = (await res.json()) as { uploadId: string };
    const moodUrl = '/api/datasets/fresh/mood?bucket=1h';
    // Reading mood while the batches commit keeps the API's copy of the dataset version recent.
    for (;;) {
      await server.getJson<MoodAnswer>(moodUrl);
      const report = (await server.getJson<UploadReport>(`/api/uploads/${uploadId}`)).body;
      if (report.state === 'done') break;
      expect(report.state).not.toBe('failed');
    }
    const { status, body } = await server.getJson<MoodAnswer>(moodUrl);
    expect(status).toBe(200);
    expect(total(body)).toBe(POSTS);
  });

  it('answers 404 in the first read after a delete', async () => {
    await server.ingest('gone', ndjson());
    expect((await server.getJson('/api/datasets/gone/mood?bucket=1h')).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/datasets/gone`, { method: 'DELETE' })).status).toBe(204);
    expect((await server.getJson('/api/datasets/gone/mood?bucket=1h')).status).toBe(404);
  });
});
