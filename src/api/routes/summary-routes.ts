import type { IRouter } from 'express';
import { sendJsonAnswer } from '../json-answer';
import { moodQuerySchema } from '../mood-query';
import { datasetParam } from '../path-param';
import type { SummaryReader } from '../summary-reader';

/** `GET /api/datasets/:dataset/summary`: per bucket, the mood plus top terms and representative posts. */
export function summaryRoutes(r: IRouter, summaries: SummaryReader): void {
  r.get('/datasets/:dataset/summary', async (req, res) => {
    const dataset = datasetParam(req.params);
    sendJsonAnswer(res, await summaries.summary(dataset, moodQuerySchema.parse(req.query)));
  });
}
