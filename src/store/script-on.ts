import type { Redis } from 'ioredis';

type ScriptFn = (numKeys: number, ...args: (string | number)[]) => Promise<unknown>;

/** A Lua script registered once per connection and called by EVALSHA (ioredis falls back to EVAL). */
export function scriptOn(redis: Redis, name: string, lua: string): ScriptFn {
  const r = redis as unknown as Record<string, ScriptFn | undefined>;
  if (typeof r[name] !== 'function') redis.defineCommand(name, { lua });
  return (r[name] as ScriptFn).bind(redis);
}
