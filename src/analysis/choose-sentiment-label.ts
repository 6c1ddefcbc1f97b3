import { SENTIMENT_LABELS, type Category, type SentimentLabel } from '../domain/analysis';
import type { CompiledLexicon } from './compile-lexicon';
import type { SentimentScore } from './score-sentiment';
import { bandLabel } from './sentiment-band';
import { labelEvidence, labelProbabilities, sentimentLabelFeatures, type CompiledLabelModel } from './sentiment-label-model';
import type { NormalisedPost } from './token';

export { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-band';

/**
 * Below this probability of its best label the model defers to the band of the final score. 0 (never):
 * deferring lowered macro-recall on TweetEval validation at every cut-off tried (see data/model/README.md).
 */
export const UNSURE_BELOW = 0;

/** What the label model contributed, for --explain. */
export interface LabelTrace {
  /** Which label model read the post (labelModelFor). */
  model: LabelModelName;
  probabilities: Record<SentimentLabel, number>;
  /** True when the model was unsure and the band decided. */
  band: boolean;
  /** The features that moved the chosen label's odds most (weight relative to the mean of the labels). */
  features: Array<{ feature: string; weight: number }>;
}

/** The post as the label model sees it; `post` is null when there is nothing to label (empty or unsupported). */
export interface LabelSubject {
  post: NormalisedPost | null;
  sentiment: SentimentScore;
  lexicon: CompiledLexicon | undefined;
  sarcasm: boolean;
}

export type LabelModelName = 'general' | 'service';

/**
 * The label model for a post: the service-experience model for a post about a service (the category
 * model calls it a complaint, support or humour, or it has an outage cue), when there is one; the
 * general model otherwise. Ordinary posts ("what a match!") keep the general model, whose lexicon band
 * knows the polarity of words our training posts never use.
 */
export function labelModelFor(
  category: Category | null, outageCues: number, models: { general: CompiledLabelModel | undefined; service: CompiledLabelModel | undefined },
): { name: LabelModelName; model: CompiledLabelModel | undefined } {
  const aboutService = (category !== null && category !== 'other') || outageCues > 0;
  return aboutService && models.service ? { name: 'service', model: models.service } : { name: 'general', model: models.general };
}

// Scoring is synchronous: one scratch array serves every call.
const PROBABILITIES = new Float64Array(SENTIMENT_LABELS.length);

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * The 3-way label: the learned model's choice (band prior plus word and lexicon evidence), or the
 * band of the final score when there is no model, nothing to label, or the model is unsure.
 */
export function chooseSentimentLabel(score: number, s: LabelSubject, model: CompiledLabelModel | undefined): SentimentLabel {
  if (!model || !s.post) return bandLabel(score);
  const best = labelProbabilities(s.post, s.sentiment, s.lexicon, s.sarcasm, model, PROBABILITIES);
  return (PROBABILITIES[best] as number) < UNSURE_BELOW ? bandLabel(score) : (SENTIMENT_LABELS[best] as SentimentLabel);
}

/** The label model's probabilities and weightiest features for the label chosen, for --explain (null without a model). */
export function explainSentimentLabel(label: SentimentLabel, s: LabelSubject, model: CompiledLabelModel | undefined, name: LabelModelName): LabelTrace | null {
  if (!model || !s.post) return null;
  const best = labelProbabilities(s.post, s.sentiment, s.lexicon, s.sarcasm, model, PROBABILITIES);
  const probabilities = Object.fromEntries(SENTIMENT_LABELS.map((l, k) => [l, round(PROBABILITIES[k] as number)])) as Record<SentimentLabel, number>;
  const band = (PROBABILITIES[best] as number) < UNSURE_BELOW;
  return { model: name, probabilities, band, features: labelEvidence(sentimentLabelFeatures({ post: s.post, sentiment: s.sentiment, lexicon: s.lexicon, sarcasm: s.sarcasm }), model, label) };
}
