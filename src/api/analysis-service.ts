import type { Analyser } from '../analysis/create-analyser';
import type { Analysis } from '../domain/analysis';

/** What `POST /api/analyze` needs: the analyser, possibly on another thread. */
export interface AnalysisService {
  analyzeTexts(texts: readonly string[], hint?: { lang?: string }): Promise<Analysis[]>;
}

/** The analyser on the calling thread (tests, tools); `moodline serve` uses `startAnalyserThread`. */
export function inProcessAnalysis(analyser: Analyser): AnalysisService {
  return { analyzeTexts: async (texts, hint) => texts.map((t) => analyser.analyze(t, hint)) };
}
