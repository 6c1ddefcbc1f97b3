import type { CategoryModel } from './analyser-resources';
import { signalFeatures, type PostSignals } from './category-features';
import { addTokenLogits, addWeights } from './add-token-logits';
import type { NormalisedPost } from './token';

/** The trained linear model re-indexed for scoring without building feature strings. */
export interface CompiledCategoryModel {
  bias: Float64Array;
  /** Every feature by name (explanations, signal buckets). */
  weights: Map<string, Float64Array>;
  /** Per folded word: its own weights and the weights of the pairs it starts, in one lookup. */
  words: Map<string, CategoryModelWord>;
  emoji: Map<string, Float64Array>;
}

export interface CategoryModelWord {
  self?: Float64Array;
  next?: Map<string, Float64Array>;
}

/** Re-orders the model's labels to `order` and splits word, pair and emoji features into lookups. */
export function compileCategoryModel(model: CategoryModel, order: readonly string[]): CompiledCategoryModel {
  const index = order.map((label) => model.labels.indexOf(label));
  const pick = (row: readonly number[]): Float64Array => Float64Array.from(index, (k) => (k >= 0 ? (row[k] ?? 0) : 0));
  const compiled: CompiledCategoryModel = { bias: pick(model.bias), weights: new Map(), words: new Map(), emoji: new Map() };
  const word = (w: string): CategoryModelWord => {
    let entry = compiled.words.get(w);
    if (!entry) {
      entry = {};
      compiled.words.set(w, entry);
    }
    return entry;
  };
  for (const [feature, row] of Object.entries(model.weights)) {
    const w = pick(row);
    compiled.weights.set(feature, w);
    const body = feature.slice(2);
    if (feature.startsWith('w:')) word(body).self = w;
    else if (feature.startsWith('e:')) compiled.emoji.set(body, w);
    else if (feature.startsWith('b:')) {
      const cut = body.indexOf('_');
      const first = word(body.slice(0, cut));
      first.next ??= new Map<string, Float64Array>();
      first.next.set(body.slice(cut + 1), w);
    }
  }
  return compiled;
}

// Reused for the signal feature names on every call: scoring is synchronous, so one list is enough.
const SCRATCH: string[] = [];

/** Adds bias and feature weights to `logits`: the same sum as over categoryFeatures(), but faster. */
export function addModelLogits(post: NormalisedPost, signals: PostSignals, model: CompiledCategoryModel, logits: Float64Array): void {
  addTokenLogits(post, model, logits);
  SCRATCH.length = 0;
  for (const f of signalFeatures(post, signals, SCRATCH)) addWeights(logits, model.weights.get(f));
}
