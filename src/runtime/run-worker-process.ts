import { loadConfig } from '../config';
import { createLogger } from '../logging/create-logger';
import { openCore } from './open-core';
import { runWorkers, type WorkerRole } from './run-workers';

const SHUTDOWN_GRACE_MS = 20_000;

/**
 * Runs workers of one role until SIGTERM/SIGINT, then closes them: in-flight batches finish (BullMQ
 * waits for them); after the grace period the process exits and unfinished jobs return via stall recovery.
 */
export async function runWorkerProcess(role: WorkerRole, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel, `moodline-${role}`);
  if (!config.redisUrl) {
    logger.error('REDIS_URL is required for a standalone worker');
    process.exit(2);
  }
  const core = await openCore(config, logger);
  const running = runWorkers(role, core, config, logger);
  logger.info({ role, pid: process.pid }, 'worker started');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await running.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  if (process.send) process.on('disconnect', () => void stop('parent exited'));
}
