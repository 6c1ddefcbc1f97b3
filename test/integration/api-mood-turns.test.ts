import type { MoodAnswer } from '../../src/api/mood-reader';
import { startTestServer, type TestServer } from '../helpers/start-test-server';

const ANGRY = ['No signal all day @O2, absolutely useless', 'Still no data, this is a joke, sort it out', 'Worst network ever, no data since 6am', 'Paying for nothing again, awful service'];
const CALM = ['Data is back, thank you engineers', 'Signal back, brilliant work by the engineers', 'All working again, well done team', 'Back online, thanks for the updates'];

/** 40 posts an hour: three angry hours, then three calm ones. */
function ndjson(): string {
  const rows: string[] = [];
  for (let h = 0; h < 6; h++) {
    for (let i = 0; i < 40; i++) {
      const texts = h < 3 ? ANGRY : CALM;
      const at = `2018-12-06T${String(8 + h).padStart(2, '0')}:${String(i).padStart(2, '0')}:00Z`;
      rows.push(JSON.stringify({ id: `t${h}-${i}`, created_at: at, text: `${texts[i % texts.length]} #${i}` }));
    }
  }
  return rows.join('\n') + '\n';
}

describe('GET /api/datasets/:dataset/mood: when the mood turned', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.ingest('turns', ndjson());
  });
  afterAll(() => server.close());

  it('finds the hour the mood turned better, with the levels either side, the most negative hour and the trend', async () => {
    const { status, body } = await server.getJson<MoodAnswer>('/api/datasets/turns/mood?bucket=1h&tz=Europe/London');
    expect(status).toBe(200);
    expect(body.turns).toHaveLength(1);
    const [turn] = body.turns;
    expect(turn).toMatchObject({ start: '2018-12-06T11:00:00Z', direction: 'better', before: { from: '2018-12-06T08:00:00Z', posts: 120 }, after: { posts: 120 } });
    expect(turn!.before.negativeShare).toBeGreaterThan(0.8);
    expect(turn!.after.negativeShare).toBeLessThan(0.2);
    expect(body.mostNegative?.start).toMatch(/^2018-12-06T(08|09|10):00:00Z$/);
    expect(body.trend).toMatchObject({ direction: 'better', previous: { from: '2018-12-06T08:00:00Z' }, recent: { from: '2018-12-06T11:00:00Z' } });
  });

  it('finds the same turn whatever the bucket size, on its own boundaries', async () => {
    const quarter = await server.getJson<MoodAnswer>('/api/datasets/turns/mood?bucket=15m');
    expect(quarter.body.turns.map((t) => [t.start, t.direction])).toEqual([['2018-12-06T11:00:00Z', 'better']]);
    const day = await server.getJson<MoodAnswer>('/api/datasets/turns/mood?bucket=1d');
    expect(day.body).toMatchObject({ turns: [], trend: null, mostNegative: { start: '2018-12-06T00:00:00Z', posts: 240 } });
  });

  it('answers an unknown dataset with 404, and a range with no posts with no turns', async () => {
    expect((await server.getJson('/api/datasets/nope/mood')).status).toBe(404);
    const empty = await server.getJson<MoodAnswer>('/api/datasets/turns/mood?bucket=1h&from=2018-12-07T00:00:00Z&to=2018-12-07T06:00:00Z');
    expect(empty.body).toMatchObject({ turns: [], trend: null, mostNegative: null });
  });
});
