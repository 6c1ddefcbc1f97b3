import type { WordMemo } from './word-memo';

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'mention' | 'url' | 'punct';

/** One unit of a normalised post. `text` is lower case, elongations squeezed to two letters. */
export interface Token {
  text: string;
  kind: TokenKind;
  /** Written in capitals (only meaningful when the post is not all capitals). */
  caps: boolean;
  /** Had a letter repeated three or more times ("sooo"). */
  elongated: boolean;
  /** Came from a hashtag ("#NoSignal" → no, signal). */
  tag: boolean;
  /** The analyser's cached lookups for this word, attached once per post (undefined elsewhere). */
  memo: WordMemo | undefined;
}

/** A post after normalisation: tokens plus post-level surface cues. */
export interface NormalisedPost {
  tokens: Token[];
  /** Number of word tokens. */
  words: number;
  /** Word tokens written in capitals (two letters or more). */
  capsWords: number;
  exclamations: number;
  questions: number;
  mentions: number;
  urls: number;
  retweet: boolean;
}
