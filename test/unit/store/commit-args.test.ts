import type { Analysis } from '../../../src/domain/analysis';
import { commitArgs, PAGE_RECORDS, POST_STRIDE } from '../../../src/store/commit-args';
import { createKeys } from '../../../src/store/keys';
import { recordsOfPage } from '../../../src/store/stored-page';

const analysis = (score: number, label: Analysis['sentiment']['label'], category: Analysis['category']): Analysis => ({
  lang: 'en', supported: true, sentiment: { score, comparative: score, label }, category, confidence: 0.8, flags: { compensation: false, question: false },
});
const at = Date.parse('2018-12-06T05:00:00Z');
const post = (i: number, offsetMs: number) => ({ id: `p${i}`, text: `post ${i}`, createdAtMs: at + offsetMs, analysis: analysis(0.25, 'positive', 'support') });

describe('commitArgs', () => {
  const keys = createKeys('{t}');

  it('sums the counters of every post per 5-minute slot of each day hash', () => {
    const posts = [post(1, 0), post(2, 60_000), { ...post(3, 5 * 60_000), analysis: analysis(-0.5, 'negative', 'complaint') }];
    const { argv, keys: k } = commitArgs(keys, { uploadId: 'u', dataset: 'd', batch: 0, rows: 3, posts, rejections: [] }, 0);
    const payload = JSON.parse(argv[1]!) as { a: (number | string)[][] };
    expect(k[payload.a[0]![0] as number - 1]).toBe('{t}:ds:d:day:20181206');
    const slot = (5 * 60) / 5; // 05:00 is slot 60 of the day
    expect(Object.fromEntries(chunk(payload.a[0]!.slice(1)))).toEqual({
      [`${slot}:p`]: 2, [`${slot}:s`]: 500, [`${slot}:ps`]: 2, [`${slot}:sp`]: 2,
      [`${slot + 1}:p`]: 1, [`${slot + 1}:s`]: -500, [`${slot + 1}:ng`]: 1, [`${slot + 1}:cp`]: 1,
    });
  });

  it('counts compensation demands and questions per slot, and gives each post its flags for a duplicate to take back', () => {
    const flagged = { ...post(1, 0), analysis: { ...analysis(-0.5, 'negative', 'complaint'), flags: { compensation: true, question: true } } };
    const { argv } = commitArgs(keys, { uploadId: 'u', dataset: 'd', batch: 0, rows: 2, posts: [flagged, post(2, 0)], rejections: [] }, 0);
    const payload = JSON.parse(argv[1]!) as { a: (number | string)[][]; p: number[]; f: string[]; q: number[] };
    expect(Object.fromEntries(chunk(payload.a[0]!.slice(1)))).toMatchObject({ '60:cm': 1, '60:qs': 1, '60:p': 2 });
    expect([payload.p[POST_STRIDE - 1], payload.p[2 * POST_STRIDE - 1]]).toEqual([3, 0]);
    expect(payload.q.map((i) => payload.f[i - 1])).toEqual(['cm', 'qs']);
  });

  it('cuts stored records into pages of one hour each, at most PAGE_RECORDS long, in post order', () => {
    const posts = [...Array.from({ length: PAGE_RECORDS + 2 }, (_, i) => post(i, i * 1000)), post(99, 3_600_000)];
    const { argv, keys: k } = commitArgs(keys, { uploadId: 'u', dataset: 'd', batch: 0, rows: posts.length, posts, rejections: [] }, 0);
    const payload = JSON.parse(argv[1]!) as { g: number[]; p: (number | string)[] };
    const pages = argv.slice(4).map(recordsOfPage);
    expect(pages.map((p) => p.length)).toEqual([PAGE_RECORDS, 2, 1]);
    expect(payload.g.map((i) => k[i - 1])).toEqual(['{t}:ds:d:posts:2018120605', '{t}:ds:d:posts:2018120605', '{t}:ds:d:posts:2018120606']);
    const pageOfPost = (n: number) => payload.p[n * POST_STRIDE + 2];
    expect([pageOfPost(0), pageOfPost(PAGE_RECORDS), pageOfPost(PAGE_RECORDS + 2)]).toEqual([1, 2, 3]);
  });
});

function chunk(flat: (number | string)[]): [string, number][] {
  const out: [string, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1] as number]);
  return out;
}
