import express, { Router, type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Queues } from '../jobs/create-queues';
import type { Logger } from '../logging/create-logger';
import path from 'node:path';
import type { DatasetStore } from '../store/dataset-store';
import { createKeys, type Keys } from '../store/keys';
import { createPostStore } from '../store/post-store';
import type { UploadStore } from '../store/upload-store';
import type { AnalysisService } from './analysis-service';
import { errorHandler, notFoundHandler } from './error-handler';
import { createMoodReader } from './mood-reader';
import { rateLimitWrites } from './rate-limit-writes';
import { withRecentVersions } from './recent-versions';
import { requireApiKey } from './require-api-key';
import { analyzeRoutes } from './routes/analyze-routes';
import { datasetsRoutes } from './routes/datasets-routes';
import { docsRoutes } from './routes/docs-routes';
import { exportRoutes } from './routes/export-routes';
import { healthRoutes } from './routes/health-routes';
import { postsRoutes } from './routes/posts-routes';
import { summaryRoutes } from './routes/summary-routes';
import { uploadsRoutes } from './routes/uploads-routes';
import { singleValuedQuery } from './single-valued-query';
import { createSummaryReader } from './summary-reader';

export interface AppDeps {
  redis: Redis;
  queues: Queues;
  uploads: UploadStore;
  datasets: DatasetStore;
  /** The analyser behind `POST /api/analyze` (`moodline serve` runs it on a thread of its own). */
  analysis: AnalysisService;
  logger: Logger;
  uploadDir: string;
  maxUploadBytes: number;
  apiKeys: string[];
  publicReads: boolean;
  /** Folder of the dashboard's static files. */
  webDir: string;
  /** Key builder; default: one under the queues' prefix, which is Moodline's key prefix (see createQueues). */
  keys?: Keys;
  /** Writes (uploads, deletes) one client may make per minute (default 120). */
  writesPerMinute?: number;
  /** `POST /api/analyze` calls one client may make per minute (default 600). */
  analysesPerMinute?: number;
}

/** Content-Security-Policy: own scripts and styles only; no inline code, no frames, no plugins. */
const CSP = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
};

const UPLOT_DIR = path.dirname(require.resolve('uplot'));

/** The HTTP API and dashboard, without listening: tests and `moodline serve` both start it. */
export function createApp(d: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet({ contentSecurityPolicy: CSP }));
  const requireWrite = requireApiKey(d.apiKeys);
  const requireRead = d.publicReads ? requireApiKey([]) : requireWrite;
  const keys = d.keys ?? createKeys(d.queues.ingest.opts.prefix ?? '{moodline}');
  const posts = createPostStore(d.redis, keys);
  const datasets = withRecentVersions(d.datasets);
  const moods = createMoodReader(datasets);
  const writeLimit = rateLimitWrites({ limit: d.writesPerMinute ?? 120 });

  healthRoutes(app, d.redis, d.queues);
  // One router for the whole API: each router a request enters costs it a few KB of closures and a
  // rewritten URL, which under load is garbage collected in pauses (README, Read).
  const api = Router();
  api.use(singleValuedQuery);
  docsRoutes(api);
  api.post('/datasets/:dataset/uploads', writeLimit);
  api.delete('/datasets/:dataset', writeLimit);
  // Only `POST /api/analyze` takes a JSON body; other requests skip the parser (uploads are streamed raw).
  api.post('/analyze', rateLimitWrites({ limit: d.analysesPerMinute ?? 600 }), express.json({ limit: '2mb' }));
  uploadsRoutes(api, { uploads: d.uploads, datasets, queues: d.queues, uploadDir: d.uploadDir, maxUploadBytes: d.maxUploadBytes, requireWrite, requireRead });
  // Every other API route reads (writes add requireWrite themselves): one key check per request.
  api.use(requireRead);
  analyzeRoutes(api, d.analysis);
  datasetsRoutes(api, { datasets, moods, requireWrite });
  summaryRoutes(api, createSummaryReader({ datasets, moods, posts }));
  postsRoutes(api, { datasets, posts });
  exportRoutes(api, { datasets, moods, posts });
  app.use('/api', api);
  app.use('/vendor/uplot', express.static(UPLOT_DIR, { index: false, maxAge: '1d' }));
  // Assets may be cached for an hour; the page itself is revalidated so an upgrade is picked up at once.
  app.use(express.static(d.webDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => { if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache'); } }));
  app.use(notFoundHandler);
  app.use(errorHandler(d.logger));
  return app;
}
