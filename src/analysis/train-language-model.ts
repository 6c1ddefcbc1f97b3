import type { LanguageModel } from './analyser-resources';
import { normalisePost } from './normalise-post';

const MIN_COUNT = 3;
const MIN_SHARE = 0.85;

/** Words that the training posts show to belong to one language (≥85% of ≥3 uses). */
export function trainLanguageModel(rows: ReadonlyArray<{ lang: string; text: string }>): LanguageModel {
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const k = langs.indexOf(row.lang);
    for (const t of normalisePost(row.text).tokens) {
      if (t.kind !== 'word' || t.tag || /\d/.test(t.text) || t.text.length < 2) continue;
      const c = counts.get(t.text) ?? langs.map(() => 0);
      c[k] = (c[k] ?? 0) + 1;
      counts.set(t.text, c);
    }
  }
  const words: Record<string, number[]> = {};
  for (const w of [...counts.keys()].sort()) {
    const c = counts.get(w) ?? [];
    const total = c.reduce((a, b) => a + b, 0);
    const top = Math.max(...c);
    if (total < MIN_COUNT || top / total < MIN_SHARE) continue;
    words[w] = c.map((n) => (n === top ? 1 : 0));
  }
  return { langs, words };
}
