import type { Analysis, Category, SentimentLabel } from '../domain/analysis';
import type { LabelTrace } from './choose-sentiment-label';
import type { CueKind } from './cue-matcher';
import type { SentimentCue } from './score-sentiment';

/** Why the analyser decided what it did: the analysis plus the cues and words that moved it. */
export interface Explanation extends Analysis {
  explain: {
    tokens: string[];
    language: { detected: string; hint: string | null; margin: number; scoredWith: string | null };
    sentiment: {
      raw: number;
      categoryLeaning: number;
      labelModel: LabelTrace | null;
      /** Set when a confident category overruled the label (agree-with-category.ts): the label it replaced. */
      categoryAgreement: { replaced: SentimentLabel; category: Category } | null;
      cues: SentimentCue[];
      emphasis: string[];
      sarcasm: boolean;
    };
    category: {
      probabilities: Record<Category, number>;
      cues: Array<{ kind: CueKind; text: string }>;
      features: Array<{ feature: string; category: Category; weight: number }>;
    };
  };
}
