import type { CompiledCategoryModel } from './category-model';

/** Width of a row: the category model's four weights, then three for each of the two label models. */
export const WORD_WEIGHTS = 10;
/** Offsets in a row of the category model's, the general label model's and the service label model's weights of a word. */
export const CATEGORY_WEIGHTS_AT = 0;
export const LABEL_WEIGHTS_AT = 4;
export const SERVICE_LABEL_WEIGHTS_AT = 7;

/** The weights the linear models give each word they know, one row per folded word. */
export interface WordWeights {
  rows: Float64Array;
  /** Offset in `rows` of a folded word's row. */
  at: Map<string, number>;
}

/**
 * Packs the category and label models' word weights into one array, a row per word (zeros where a
 * model lacks the word, which leaves every sum unchanged). A word's weights then sit next to each
 * other and to other words' rows; a typed array per word puts them behind an object header and a
 * backing store of their own, and the token walks of the models paid those reads for every word.
 */
export function packWordWeights(category: CompiledCategoryModel | undefined, label: CompiledCategoryModel | undefined, service?: CompiledCategoryModel): WordWeights {
  const words = new Set<string>();
  for (const model of [category, label, service]) for (const [w, entry] of model?.words ?? []) if (entry.self) words.add(w);
  const rows = new Float64Array(words.size * WORD_WEIGHTS);
  const at = new Map<string, number>();
  for (const w of words) {
    const row = at.size * WORD_WEIGHTS;
    at.set(w, row);
    const c = category?.words.get(w)?.self;
    const l = label?.words.get(w)?.self;
    const s = service?.words.get(w)?.self;
    if (c) rows.set(c.subarray(0, LABEL_WEIGHTS_AT - CATEGORY_WEIGHTS_AT), row + CATEGORY_WEIGHTS_AT);
    if (l) rows.set(l.subarray(0, SERVICE_LABEL_WEIGHTS_AT - LABEL_WEIGHTS_AT), row + LABEL_WEIGHTS_AT);
    if (s) rows.set(s.subarray(0, WORD_WEIGHTS - SERVICE_LABEL_WEIGHTS_AT), row + SERVICE_LABEL_WEIGHTS_AT);
  }
  return { rows, at };
}
