import type { LanguageModel } from './analyser-resources';
import { normalisePost } from './normalise-post';

const MIN_COUNT = 3;
const MIN_SHARE = 0.85;
const SUFFIX_MIN_COUNT = 6;
const SUFFIX_MIN_SHARE = 0.9;
const SUFFIX_WEIGHT = 0.5;

/**
 * Words (and word endings, keyed "-ung") that the training posts show to belong to one language:
 * a word with ≥85% of ≥3 uses in one language counts 1 for it, an ending with ≥90% of ≥6 counts 0.5.
 * Endings let the detector place words it has never seen ("-zione", "-ción" → "-ion" is shared).
 */
export function trainLanguageModel(rows: ReadonlyArray<{ lang: string; text: string }>): LanguageModel {
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const counts = new Map<string, number[]>();
  const bump = (key: string, k: number): void => {
    const c = counts.get(key) ?? langs.map(() => 0);
    c[k] = (c[k] ?? 0) + 1;
    counts.set(key, c);
  };
  for (const row of rows) {
    const k = langs.indexOf(row.lang);
    for (const t of normalisePost(row.text).tokens) {
      if (t.kind !== 'word' || t.tag || /\d/.test(t.text) || t.text.length < 2) continue;
      bump(t.text, k);
      if (t.text.length >= 5) bump(`-${t.text.slice(-3)}`, k);
    }
  }
  const words: Record<string, number[]> = {};
  for (const w of [...counts.keys()].sort()) {
    const c = counts.get(w) ?? [];
    const total = c.reduce((a, b) => a + b, 0);
    const top = Math.max(...c);
    const suffix = w.startsWith('-');
    if (total < (suffix ? SUFFIX_MIN_COUNT : MIN_COUNT) || top / total < (suffix ? SUFFIX_MIN_SHARE : MIN_SHARE)) continue;
    words[w] = c.map((n) => (n === top ? (suffix ? SUFFIX_WEIGHT : 1) : 0));
  }
  return { langs, words };
}
