import type { Redis } from 'ioredis';
import type { Rejection } from '../domain/post';
import { UPLOAD_STATES, type UploadReport, type UploadState } from '../domain/upload-report';
import type { Keys } from './keys';
import { scriptOn } from './script-on';
import { FINISH_PARSING_LUA, MOVE_STATE_LUA } from './upload-lua';

export interface NewUpload {
  uploadId: string;
  dataset: string;
  fileName?: string;
  bytes: number;
  format?: string;
}

export interface ParseProgress {
  bytesRead: number;
  rowsRead: number;
}

/** Upload records: created by the API, advanced by the ingest worker, counted by commitBatch. */
export function createUploadStore(redis: Redis, keys: Keys) {
  const moveState = (uploadId: string, to: UploadState, from: UploadState[]) =>
    scriptOn(redis, 'moodlineMoveState', MOVE_STATE_LUA)(1, keys.upload(uploadId), to, ...from);

  return {
    async create(u: NewUpload, nowMs = Date.now()): Promise<void> {
      const fields: Record<string, string | number> = {
        uploadId: u.uploadId, dataset: u.dataset, state: 'queued', bytes: u.bytes, createdAt: nowMs,
        accepted: 0, duplicates: 0, rejected: 0, rowsRead: 0, rowsCommitted: 0, bytesRead: 0,
      };
      if (u.fileName) fields.fileName = u.fileName;
      if (u.format) fields.format = u.format;
      await redis
        .multi()
        .hset(keys.upload(u.uploadId), fields)
        .zadd(keys.datasetUploads(u.dataset), nowMs, u.uploadId)
        .sadd(keys.datasets(), u.dataset)
        .exec();
    },

    /** Marks parsing started; a retried ingest job keeps counting from its batches, so this is safe to repeat. */
    startParsing: (uploadId: string) => moveState(uploadId, 'parsing', ['queued', 'parsing', 'scoring']),

    async recordProgress(uploadId: string, p: ParseProgress): Promise<void> {
      await redis.hset(keys.upload(uploadId), { bytesRead: p.bytesRead, rowsRead: p.rowsRead });
    },

    /** Parsing is over: `batches` batches hold every row. Returns the upload's state afterwards. */
    async finishParsing(uploadId: string, batches: number, p: ParseProgress, nowMs = Date.now()): Promise<UploadState> {
      const keysFor = [keys.upload(uploadId), keys.uploadBatches(uploadId)];
      return (await scriptOn(redis, 'moodlineFinishParsing', FINISH_PARSING_LUA)(
        2, ...keysFor, batches, p.rowsRead, p.bytesRead, nowMs,
      )) as UploadState;
    },

    async fail(uploadId: string, message: string, nowMs = Date.now()): Promise<void> {
      await redis.hset(keys.upload(uploadId), { error: message, finishedAt: nowMs });
      await moveState(uploadId, 'failed', ['queued', 'parsing', 'scoring']);
    },

    async isBatchCommitted(uploadId: string, batch: number): Promise<boolean> {
      return (await redis.sismember(keys.uploadBatches(uploadId), `b${batch}`)) === 1;
    },

    /** Rejected rows by line: the first 10,000 of the upload (see MAX_KEPT_REJECTIONS). */
    async rejections(uploadId: string): Promise<Rejection[]> {
      return (await redis.zrange(keys.uploadErrors(uploadId), '0', '-1')).map((e) => JSON.parse(e) as Rejection);
    },

    async get(uploadId: string): Promise<UploadReport | undefined> {
      // A pipeline, not MULTI: a read must still answer when Redis refuses writes (maxmemory reached).
      const [[, h], [, errs], [, reasons]] = (await redis
        .pipeline()
        .hgetall(keys.upload(uploadId))
        .zrange(keys.uploadErrors(uploadId), '0', '99')
        .hgetall(keys.uploadReasons(uploadId))
        .exec()) as [[null, Record<string, string>], [null, string[]], [null, Record<string, string>]];
      if (!h.uploadId) return undefined;
      return toReport(h, errs, reasons);
    },
  };
}

export type UploadStore = ReturnType<typeof createUploadStore>;

function toReport(h: Record<string, string>, errs: string[], reasons: Record<string, string>): UploadReport {
  const n = (k: string) => Number(h[k] ?? 0);
  const state = (UPLOAD_STATES as readonly string[]).includes(h.state ?? '') ? (h.state as UploadState) : 'queued';
  const accepted = n('accepted');
  const report: UploadReport = {
    uploadId: h.uploadId ?? '',
    dataset: h.dataset ?? '',
    state,
    accepted,
    duplicates: n('duplicates'),
    rejected: n('rejected'),
    scored: accepted,
    rowsRead: n('rowsRead'),
    progress: progressOf(state, h),
    errors: errs.map((e) => JSON.parse(e) as Rejection),
    rejectedByReason: Object.fromEntries(Object.entries(reasons).map(([k, v]) => [k, Number(v)])),
    bytes: n('bytes'),
    createdAt: new Date(n('createdAt')).toISOString(),
  };
  if (h.fileName) report.fileName = h.fileName;
  if (h.format) report.format = h.format;
  if (h.finishedAt) report.finishedAt = new Date(Number(h.finishedAt)).toISOString();
  if (h.error) report.error = h.error;
  return report;
}

function progressOf(state: UploadState, h: Record<string, string>): number {
  if (state === 'done') return 1;
  const bytes = Number(h.bytes ?? 0);
  const parsed = state === 'scoring' || bytes === 0 ? 1 : Math.min(1, Number(h.bytesRead ?? 0) / bytes);
  const rows = Number(h.rowsRead ?? 0);
  const committed = rows === 0 ? 0 : Math.min(1, Number(h.rowsCommitted ?? 0) / rows);
  return Math.floor(parsed * committed * 1000) / 1000;
}
