import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const csvList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'yes'].includes(v)));

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const schema = z.object({
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  PORT: int(3000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  MOODLINE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_{}.-]+$/, 'letters, digits, _ . - and {hash-tag} braces only')
    .default('{moodline}'),
  MOODLINE_API_KEYS: csvList,
  MOODLINE_PUBLIC_READS: bool(true),
  MOODLINE_DATA_DIR: z.string().default(path.join(repoRoot, '.moodline')),
  MOODLINE_UPLOAD_DIR: z.string().optional(),
  MOODLINE_MAX_UPLOAD_MB: int(1024, 1, 1024 * 64),
  MOODLINE_BATCH_SIZE: int(1000, 1, 10000),
  MOODLINE_MAX_QUEUED_BATCHES: int(16, 1, 10000),
  MOODLINE_SCORE_CONCURRENCY: int(2, 1, 64),
  MOODLINE_SCORE_PROCESSES: int(Math.max(1, os.availableParallelism()), 0, 64),
  MOODLINE_LOAD_SAMPLE: bool(true),
  MOODLINE_WRITES_PER_MINUTE: int(120, 1, 1_000_000),
  MOODLINE_URL: z.string().url().default('http://127.0.0.1:3000'),
  MOODLINE_API_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  repoRoot: string;
  redisUrl: string | undefined;
  port: number;
  host: string;
  prefix: string;
  apiKeys: string[];
  publicReads: boolean;
  dataDir: string;
  uploadDir: string;
  maxUploadBytes: number;
  batchSize: number;
  maxQueuedBatches: number;
  scoreConcurrency: number;
  scoreProcesses: number;
  loadSample: boolean;
  /** Writes (uploads, deletes) one client may make per minute; 429 above it. */
  writesPerMinute: number;
  serverUrl: string;
  apiKey: string | undefined;
  logLevel: Env['LOG_LEVEL'];
}

/** The only reader of process.env: validates everything at once and lists every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    repoRoot,
    redisUrl: e.REDIS_URL,
    port: e.PORT,
    host: e.HOST,
    prefix: e.MOODLINE_PREFIX,
    apiKeys: e.MOODLINE_API_KEYS,
    publicReads: e.MOODLINE_PUBLIC_READS,
    dataDir: e.MOODLINE_DATA_DIR,
    uploadDir: e.MOODLINE_UPLOAD_DIR ?? path.join(e.MOODLINE_DATA_DIR, 'uploads'),
    maxUploadBytes: e.MOODLINE_MAX_UPLOAD_MB * 1024 * 1024,
    batchSize: e.MOODLINE_BATCH_SIZE,
    maxQueuedBatches: e.MOODLINE_MAX_QUEUED_BATCHES,
    scoreConcurrency: e.MOODLINE_SCORE_CONCURRENCY,
    scoreProcesses: e.MOODLINE_SCORE_PROCESSES,
    loadSample: e.MOODLINE_LOAD_SAMPLE,
    writesPerMinute: e.MOODLINE_WRITES_PER_MINUTE,
    serverUrl: e.MOODLINE_URL,
    apiKey: e.MOODLINE_API_KEY,
    logLevel: e.LOG_LEVEL,
  };
}
