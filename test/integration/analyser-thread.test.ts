import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnalyser } from '../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../src/analysis/load-analyser-resources';
import { AppError } from '../../src/errors/app-error';
import { createLogger } from '../../src/logging/create-logger';
import { startAnalyserThread } from '../../src/runtime/start-analyser-thread';
import { REPO_ROOT } from '../../scripts/bench-processes';

const logger = createLogger('silent');

/** A stand-in thread script under a private `dist/workers/`: echoes text lengths, dies on "die", fails on "fail". */
function fakeRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moodline-thread-'));
  fs.mkdirSync(path.join(root, 'dist', 'workers'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'workers', 'analyser-thread.js'), `
    const { parentPort, threadId } = require('node:worker_threads');
    parentPort.on('message', (m) => {
      if (m.texts.includes('die')) process.exit(7);
      if (m.texts.includes('fail')) return parentPort.postMessage({ id: m.id, error: 'broken model' });
      parentPort.postMessage({ id: m.id, results: m.texts.map((t) => ({ length: t.length, threadId })) });
    });
  `);
  return root;
}

describe('startAnalyserThread', () => {
  it('answers exactly what the analyser answers on the calling thread', async () => {
    const thread = startAnalyserThread({ repoRoot: REPO_ROOT, logger });
    try {
      const texts = ['great, no data again, thanks O2', 'Fair play to the engineers 👏', 'encore une panne Orange, remboursez-nous', '', 'ciao'];
      const analyser = createAnalyser(loadAnalyserResources());
      expect(await thread.analyzeTexts(texts)).toEqual(texts.map((t) => analyser.analyze(t)));
      expect(await thread.analyzeTexts(['ciao'], { lang: 'it' })).toEqual([analyser.analyze('ciao', { lang: 'it' })]);
    } finally {
      await thread.close();
    }
  });

  describe('with a stand-in thread', () => {
    const root = fakeRoot();
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('fails the calls a dying thread held with a retryable 503, and starts a new thread on the next call', async () => {
      const thread = startAnalyserThread({ repoRoot: root, logger });
      try {
        const [before] = (await thread.analyzeTexts(['abc'])) as unknown as Array<{ length: number; threadId: number }>;
        expect(before!.length).toBe(3);
        const lost = await thread.analyzeTexts(['die']).catch((e: unknown) => e);
        expect(lost).toBeInstanceOf(AppError);
        expect(lost).toMatchObject({ code: 'analyser_unavailable', status: 503, retryable: true });
        const [after] = (await thread.analyzeTexts(['abcd'])) as unknown as Array<{ length: number; threadId: number }>;
        expect(after!.length).toBe(4);
        expect(after!.threadId).not.toBe(before!.threadId);
      } finally {
        await thread.close();
      }
    });

    it('turns an error inside the thread into a failed call without losing the thread', async () => {
      const thread = startAnalyserThread({ repoRoot: root, logger });
      try {
        await expect(thread.analyzeTexts(['fail'])).rejects.toMatchObject({ code: 'analysis_failed', status: 500 });
        expect(await thread.analyzeTexts(['ok'])).toHaveLength(1);
      } finally {
        await thread.close();
      }
    });

    it('refuses calls once closed', async () => {
      const thread = startAnalyserThread({ repoRoot: root, logger });
      await thread.close();
      await expect(thread.analyzeTexts(['x'])).rejects.toMatchObject({ code: 'analyser_unavailable', status: 503 });
    });
  });
});
