import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisService } from '../api/analysis-service';
import type { Analysis } from '../domain/analysis';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/create-logger';

export interface AnalyserThreadRequest { id: number; texts: readonly string[]; hint?: { lang?: string } }
export type AnalyserThreadReply = { id: number; results: Analysis[] } | { id: number; error: string };

export interface AnalyserThread extends AnalysisService {
  /** Ends the thread; pending calls fail. */
  close(): Promise<void>;
}

interface Pending { resolve(r: Analysis[]): void; reject(e: Error): void }

/**
 * The API's analyser on a worker thread of its own. Its 37 MB model then lives in another V8 heap,
 * so the API's major GCs mark a third as much and pause reads for a third as long, and a
 * `POST /api/analyze` of a thousand long posts no longer blocks every other request while it runs.
 * The thread starts on the first call (loading the model takes about a second), so an API that is
 * only read (dashboards) does not carry its ~40 MB. A thread that dies fails the calls it held and is
 * started again on the next call.
 */
export function startAnalyserThread(o: { repoRoot: string; logger: Logger }): AnalyserThread {
  const file = path.join(o.repoRoot, 'dist', 'workers', 'analyser-thread.js');
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | undefined;
  let closing = false;

  const failAll = (why: string): void => {
    for (const p of pending.values()) p.reject(new AppError('analyser_unavailable', why, 503, true));
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(file, { stdout: false, stderr: false });
    w.on('message', (m: AnalyserThreadReply) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if ('error' in m) p.reject(new AppError('analysis_failed', `the analyser failed: ${m.error}`));
      else p.resolve(m.results);
    });
    w.unref(); // never what keeps the process alive: serve closes it on shutdown
    w.on('error', (e) => o.logger.error({ err: e }, 'analyser thread failed'));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      if (!closing) o.logger.error({ code }, 'analyser thread exited; the next analysis starts a new one');
      failAll('the analyser thread stopped; try again');
    });
    return w;
  };

  return {
    analyzeTexts(texts, hint) {
      if (closing) return Promise.reject(new AppError('analyser_unavailable', 'the server is shutting down', 503, true));
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<Analysis[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, texts, ...(hint ? { hint } : {}) } satisfies AnalyserThreadRequest);
      });
    },
    async close() {
      closing = true;
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
      failAll('the server is shutting down');
    },
  };
}
