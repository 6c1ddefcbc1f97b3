import type { SentimentLabel } from '../domain/analysis';

/**
 * The neutral band of the compound score. It is lopsided on purpose: polite positive words
 * ("thanks", "please", "good morning") colour many neutral posts, while negative words rarely
 * appear without meaning it (the negative edge is VADER's own ±0.05). Tuned on TweetEval
 * validation and checked against the sentiment labels of our own training posts. The label model
 * starts from this band's verdict (a prior) and learns when to overrule it.
 */
export const POSITIVE_FROM = 0.3;
export const NEGATIVE_FROM = 0.05;

/** The band label of a compound score. */
export function bandLabel(score: number): SentimentLabel {
  if (score > POSITIVE_FROM) return 'positive';
  if (score < -NEGATIVE_FROM) return 'negative';
  return 'neutral';
}
