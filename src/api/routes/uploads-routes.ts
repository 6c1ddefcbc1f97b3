import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IRouter, RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, notFound } from '../../errors/app-error';
import { exportFormatSchema } from '../../ingest/export-format';
import { inspectExport } from '../../ingest/inspect-export';
import { parseColumnMap } from '../../ingest/parse-column-map';
import type { Queues } from '../../jobs/create-queues';
import { ingestJobId } from '../../jobs/queue-names';
import type { UploadStore } from '../../store/upload-store';
import { isValidTimeZone } from '../../domain/time-zone';
import { readExportHead } from '../read-export-head';
import { csvRow } from '../csv-cell';
import { datasetParam, pathParam } from '../path-param';
import { receiveUpload } from '../receive-upload';
import type { RecentVersions } from '../recent-versions';

export interface UploadsRoutesDeps {
  uploads: UploadStore;
  /** Told when a report shows an upload finished, so the next read of its dataset is not behind it. */
  datasets: Pick<RecentVersions, 'forget'>;
  queues: Queues;
  uploadDir: string;
  maxUploadBytes: number;
  requireWrite: RequestHandler;
  requireRead: RequestHandler;
}

const uploadQuery = z.object({
  format: exportFormatSchema.optional(),
  map: z.string().optional(),
  tz: z.string().refine(isValidTimeZone, 'unknown IANA time zone').optional(),
});

const uploadIdSchema = z.string().regex(/^up_[a-f0-9]{24}$/, 'not an upload id');

/** `POST /api/datasets/:dataset/uploads`, then the upload's report and its rejected rows under `/api/uploads/:uploadId`. */
export function uploadsRoutes(r: IRouter, d: UploadsRoutesDeps): void {
  r.post('/datasets/:dataset/uploads', d.requireWrite, async (req, res) => {
    const dataset = datasetParam(req.params);
    const q = uploadQuery.parse(req.query);
    const options = { ...(q.format ? { format: q.format } : {}), ...(q.tz ? { tz: q.tz } : {}), ...(q.map ? { map: parseColumnMap(q.map) } : {}) };
    const uploadId = `up_${randomUUID().replaceAll('-', '').slice(0, 24)}`;
    const file = await receiveUpload(req, path.join(d.uploadDir, `${uploadId}.upload`), d.maxUploadBytes);
    try {
      if (file.bytes === 0) throw new AppError('empty_file', 'the uploaded file is empty', 400);
      const verdict = inspectExport(await readExportHead(file.path), options);
      if (!verdict.ok) throw new AppError('unusable_export', verdict.reason, 422);
      await d.uploads.create({ uploadId, dataset, bytes: file.bytes, format: options.format ?? verdict.format, ...(file.fileName ? { fileName: file.fileName } : {}) });
      await d.queues.ingest.add('ingest', { uploadId, dataset, path: file.path, deleteAfter: true, options }, { jobId: ingestJobId(uploadId) });
    } catch (err) {
      await fs.promises.rm(file.path, { force: true });
      throw err;
    }
    res.status(202).location(`/api/uploads/${uploadId}`).json({ uploadId, statusUrl: `/api/uploads/${uploadId}` });
  });

  r.get('/uploads/:uploadId', d.requireRead, async (req, res) => {
    const id = pathParam(uploadIdSchema, req.params, 'uploadId');
    const report = await d.uploads.get(id);
    if (!report) throw notFound(`no upload ${id}`);
    if (report.state === 'done' || report.state === 'failed') d.datasets.forget(report.dataset);
    res.json(report);
  });

  r.get('/uploads/:uploadId/rejected.csv', d.requireRead, async (req, res) => {
    const id = pathParam(uploadIdSchema, req.params, 'uploadId');
    const report = await d.uploads.get(id);
    if (!report) throw notFound(`no upload ${id}`);
    const rows = await d.uploads.rejections(id);
    res.type('text/csv').attachment(`${id}-rejected.csv`);
    res.write(csvRow(['line', 'reason']));
    for (const e of rows) res.write(csvRow([e.line, e.reason]));
    if (report.rejected > rows.length) res.write(csvRow(['', `… ${report.rejected - rows.length} more rejected rows not kept`]));
    res.end();
  });
}
