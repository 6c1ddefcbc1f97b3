import fs from 'node:fs';
import zlib from 'node:zlib';
import { AppError } from '../../../src/errors/app-error';
import { parseExport } from '../../../src/ingest/parse-export';
import { FIXTURES, NOW, streamOf } from './helpers/ingest-fixtures';
import { makeZip } from './helpers/make-zip';

/** Deterministic pseudo-random numbers, so a failure is reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 3266489909) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs a damaged file through parseExport: it may reject rows or throw an AppError, nothing else. */
async function survives(data: Buffer): Promise<{ rows: number; appError?: string }> {
  let rows = 0;
  try {
    for await (const row of parseExport(streamOf(data, 97), { now: NOW })) {
      expect(row.line).toBeGreaterThanOrEqual(1);
      rows++;
    }
    return { rows };
  } catch (err) {
    if (err instanceof AppError) return { rows, appError: err.code };
    throw err;
  }
}

describe('parseExport on damaged files', () => {
  const fixtures = fs.readdirSync(FIXTURES).filter((n) => !n.endsWith('.md'));

  it.each(fixtures)('never crashes on truncated or bit-flipped copies of %s', async (name) => {
    const original = fs.readFileSync(`${FIXTURES}/${name}`);
    const random = prng(name.length * 7919);
    for (let round = 0; round < 12; round++) {
      const cut = original.subarray(0, Math.floor(random() * original.length));
      await survives(cut);
      const flipped = Buffer.from(original);
      for (let k = 0; k < 5; k++) flipped[Math.floor(random() * flipped.length)] = Math.floor(random() * 256);
      await survives(flipped);
    }
  });

  it('never crashes on damaged gzip and zip archives: every failure is an AppError', async () => {
    const csv = fs.readFileSync(`${FIXTURES}/generic.csv`);
    const archives = [zlib.gzipSync(csv), makeZip([{ name: 'a.csv', data: csv, deflate: true }]), makeZip([{ name: 'b.csv', data: csv }])];
    const random = prng(42);
    const codes = new Set<string>();
    for (const archive of archives) {
      for (let round = 0; round < 40; round++) {
        const damaged = Buffer.from(archive);
        damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        const result = await survives(round % 2 ? damaged : damaged.subarray(0, Math.floor(random() * damaged.length)));
        if (result.appError) codes.add(result.appError);
      }
    }
    expect([...codes].every((c) => /^(corrupt_gzip|corrupt_zip|unsupported_format|unrecognised_format|no_text_column|empty_file)$/.test(c))).toBe(true);
  });

  it('accounts for every line of a truncated NDJSON file', async () => {
    const original = fs.readFileSync(`${FIXTURES}/reddit.ndjson`);
    const result = await survives(original.subarray(0, original.length - 40));
    expect(result).toEqual({ rows: 5 });
  });
});
