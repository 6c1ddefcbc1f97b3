import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiKeyFile, ensureApiKeyFile, readApiKeyFile } from '../../../src/api/embedded-api-key';

describe('ensureApiKeyFile', () => {
  let dir: string;
  beforeEach(() => { dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-key-')), 'data'); });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('generates a long random key on first use, saved for the owner only', () => {
    const first = ensureApiKeyFile(dir);
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^ml_[A-Za-z0-9_-]{43}$/);
    expect(first.file).toBe(apiKeyFile(dir));
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    expect(readApiKeyFile(dir)).toBe(first.key);
  });

  it('keeps the same key on later starts', () => {
    const first = ensureApiKeyFile(dir);
    expect(ensureApiKeyFile(dir)).toEqual({ key: first.key, file: first.file, created: false });
  });

  it('reads nothing when there is no key file', () => {
    expect(readApiKeyFile(dir)).toBeUndefined();
  });
});
