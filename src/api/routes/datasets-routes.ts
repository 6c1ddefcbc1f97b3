import type { IRouter, RequestHandler } from 'express';
import { notFound } from '../../errors/app-error';
import type { DatasetStore } from '../../store/dataset-store';
import { sendJsonAnswer } from '../json-answer';
import { moodQuerySchema } from '../mood-query';
import { datasetParam } from '../path-param';
import type { MoodReader } from '../mood-reader';

export interface DatasetsRoutesDeps {
  datasets: DatasetStore;
  moods: MoodReader;
  requireWrite: RequestHandler;
}

/** `GET /api/datasets`, `GET /api/datasets/:dataset/mood` and `DELETE /api/datasets/:dataset`. */
export function datasetsRoutes(r: IRouter, d: DatasetsRoutesDeps): void {
  r.get('/datasets', async (_req, res) => {
    const list = await d.datasets.list();
    res.json({ datasets: list.map(({ version: _v, ...rest }) => rest) });
  });

  r.get('/datasets/:dataset/mood', async (req, res) => {
    const dataset = datasetParam(req.params);
    sendJsonAnswer(res, await d.moods.moodAnswer(dataset, moodQuerySchema.parse(req.query)));
  });

  r.delete('/datasets/:dataset', d.requireWrite, async (req, res) => {
    const dataset = datasetParam(req.params);
    if (!(await d.datasets.delete(dataset))) throw notFound(`no dataset named "${dataset}"`);
    res.status(204).end();
  });
}
