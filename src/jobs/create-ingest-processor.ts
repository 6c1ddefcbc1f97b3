import fs from 'node:fs';
import type { Job, Queue } from 'bullmq';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/create-logger';
import { parseExport, type ParseOptions } from '../ingest/parse-export';
import type { UploadStore } from '../store/upload-store';
import { BatchBuilder } from './batch-builder';
import { redisFullError, type RedisMemory } from './redis-memory';
import { ingestJobSchema, type ScoreJob } from './job-payloads';
import { scoreJobId } from './queue-names';

export interface IngestProcessorDeps {
  uploads: UploadStore;
  scoreQueue: Queue<ScoreJob>;
  batchSize: number;
  /** Backpressure: parsing pauses while this many score batches are waiting. */
  maxQueuedBatches: number;
  /** Redis memory use: parsing stops with a clear upload error when Redis nears maxmemory. */
  redisMemory?: () => Promise<RedisMemory | undefined>;
  logger: Logger;
}

/**
 * Turns an uploaded file into score batches. Safe to re-run after a crash: batches are numbered by
 * position, already-committed ones are skipped, and job ids make re-adding a waiting batch a no-op.
 */
export function createIngestProcessor(deps: IngestProcessorDeps) {
  return async (job: Job): Promise<{ batches: number; rows: number }> => {
    const data = ingestJobSchema.parse(job.data);
    const log = deps.logger.child({ uploadId: data.uploadId, dataset: data.dataset });
    await deps.uploads.startParsing(data.uploadId);
    let bytesRead = 0;
    let rows = 0;
    const builder = new BatchBuilder({ uploadId: data.uploadId, dataset: data.dataset }, deps.batchSize);
    const enqueue = async (batch: ScoreJob | undefined) => {
      if (!batch) return;
      if (!(await deps.uploads.isBatchCommitted(data.uploadId, batch.batch))) {
        const full = deps.redisMemory && redisFullError(await deps.redisMemory());
        if (full) throw full;
        await waitForRoom(deps.scoreQueue, deps.maxQueuedBatches);
        await deps.scoreQueue.add('score', batch, { jobId: scoreJobId(data.uploadId, batch.batch) });
      }
      await deps.uploads.recordProgress(data.uploadId, { bytesRead: Math.round(bytesRead), rowsRead: rows });
    };
    try {
      for await (const row of parseExport(data.path, data.options as ParseOptions, (n) => { bytesRead += n; })) {
        rows++;
        const full = builder.add(row);
        if (full) await enqueue(full); // most rows only join a batch: no await, no extra microtask
      }
      await enqueue(builder.flush());
    } catch (err) {
      if (err instanceof AppError && !err.retryable) {
        log.warn({ code: err.code, rows }, 'upload failed while parsing');
        await deps.uploads.fail(data.uploadId, `${err.message} (after ${rows} rows)`);
        await removeFile(data.path, data.deleteAfter);
        return { batches: builder.batches, rows };
      }
      throw err; // Redis or file system trouble: BullMQ retries the job
    }
    const state = await deps.uploads.finishParsing(data.uploadId, builder.batches, { bytesRead: Math.round(bytesRead), rowsRead: rows });
    log.info({ rows, batches: builder.batches, state }, 'upload parsed');
    await removeFile(data.path, data.deleteAfter);
    return { batches: builder.batches, rows };
  };
}

async function waitForRoom(queue: Queue, max: number): Promise<void> {
  for (let delay = 5; (await queue.getWaitingCount()) >= max; delay = Math.min(delay * 2, 100)) {
    await new Promise((r) => setTimeout(r, delay));
  }
}

async function removeFile(path: string, remove: boolean): Promise<void> {
  if (remove) await fs.promises.rm(path, { force: true });
}
