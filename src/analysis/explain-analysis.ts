import type { Analysis, Category, SentimentLabel } from '../domain/analysis';
import { CATEGORIES } from '../domain/analysis';
import type { LabelTrace } from './choose-sentiment-label';
import type { CategoryVerdict } from './classify-category';
import type { CueHits } from './cue-matcher';
import type { LanguageGuess } from './detect-language';
import type { Explanation } from './explanation';
import type { SentimentScore } from './score-sentiment';
import type { NormalisedPost } from './token';

/** What went into one analysis, for `explainAnalysis`. */
export interface AnalysisTrace {
  post: NormalisedPost;
  hint: string | null;
  guess: LanguageGuess;
  scoredWith: string | null;
  sentiment: SentimentScore;
  leaning: number;
  /** The sentiment-label model's view, null without a model. */
  label: LabelTrace | null;
  /** The label before the category overruled it, when it did. */
  replacedLabel: SentimentLabel | null;
  sarcasm: boolean;
  cues: CueHits;
  verdict: CategoryVerdict | null;
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10000) / 10000 : 0;
}

function emphasis(post: NormalisedPost): string[] {
  const out: string[] = [];
  if (post.exclamations > 0) out.push(`${post.exclamations} exclamation mark(s)`);
  if (post.questions > 1) out.push(`${post.questions} question marks`);
  if (post.capsWords > 0 && post.capsWords < post.words) out.push(`${post.capsWords} word(s) in capitals`);
  return out;
}

/** Adds the cues and words that moved the score and the category to an analysis. */
export function explainAnalysis(analysis: Analysis, trace: AnalysisTrace): Explanation {
  const { post, verdict } = trace;
  const probabilities = Object.fromEntries(CATEGORIES.map((c, k) => [c, round(verdict?.probabilities[k] ?? (c === 'other' ? 1 : 0))])) as Record<Category, number>;
  return {
    ...analysis,
    explain: {
      tokens: post.tokens.map((t) => t.text),
      language: { detected: trace.guess.lang, hint: trace.hint, margin: round(trace.guess.margin), scoredWith: trace.scoredWith },
      sentiment: {
        raw: round(trace.sentiment.raw),
        categoryLeaning: round(trace.leaning),
        labelModel: trace.label,
        categoryAgreement: trace.replacedLabel && verdict ? { replaced: trace.replacedLabel, category: verdict.category } : null,
        cues: trace.sentiment.cues ?? [],
        emphasis: emphasis(post),
        sarcasm: trace.sarcasm,
      },
      category: { probabilities, cues: trace.cues.matched ?? [], features: verdict?.evidence ?? [] },
    },
  };
}
