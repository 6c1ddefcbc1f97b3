import type { CompiledCategoryModel } from './category-model';
import { foldAccents } from './fold-accents';
import { CATEGORY_WEIGHTS_AT } from './word-weights';
import type { NormalisedPost, Token } from './token';

export function addWeights(logits: Float64Array, w: Float64Array | undefined): void {
  if (w === undefined) return;
  for (let k = 0; k < w.length; k++) logits[k] = (logits[k] as number) + (w[k] as number);
}

// Token sums run in four locals rather than the logits array: on the hot path that is about twice
// as fast for the 3 and 4 label models this is for.
const MAX_LABELS = 4;
export const NO_WEIGHTS = new Float64Array(MAX_LABELS);

/**
 * Adds a linear model's bias and its word (w:), word-pair (b:) and emoji (e:) weights to `logits`:
 * the same sum as over tokenFeatures(), without building feature strings. Word memos cache the
 * category model's entries, so `model` must be the category model when the tokens carry memos.
 */
export function addTokenLogits(post: NormalisedPost, model: CompiledCategoryModel, logits: Float64Array): void {
  if (logits.length > MAX_LABELS) throw new Error(`addTokenLogits supports up to ${MAX_LABELS} labels`);
  let z0 = 0, z1 = 0, z2 = 0, z3 = 0;
  let prev: Map<string, Float64Array> | undefined;
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let w: Float64Array | undefined;
    let at = 0;
    let pair: Float64Array | undefined;
    const memo = t.memo;
    if (t.kind === 'word' && memo !== undefined) {
      w = memo.weights;
      at = (memo.weightsAt ?? 0) + CATEGORY_WEIGHTS_AT;
      if (prev !== undefined) pair = prev.get(memo.folded);
      prev = memo.pairs;
    } else if (t.kind === 'word') {
      const folded = foldAccents(t.text);
      const entry = model.words.get(folded);
      w = entry?.self;
      if (prev !== undefined) pair = prev.get(folded);
      prev = entry?.next;
    } else {
      if (t.kind === 'emoji' || t.kind === 'emoticon') w = model.emoji.get(t.text);
      prev = undefined;
    }
    if (w === undefined && pair === undefined) continue;
    const a = w ?? NO_WEIGHTS;
    const b = pair ?? NO_WEIGHTS;
    z0 += (a[at] as number) + (b[0] as number);
    z1 += (a[at + 1] as number) + (b[1] as number);
    z2 += (a[at + 2] as number) + (b[2] as number);
    z3 += (a[at + 3] ?? 0) + (b[3] ?? 0);
  }
  addSums(logits, model.bias, z0, z1, z2, z3);
}

/** logits += bias + (z0, z1, z2, z3), for as many labels as `logits` has. */
export function addSums(logits: Float64Array, bias: Float64Array, z0: number, z1: number, z2: number, z3: number): void {
  const n = logits.length;
  logits[0] = (logits[0] as number) + (bias[0] as number) + z0;
  if (n > 1) logits[1] = (logits[1] as number) + (bias[1] as number) + z1;
  if (n > 2) logits[2] = (logits[2] as number) + (bias[2] as number) + z2;
  if (n > 3) logits[3] = (logits[3] as number) + (bias[3] as number) + z3;
}
