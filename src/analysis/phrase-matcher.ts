import { normalisePost } from './normalise-post';
import type { Token } from './token';

/** A written phrase as the tokens a post would have, so "j'en ai marre" and "❤️" match as written. */
export function phraseWords(phrase: string): string[] {
  return normalisePost(phrase)
    .tokens.filter((t) => t.kind !== 'punct')
    .map((t) => t.text);
}

export interface PhraseEntry<T> {
  words: string[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  length: number;
  words: string[];
}

/** Multi-word expressions indexed by first word, longest first, matched on word/emoji tokens. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<PhraseEntry<T>>>();

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at tokens[i], as its value and length in tokens. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const head = tokens[i];
    return head === undefined ? undefined : this.matchFrom(this.byFirst.get(head.text), tokens, i);
  }

  /** Phrases that start with `first`, longest first, for callers that already looked the word up. */
  startingWith(first: string): ReadonlyArray<PhraseEntry<T>> | undefined {
    return this.byFirst.get(first);
  }

  /** The longest of `list` that matches at tokens[i]. */
  matchFrom(list: ReadonlyArray<PhraseEntry<T>> | undefined, tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    if (list === undefined) return undefined;
    for (const entry of list) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (tokens[i + k]?.text !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: entry.value, length: entry.words.length, words: entry.words };
    }
    return undefined;
  }

  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}
