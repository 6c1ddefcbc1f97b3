import type { LanguageRules } from './analyser-resources';
import { foldAccents } from './fold-accents';
import { phraseWords } from './phrase-matcher';
import type { Token } from './token';

/** How far after the scored word an `after` mark may start: "can't thank the engineers enough". */
const AFTER_WINDOW = 4;

/** One language's emphatic-negation rule, compiled for token comparisons (words lower case, with accent-free twins). */
export interface EmphaticNegation {
  /** Negators that can be emphatic; null: any. */
  negators: ReadonlySet<string> | null;
  between: ReadonlySet<string>;
  /** Marks as token runs ("jamais assez" → ["jamais", "assez"]). */
  after: ReadonlyArray<readonly string[]>;
}

function withFolded(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const t of phraseWords(w)) out.add(t).add(foldAccents(t));
  return out;
}

export function compileEmphaticNegation(rule: LanguageRules['emphaticNegation']): EmphaticNegation | null {
  if (rule.between.length === 0 && rule.after.length === 0) return null;
  const after: string[][] = [];
  for (const phrase of rule.after) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    after.push(words);
    const folded = words.map(foldAccents);
    if (folded.join(' ') !== words.join(' ')) after.push(folded);
  }
  return { negators: rule.negators.length > 0 ? withFolded(rule.negators) : null, between: withFolded(rule.between), after };
}

function runAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.text !== words[k]) return false;
  return true;
}

/**
 * The mark that turns the negation at `negatorAt` of the word(s) at [`from`, `to`) into emphasis, or undefined
 * when it is a plain negation. Marks are looked for in the same clause only (punctuation ends the search).
 */
export function emphaticMark(rule: EmphaticNegation, tokens: readonly Token[], negatorAt: number, from: number, to: number): string | undefined {
  const negator = tokens[negatorAt];
  if (negator === undefined || (rule.negators !== null && !rule.negators.has(negator.text))) return undefined;
  for (let j = negatorAt + 1; j < from; j++) {
    const t = tokens[j] as Token;
    if (rule.between.has(t.text)) return t.text;
  }
  for (let j = to; j < to + AFTER_WINDOW && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') break;
    for (const words of rule.after) if (runAt(tokens, j, words)) return words.join(' ');
  }
  return undefined;
}
