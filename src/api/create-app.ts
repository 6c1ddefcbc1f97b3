import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Analyser } from '../analysis/create-analyser';
import type { Queues } from '../jobs/create-queues';
import type { Logger } from '../logging/create-logger';
import type { DatasetStore } from '../store/dataset-store';
import type { UploadStore } from '../store/upload-store';
import { errorHandler, notFoundHandler } from './error-handler';
import { createMoodReader } from './mood-reader';
import { requireApiKey } from './require-api-key';
import { analyzeRoutes } from './routes/analyze-routes';
import { datasetsRoutes } from './routes/datasets-routes';
import { healthRoutes } from './routes/health-routes';
import { uploadsRoutes } from './routes/uploads-routes';

export interface AppDeps {
  redis: Redis;
  queues: Queues;
  uploads: UploadStore;
  datasets: DatasetStore;
  analyser: Analyser;
  logger: Logger;
  uploadDir: string;
  maxUploadBytes: number;
  apiKeys: string[];
  publicReads: boolean;
  /** Folder of the dashboard's static files. */
  webDir: string;
}

/** The HTTP API and dashboard, without listening: tests and `moodline serve` both start it. */
export function createApp(d: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  const requireWrite = requireApiKey(d.apiKeys);
  const requireRead = d.publicReads ? requireApiKey([]) : requireWrite;

  app.use(healthRoutes(d.redis, d.queues));
  app.use('/api', express.json({ limit: '2mb' }));
  app.use('/api', uploadsRoutes({ uploads: d.uploads, queues: d.queues, uploadDir: d.uploadDir, maxUploadBytes: d.maxUploadBytes, requireWrite, requireRead }));
  app.use('/api', requireRead, analyzeRoutes(d.analyser));
  app.use('/api', requireRead, datasetsRoutes({ datasets: d.datasets, moods: createMoodReader(d.datasets), requireWrite }));
  app.use(express.static(d.webDir, { index: 'index.html', maxAge: '1h' }));
  app.use(notFoundHandler);
  app.use(errorHandler(d.logger));
  return app;
}
