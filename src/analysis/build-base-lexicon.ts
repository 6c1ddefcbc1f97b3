import type { BaseLexicon } from './analyser-resources';

/** A word list from a published lexicon, with the factor that maps it onto VADER's -4..4 scale. */
export interface LexiconSource {
  name: string;
  entries: ReadonlyArray<readonly [string, number]>;
  scale: number;
  /** Entries weaker than this (after scaling) are dropped as noise. */
  minAbs: number;
}

// Two letters at least: single letters in published lexicons are emoticon debris (":l" → "l").
const SINGLE_WORD = /^\p{L}[\p{L}\p{M}'’-]+$/u;

/** Merges sources in priority order (earlier sources win) into one sorted single-word lexicon. */
export function buildBaseLexicon(sources: readonly LexiconSource[]): BaseLexicon {
  const words = new Map<string, number>();
  for (const source of sources) {
    for (const [raw, value] of source.entries) {
      const word = raw.trim().toLowerCase();
      const v = Math.max(-4, Math.min(4, value * source.scale));
      if (!SINGLE_WORD.test(word) || !Number.isFinite(v) || Math.abs(v) < source.minAbs || words.has(word)) continue;
      words.set(word, Math.round(v * 1000) / 1000);
    }
  }
  const sorted = [...words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { source: sources.map((s) => s.name).join(' + '), words: Object.fromEntries(sorted) };
}
