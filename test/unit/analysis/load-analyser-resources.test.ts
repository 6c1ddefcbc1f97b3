import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src/errors/app-error';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';

describe('loadAnalyserResources', () => {
  it('loads the repository lexicons and trained model by default', () => {
    const r = loadAnalyserResources();
    expect(Object.keys(r.rules).sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
    expect(r.category?.labels).toEqual(['complaint', 'support', 'humour', 'other']);
    expect(Object.keys(r.base.en?.words ?? {}).length).toBeGreaterThan(1000);
  });

  it('throws an AppError naming the missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moodline-lex-'));
    try {
      expect(() => loadAnalyserResources(dir)).toThrow(AppError);
      expect(() => loadAnalyserResources(dir)).toThrow(/en\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
