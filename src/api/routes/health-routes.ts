import type { IRouter } from 'express';
import type { Redis } from 'ioredis';
import type { Queues } from '../../jobs/create-queues';

/** `GET /healthz`: Redis reachability and latency, queue depths and live worker counts. 503 when Redis is down. */
export function healthRoutes(r: IRouter, redis: Redis, queues: Queues): void {
  r.get('/healthz', async (_req, res) => {
    const started = process.hrtime.bigint();
    try {
      await withTimeout(redis.ping(), 1000);
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      const [score, ingest, scoreWorkers, ingestWorkers] = await withTimeout(Promise.all([
        queues.score.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        queues.ingest.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        queues.score.getWorkersCount(),
        queues.ingest.getWorkersCount(),
      ]), 2000);
      res.json({
        status: scoreWorkers > 0 && ingestWorkers > 0 ? 'ok' : 'degraded',
        redis: { ok: true, latencyMs: Math.round(latencyMs * 100) / 100 },
        queues: { score: { ...score, workers: scoreWorkers }, ingest: { ...ingest, workers: ingestWorkers } },
      });
    } catch (err) {
      res.status(503).json({ status: 'down', redis: { ok: false, error: (err as Error).message } });
    }
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
