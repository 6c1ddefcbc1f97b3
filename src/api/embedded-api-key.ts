import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the embedded default keeps its generated API key. */
export const apiKeyFile = (dataDir: string): string => path.join(dataDir, 'api-key');

/**
 * The embedded default's write key: read from `<dataDir>/api-key`, or generated (32 random bytes,
 * base64url) and saved there, readable by the owner only, on first start.
 */
export function ensureApiKeyFile(dataDir: string): { key: string; file: string; created: boolean } {
  const file = apiKeyFile(dataDir);
  const existing = readApiKeyFile(dataDir);
  if (existing) return { key: existing, file, created: false };
  fs.mkdirSync(dataDir, { recursive: true });
  const key = `ml_${randomBytes(32).toString('base64url')}`;
  try {
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use theirs.
    const theirs = (err as NodeJS.ErrnoException).code === 'EEXIST' ? readApiKeyFile(dataDir) : undefined;
    if (theirs) return { key: theirs, file, created: false };
    throw err;
  }
  return { key, file, created: true };
}

/** The saved key, or undefined when there is none (client commands may fall back to it). */
export function readApiKeyFile(dataDir: string): string | undefined {
  try {
    return fs.readFileSync(apiKeyFile(dataDir), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
