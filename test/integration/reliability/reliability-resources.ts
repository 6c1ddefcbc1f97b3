import fs from 'node:fs';
import { createRedis } from '../../../src/store/create-redis';
import { snapshotBuild, type Stack } from '../../helpers/process-helpers';
import { testRedisUrl } from '../../helpers/test-core';
import { deletePrefix } from './aggregates';

/**
 * What a reliability suite shares: a Redis client for inspection and a private copy of the build.
 * Registers the clean-up (stop the suite's stack, delete its keys, remove the copy) as `afterAll`.
 */
export function reliabilityResources(currentStack: () => Stack | undefined) {
  const redis = createRedis(testRedisUrl(), 'moodline-reliability');
  const root = snapshotBuild();
  afterAll(async () => {
    const stack = currentStack();
    await stack?.stop();
    if (stack) await deletePrefix(redis, stack.prefix);
    await redis.quit();
    fs.rmSync(root, { recursive: true, force: true });
  });
  return { redis, root };
}
