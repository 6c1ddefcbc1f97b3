import type { BaseLexicon, EmojiLexicon, LanguageRules } from './analyser-resources';
import { foldAccents } from './fold-accents';
import { PhraseMatcher } from './phrase-matcher';

/** One language's sentiment resources, ready for fast lookups. */
export interface CompiledLexicon {
  lang: string;
  valence: Map<string, number>;
  phrases: PhraseMatcher<number>;
  negators: Set<string>;
  boosters: Map<string, number>;
  contrast: Set<string>;
}

/** Merges a base lexicon, hand-written rules and emoji into lookup tables (rules win). */
export function compileLexicon(lang: string, rules: LanguageRules, base: BaseLexicon | undefined, emoji: EmojiLexicon): CompiledLexicon {
  const valence = new Map<string, number>();
  const add = (word: string, v: number): void => {
    const w = word.toLowerCase();
    valence.set(w, v);
    const folded = foldAccents(w);
    if (folded !== w && !valence.has(folded)) valence.set(folded, v);
  };
  for (const [w, v] of Object.entries(base?.words ?? {})) add(w, v);
  for (const [w, v] of Object.entries(rules.words)) add(w, v);
  for (const [e, v] of Object.entries(emoji.emoji)) valence.set(e, v);
  for (const [e, v] of Object.entries(emoji.emoticons)) valence.set(e, v);
  const phrases = new PhraseMatcher<number>();
  for (const [p, v] of Object.entries(rules.phrases)) {
    phrases.add(p, v);
    const folded = foldAccents(p);
    if (folded !== p) phrases.add(folded, v);
  }
  const withFolded = (words: string[]): string[] => words.flatMap((w) => [w, foldAccents(w)]);
  const boosters = new Map<string, number>();
  for (const [w, v] of Object.entries(rules.boosters)) {
    boosters.set(w, v);
    boosters.set(foldAccents(w), v);
  }
  return {
    lang,
    valence,
    phrases,
    negators: new Set(withFolded(rules.negators)),
    boosters,
    contrast: new Set(withFolded(rules.contrast)),
  };
}
