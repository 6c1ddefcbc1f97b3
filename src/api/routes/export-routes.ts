import type { IRouter, Response } from 'express';
import type { MoodBucket } from '../../domain/rollup-mood';
import { notFound } from '../../errors/app-error';
import type { DatasetStore } from '../../store/dataset-store';
import type { PostStore } from '../../store/post-store';
import type { StoredPost } from '../../store/stored-post';
import { csvRow } from '../csv-cell';
import { exportQuerySchema, type ExportQuery } from '../export-query';
import type { MoodReader } from '../mood-reader';
import { datasetParam } from '../path-param';
import { writeChunk } from '../write-stream';

export interface ExportRoutesDeps {
  datasets: DatasetStore;
  moods: MoodReader;
  posts: PostStore;
}

const POST_COLUMNS = ['id', 'created_at', 'author', 'lang', 'category', 'confidence', 'sentiment_label', 'sentiment_score', 'compensation', 'question', 'text'];
const HOURLY_COLUMNS = ['start', 'posts', 'mean', 'negative', 'neutral', 'positive', 'complaint', 'support', 'humour', 'other', 'compensation', 'question'];
const FLUSH_AT = 64 * 1024;

const postCells = (p: StoredPost) => [p.id, p.createdAt, p.author, p.lang, p.category, p.confidence, p.sentiment.label, p.sentiment.score, p.flags.compensation, p.flags.question, p.text];
const hourCells = (b: MoodBucket) => [b.start, b.posts, b.sentiment.mean, b.sentiment.negative, b.sentiment.neutral, b.sentiment.positive, b.categories.complaint, b.categories.support, b.categories.humour, b.categories.other, b.flags.compensation, b.flags.question];

/** `GET /api/datasets/:dataset/export.csv|json`: scored posts and the hourly series, streamed. */
export function exportRoutes(r: IRouter, d: ExportRoutesDeps): void {
  async function open(params: Record<string, string>, query: unknown) {
    const dataset = datasetParam(params);
    const q = exportQuerySchema.parse(query);
    const info = await d.datasets.get(dataset);
    if (!info) throw notFound(`no dataset named "${dataset}"`);
    const fromMs = q.from ?? (info.from ? Date.parse(info.from) : 0);
    const toMs = q.to ?? (info.to ? Date.parse(info.to) + 1 : 0);
    return { dataset, q, fromMs, toMs };
  }

  async function* postsOf(dataset: string, fromMs: number, toMs: number): AsyncGenerator<StoredPost> {
    if (toMs <= fromMs) return;
    for await (const { post } of d.posts.scan(dataset, fromMs, toMs)) {
      const t = Date.parse(post.createdAt);
      if (t >= fromMs && t < toMs) yield post;
    }
  }

  const hourly = async (dataset: string, q: ExportQuery) => d.moods.mood(dataset, { bucket: '1h', tz: q.tz, from: q.from, to: q.to });

  r.get('/datasets/:dataset/export.csv', async (req, res) => {
    const { dataset, q, fromMs, toMs } = await open(req.params, req.query);
    const series = q.table === 'hourly' ? (await hourly(dataset, q)).series : [];
    startDownload(res, 'text/csv; charset=utf-8', `${dataset}-${q.table}.csv`);
    await streamed(res, async (out) => {
      if (q.table === 'hourly') {
        await out(csvRow(HOURLY_COLUMNS));
        for (const b of series) await out(csvRow(hourCells(b)));
        return;
      }
      await out(csvRow(POST_COLUMNS));
      for await (const p of postsOf(dataset, fromMs, toMs)) await out(csvRow(postCells(p)));
    });
  });

  r.get('/datasets/:dataset/export.json', async (req, res) => {
    const { dataset, q, fromMs, toMs } = await open(req.params, req.query);
    const { series, turns, trend, mostNegative } = await hourly(dataset, q);
    startDownload(res, 'application/json; charset=utf-8', `${dataset}.json`);
    await streamed(res, async (out) => {
      const head = { dataset, exportedAt: new Date().toISOString(), from: toMs > fromMs ? new Date(fromMs).toISOString() : null, to: toMs > fromMs ? new Date(toMs).toISOString() : null, tz: q.tz };
      // The hourly series' turns, trend and most negative hour, as the mood answer gives them.
      const insight = JSON.stringify({ turns, trend, mostNegative }).slice(1, -1);
      await out(`${JSON.stringify(head).slice(0, -1)},"hourly":${JSON.stringify(series)},${insight},"posts":[`);
      let first = true;
      for await (const p of postsOf(dataset, fromMs, toMs)) {
        await out(`${first ? '\n' : ',\n'}${JSON.stringify(p)}`);
        first = false;
      }
      await out(']}\n');
    });
  });
}

function startDownload(res: Response, type: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Runs a writer with a chunk buffer; once bytes are out, a failure can only cut the response short. */
async function streamed(res: Response, write: (out: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  let buffer = '';
  const out = async (s: string) => {
    buffer += s;
    if (buffer.length >= FLUSH_AT) {
      const chunk = buffer;
      buffer = '';
      await writeChunk(res, chunk);
    }
  };
  try {
    await write(out);
    if (buffer) await writeChunk(res, buffer);
    res.end();
  } catch (err) {
    if (!res.headersSent) throw err;
    res.destroy(err as Error);
  }
}
