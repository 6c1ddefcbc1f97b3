import type { BaseLexicon, EmojiLexicon, LanguageRules } from './analyser-resources';
import { compileEmphaticNegation, type EmphaticNegation } from './emphatic-negation';
import { foldAccents } from './fold-accents';
import { PhraseMatcher, type PhraseEntry } from './phrase-matcher';

/** Everything the scorer knows about one word form, so each token costs one lookup. */
export interface LexiconEntry {
  valence?: number;
  /** Positive intensifies, negative dampens. */
  booster?: number;
  negator?: boolean;
  contrast?: boolean;
  /** A verb a negator after it can flip ("läuft … nicht"). */
  postNegated?: boolean;
  /** A negator that works after its verb ("nicht", "pas"). */
  postNegator?: boolean;
  /** Multi-word expressions starting with this word, longest first. */
  phrases?: ReadonlyArray<PhraseEntry<number>>;
}

/** One language's sentiment resources, ready for fast lookups. */
export interface CompiledLexicon {
  lang: string;
  entries: Map<string, LexiconEntry>;
  phrases: PhraseMatcher<number>;
  /** When a negation is emphasis instead of a flip; null when the language has no such rule. */
  emphatic: EmphaticNegation | null;
  /** Compound beginnings with the entry an unknown compound takes (see lookupWord), longest first. */
  compounds: ReadonlyArray<readonly [prefix: string, entry: LexiconEntry]>;
}

/** Letters a compound needs after its beginning ("Scheißapp" yes, "Scheiß" is a word of its own). */
const MIN_COMPOUND_REST = 3;

/** A word's entry: its own, else for an unknown compound the entry of the beginning it starts with. */
export function lookupWord(lex: CompiledLexicon, word: string): LexiconEntry | undefined {
  const own = lex.entries.get(word);
  if (own !== undefined || lex.compounds.length === 0) return own;
  for (const [prefix, entry] of lex.compounds) {
    if (word.length >= prefix.length + MIN_COMPOUND_REST && word.startsWith(prefix)) return entry;
  }
  return undefined;
}

/** Merges a base lexicon, hand-written rules and emoji into one lookup table (rules win). */
export function compileLexicon(lang: string, rules: LanguageRules, base: BaseLexicon | undefined, emoji: EmojiLexicon): CompiledLexicon {
  const entries = new Map<string, LexiconEntry>();
  const entry = (word: string): LexiconEntry => {
    let e = entries.get(word);
    if (!e) {
      e = {};
      entries.set(word, e);
    }
    return e;
  };
  // Each word also answers for its accent-free spelling, unless that spelling has its own entry.
  const both = (word: string, set: (e: LexiconEntry) => void): void => {
    const w = word.toLowerCase();
    set(entry(w));
    const folded = foldAccents(w);
    if (folded !== w && !entries.has(folded)) set(entry(folded));
  };
  for (const [w, v] of Object.entries(base?.words ?? {})) both(w, (e) => (e.valence = v));
  for (const [w, v] of Object.entries(rules.words)) both(w, (e) => (e.valence = v));
  for (const [w, v] of Object.entries(rules.boosters)) both(w, (e) => (e.booster = v));
  for (const w of rules.negators) both(w, (e) => (e.negator = true));
  for (const w of rules.contrast) both(w, (e) => (e.contrast = true));
  for (const w of rules.postNegation.words) both(w, (e) => (e.postNegated = true));
  for (const w of rules.postNegation.negators) both(w, (e) => (e.postNegator = true));
  for (const [e, v] of Object.entries(emoji.emoji)) entry(e).valence = v;
  for (const [e, v] of Object.entries(emoji.emoticons)) entry(e).valence = v;
  const phrases = new PhraseMatcher<number>();
  for (const [p, v] of Object.entries(rules.phrases)) {
    phrases.add(p, v);
    const folded = foldAccents(p);
    if (folded !== p) phrases.add(folded, v);
  }
  for (const first of phrases.firstWords()) entry(first).phrases = phrases.startingWith(first);
  const compounds = new Map<string, LexiconEntry>();
  for (const [prefix, v] of Object.entries(rules.compoundPrefixes)) {
    const w = prefix.toLowerCase();
    for (const spelling of new Set([w, foldAccents(w)])) compounds.set(spelling, { valence: v });
  }
  const byLength = [...compounds].sort(([a], [b]) => b.length - a.length);
  return { lang, entries, phrases, emphatic: compileEmphaticNegation(rules.emphaticNegation), compounds: byLength };
}
