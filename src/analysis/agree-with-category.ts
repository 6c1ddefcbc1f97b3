import type { Category, SentimentLabel } from '../domain/analysis';

/** From this category confidence on, the label must agree with the category. */
export const AGREE_FROM = 0.5;

/** Which label a confident category rules out, and the label it takes instead. */
const RULES: Partial<Record<Category, { unless: readonly SentimentLabel[]; label: SentimentLabel }>> = {
  // A complaint may be put politely (neutral) but is never positive: the praise in it is irony.
  complaint: { unless: ['negative', 'neutral'], label: 'negative' },
  // Support may be neutral ("no worries, take your time") but is never negative.
  support: { unless: ['positive', 'neutral'], label: 'positive' },
};

/**
 * The sentiment label, made to agree with a confident category verdict. The category model reads
 * outage posts far better than word polarity does ("great, third day without signal, cheers O2" is
 * full of praise words; thanks that name the outage are full of angry ones), so a confident complaint
 * never reads positive and confident support never reads negative. Humour and other keep their label.
 */
export function agreeWithCategory(label: SentimentLabel, category: Category, confidence: number): SentimentLabel {
  const rule = RULES[category];
  if (!rule || confidence < AGREE_FROM || rule.unless.includes(label)) return label;
  return rule.label;
}
