import type { IRouter } from 'express';
import { notFound } from '../../errors/app-error';
import type { DatasetStore } from '../../store/dataset-store';
import type { PostStore } from '../../store/post-store';
import { datasetParam } from '../path-param';
import { postsQuerySchema } from '../posts-query';

export interface PostsRoutesDeps {
  datasets: DatasetStore;
  posts: PostStore;
}

/** `GET /api/datasets/:dataset/posts`: scored posts of a range, filtered, one cursor page at a time. */
export function postsRoutes(r: IRouter, d: PostsRoutesDeps): void {
  r.get('/datasets/:dataset/posts', async (req, res) => {
    const dataset = datasetParam(req.params);
    const q = postsQuerySchema.parse(req.query);
    const info = await d.datasets.get(dataset);
    if (!info) throw notFound(`no dataset named "${dataset}"`);
    const fromMs = q.from ?? (info.from ? Date.parse(info.from) : 0);
    const toMs = q.to ?? (info.to ? Date.parse(info.to) + 1 : 0);
    if (toMs <= fromMs) {
      res.json({ dataset, posts: [], nextCursor: null });
      return;
    }
    const filter = {
      fromMs, toMs,
      ...(q.category ? { category: q.category } : {}), ...(q.label ? { label: q.label } : {}),
      ...(q.lang ? { lang: q.lang } : {}), ...(q.q ? { q: q.q } : {}),
    };
    const page = await d.posts.page(dataset, filter, q.limit, q.cursor);
    res.json({ dataset, posts: page.posts, nextCursor: page.nextCursor });
  });
}
