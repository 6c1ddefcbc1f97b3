import { lookupWord, type CompiledLexicon, type LexiconEntry } from './compile-lexicon';
import { phraseWords } from './phrase-matcher';
import { isNegator } from './score-sentiment';
import type { NormalisedPost, Token } from './token';

/** How many words after "thanks for" the thing thanked for must start. */
const OBJECT_WINDOW = 4;
/** A word at least this negative names what the sender is "thanking" for: "thanks for ignoring me". */
const NEGATIVE_FROM = -1;
/** A word at least this positive makes it sincere: "thanks for the quick fix". */
const POSITIVE_FROM = 1;

/** "thanks for", "merci pour", "grazie per"… as token runs; @mentions in between are skipped ("thanks @o2 for"). */
export type ThanksFrames = ReadonlyArray<readonly string[]>;

export function compileThanksFrames(phrases: readonly string[]): ThanksFrames {
  return phrases.map(phraseWords).filter((words) => words.length > 0);
}

function frameEnd(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i;
  for (const w of words) {
    while (tokens[j]?.kind === 'mention') j++;
    if (tokens[j]?.text !== w) return -1;
    j++;
  }
  return j;
}

/** The valence of the word at tokens[j] (its entry `e`), or of the phrase it starts ("cut me off"). */
function valence(lex: CompiledLexicon, e: LexiconEntry | undefined, tokens: readonly Token[], j: number): number {
  if (e === undefined) return 0;
  return (e.phrases ? lex.phrases.matchFrom(e.phrases, tokens, j)?.value : undefined) ?? e.valence ?? 0;
}

/**
 * Thanks for something bad is a complaint: "thanks for ignoring all my tweets", "merci pour la coupure".
 * True when a thanks frame is followed, within a few words of the same clause, by a clearly negative
 * word that nothing negates, before any clearly positive one.
 */
export function ironicThanks(post: NormalisedPost, frames: ThanksFrames, lex: CompiledLexicon): boolean {
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'word') continue;
    for (const words of frames) {
      if (words[0] !== tokens[i]?.text) continue;
      let j = frameEnd(tokens, i, words);
      if (j < 0) continue;
      let negated = false;
      for (let seen = 0; seen < OBJECT_WINDOW && j < tokens.length; j++) {
        const t = tokens[j] as Token;
        if (t.kind === 'punct') break;
        if (t.kind !== 'word') continue;
        seen++;
        const e = lookupWord(lex, t.text);
        const v = valence(lex, e, tokens, j);
        if (v >= POSITIVE_FROM) break;
        if (v <= NEGATIVE_FROM && !negated) return true;
        negated = isNegator(e, t.text);
      }
    }
  }
  return false;
}
