import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Whether String.prototype has fast properties after `script` ran, asked of V8 in a fresh Node process (the built module: `npm test` builds first). */
function stringPrototypeIsFast(script: string): boolean {
  const out = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', `${script}; console.log(%HasFastProperties(String.prototype))`], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout.trim() === 'true';
}

describe('the Redis client module', () => {
  it('leaves String.prototype fast: ioredis\'s String subclass alone makes every string method call slower', () => {
    expect(stringPrototypeIsFast(`require('ioredis/built/resp/verbatim-string')`)).toBe(false);
    expect(stringPrototypeIsFast(`require('./dist/src/store/create-redis')`)).toBe(true);
  });
});
