import type { Redis } from 'ioredis';
import { AppError } from '../errors/app-error';

export interface RedisMemory {
  used: number;
  /** maxmemory; 0 when unlimited. */
  max: number;
}

/** Parsing stops once Redis uses this share of maxmemory, leaving room to record why and to finish in-flight batches. */
export const REDIS_FULL_RATIO = 0.9;

/** used_memory and maxmemory from INFO; undefined when the server does not say (INFO restricted). */
export async function readRedisMemory(redis: Redis): Promise<RedisMemory | undefined> {
  try {
    const info = await redis.info('memory');
    const num = (field: string) => Number(new RegExp(`^${field}:(\\d+)`, 'm').exec(info)?.[1] ?? NaN);
    const m = { used: num('used_memory'), max: num('maxmemory') };
    return Number.isFinite(m.used) && Number.isFinite(m.max) ? m : undefined;
  } catch {
    return undefined;
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/**
 * A clear, non-retryable error when Redis is nearly full. With `noeviction` a full Redis refuses every
 * write, the upload's own status included, so an upload must stop while there is still room to say why.
 */
export function redisFullError(m: RedisMemory | undefined, ratio = REDIS_FULL_RATIO): AppError | undefined {
  if (!m || m.max === 0 || m.used < m.max * ratio) return undefined;
  return new AppError(
    'redis_full',
    `Redis is nearly full (${mb(m.used)} used of maxmemory ${mb(m.max)}), so parsing stopped rather than lose posts: ` +
      'the posts counted so far stay counted. Free memory (delete a dataset) or raise maxmemory, then upload the file ' +
      'again; posts already counted will be recognised as duplicates',
    507,
    false,
  );
}
