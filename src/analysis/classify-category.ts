import type { Category } from '../domain/analysis';
import { CATEGORIES } from '../domain/analysis';
import type { PostSignals } from './category-features';
import type { NormalisedPost } from './token';

/** A compiled linear model: per-feature logit contributions for each category. */
export interface CompiledCategoryModel {
  bias: Float64Array;
  weights: Map<string, Float64Array>;
}

export interface CategoryVerdict {
  category: Category;
  confidence: number;
  /** Probability per category, in CATEGORIES order. */
  probabilities: number[];
  /** Features that moved the verdict most, only when explaining. */
  evidence: Array<{ feature: string; category: Category; weight: number }> | null;
}

const K = CATEGORIES.length;
const [COMPLAINT, SUPPORT, HUMOUR, OTHER] = [0, 1, 2, 3];

/**
 * Hand-set logits from sentiment and cue rules. The learned model is trained on top of them (as a
 * fixed offset), so it only learns what the rules miss; they carry the verdict when no model is loaded.
 */
export function ruleLogits(post: NormalisedPost, s: PostSignals, out: Float64Array = new Float64Array(K)): Float64Array {
  const c = s.cues.counts;
  const compound = s.sentiment.compound;
  out[OTHER] = (out[OTHER] as number) + 0.6;
  if (compound < -0.05) out[COMPLAINT] = (out[COMPLAINT] as number) + 1.2 * -compound + (c.outage > 0 ? 0.6 : 0);
  if (compound > 0.05) out[SUPPORT] = (out[SUPPORT] as number) + 1.0 * compound;
  out[COMPLAINT] = (out[COMPLAINT] as number) + 0.7 * Math.min(c.complaint, 3) + (c.outage > 0 && c.complaint > 0 ? 0.4 : 0);
  out[SUPPORT] = (out[SUPPORT] as number) + 0.8 * Math.min(c.support, 3);
  out[HUMOUR] = (out[HUMOUR] as number) + 1.1 * Math.min(c.humour, 3);
  if (s.sarcasm) {
    out[COMPLAINT] = (out[COMPLAINT] as number) + 1.8;
    out[SUPPORT] = (out[SUPPORT] as number) - 1.0;
  }
  if (post.questions > 0 && compound > -0.3) out[OTHER] = (out[OTHER] as number) + 0.4;
  return out;
}

/** Combines the learned model (when present) with rule cues into a category and confidence. */
export function classifyCategory(
  post: NormalisedPost,
  signals: PostSignals,
  features: readonly string[],
  model: CompiledCategoryModel | undefined,
  explain = false,
): CategoryVerdict {
  const logits = new Float64Array(K);
  const evidence: CategoryVerdict['evidence'] = explain ? [] : null;
  ruleLogits(post, signals, logits);
  if (model) {
    for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + (model.bias[k] as number);
    for (const f of features) {
      const w = model.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + (w[k] as number);
      if (evidence) {
        let best = 0;
        for (let k = 1; k < K; k++) if (Math.abs(w[k] as number) > Math.abs(w[best] as number)) best = k;
        evidence.push({ feature: f, category: CATEGORIES[best] as Category, weight: w[best] as number });
      }
    }
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) max = Math.max(max, logits[k] as number);
  let sum = 0;
  const probabilities: number[] = [];
  for (let k = 0; k < K; k++) {
    const p = Math.exp((logits[k] as number) - max);
    probabilities.push(p);
    sum += p;
  }
  let best = OTHER;
  for (let k = 0; k < K; k++) {
    probabilities[k] = (probabilities[k] as number) / sum;
    if ((probabilities[k] as number) > (probabilities[best] as number)) best = k;
  }
  evidence?.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).splice(8);
  return { category: CATEGORIES[best] as Category, confidence: probabilities[best] as number, probabilities, evidence };
}
