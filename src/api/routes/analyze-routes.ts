import type { IRouter } from 'express';
import { z } from 'zod';
import type { AnalysisService } from '../analysis-service';

export const MAX_ANALYZE_TEXTS = 1000;
export const MAX_TEXT_CHARS = 20_000;

const text = z.string().max(MAX_TEXT_CHARS, `each text may be at most ${MAX_TEXT_CHARS} characters`);
const body = z.union([
  z.object({ text, lang: z.string().max(16).optional() }).strict(),
  z.object({ texts: z.array(text).min(1).max(MAX_ANALYZE_TEXTS, `at most ${MAX_ANALYZE_TEXTS} texts per request`), lang: z.string().max(16).optional() }).strict(),
], { error: 'body must be {"text": "..."} or {"texts": ["...", ...]}' });

/** `POST /api/analyze`: the same analyser as the score workers, on demand. */
export function analyzeRoutes(r: IRouter, analysis: AnalysisService): void {
  r.post('/analyze', async (req, res) => {
    const b = body.parse(req.body);
    const hint = b.lang ? { lang: b.lang } : undefined;
    if ('text' in b) res.json((await analysis.analyzeTexts([b.text], hint))[0]);
    else res.json({ results: await analysis.analyzeTexts(b.texts, hint) });
  });
}
