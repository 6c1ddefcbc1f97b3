import { decodeHtmlEntities } from './decode-html-entities';
import { splitElision } from './split-elision';
import { splitHashtag } from './split-hashtag';
import type { NormalisedPost, Token, TokenKind } from './token';
import type { WordMemo } from './word-memo';

const EMOTICON =
  String.raw`(?<![\p{L}\p{N}])(?:[<>]?[:;=8][\-o*'^]?[)\](\[dDpPoOlL/\\|}{@3*]+|[)\](\[/\\|][\-o*']?[:;=]|<\/?3+|\^_*\^|-_-|[oO]_[oO]|;_;|:'[()])(?![\p{L}\p{N}])`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\uFE0E|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D(?:\p{Extended_Pictographic}|[\u2640\u2642])\uFE0F?)*`;
// No capture groups: the hot loop classifies each match by its first characters instead, which
// saves an allocation per token. Alternatives are tried in this order, so the checks below hold.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/\S+|www\.\S+`,
    String.raw`@\w+`,
    String.raw`#[\p{L}\p{N}_]+`,
    // Words before emoticons: most tokens are words, and the engine tries alternatives in order.
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`,
    EMOTICON,
    EMOJI,
    String.raw`[!?¡¿]+|[.,;:…]+`,
  ].join('|'),
  'gu',
);
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const PUNCT = /^(?:[!?¡¿]+|[.,;:…]+)$/;

type MatchKind = 'url' | 'mention' | 'hashtag' | 'word' | 'emoticon' | 'emoji' | 'punct';

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Which alternative of TOKEN produced `s`. */
function matchKind(s: string): MatchKind {
  const c = s.charCodeAt(0);
  if ((c === 104 && s.startsWith('http') && s.includes('://')) || (c === 119 && s.startsWith('www.'))) return 'url';
  if (c === 64) return 'mention';
  if (c === 35) return 'hashtag';
  if (c < 128 ? isAsciiWordChar(c) : WORD_START.test(s)) return 'word';
  if (c >= 128 && EMOJI_START.test(s)) return 'emoji';
  return PUNCT.test(s) ? 'punct' : 'emoticon';
}

const LAUGH = /^[xX][dD]+$/;
const CAPITAL = /\p{Lu}/gu;
const RETWEET = /^\s*RT\s+@\w+:?\s*/;
const ELONGATION = /(\p{L})\1{2,}/gu;
const MODIFIERS = /\uFE0F|\uFE0E|\u20E3|\p{Emoji_Modifier}|\u200D.*/gu;

/** Three equal letters in a row ("sooo"); a char loop is cheaper than a regex on the hot path. */
function isElongated(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && c > 64) return true;
  }
  return false;
}

interface WordShape {
  /** The elided article or pronoun split off the front ("l'" of "l'appli"), if any. */
  first: string | undefined;
  text: string;
  caps: boolean;
  elongated: boolean;
  /** The analyser's memo of `first` and `text`, cached with the function that built them. */
  memoOf: ((word: string) => WordMemo) | undefined;
  firstMemo: WordMemo | undefined;
  memo: WordMemo | undefined;
}

function wordShape(raw: string): WordShape {
  let text = raw.toLowerCase();
  // Shouting needs two capital letters: "O2" and "4G" are names, not emphasis.
  const caps = text !== raw && raw.length > 1 && raw === raw.toUpperCase() && (raw.match(CAPITAL) ?? []).length > 1;
  const elongated = isElongated(text);
  if (elongated) text = text.replace(ELONGATION, '$1$1');
  let first: string | undefined;
  if (text.includes("'") || text.includes('’')) {
    const parts = splitElision(text.replace('’', "'"));
    if (parts.length === 2) first = parts[0];
    text = parts[parts.length - 1] as string;
  }
  return { first, text, caps, elongated, memoOf: undefined, firstMemo: undefined, memo: undefined };
}

// Word forms repeat a lot across posts: their shape is computed once (bounded, like the word memo).
const SHAPES = new Map<string, WordShape>();
const MAX_SHAPES = 50_000;

function wordTokens(raw: string, tag: boolean, out: Token[], memoOf: ((word: string) => WordMemo) | undefined): void {
  let shape = SHAPES.get(raw);
  if (shape === undefined) {
    shape = wordShape(raw);
    if (SHAPES.size < MAX_SHAPES) SHAPES.set(raw, shape);
  }
  // The shape lookup doubles as the memo lookup: one Map probe per word instead of two.
  if (memoOf !== undefined && shape.memoOf !== memoOf) {
    shape.memoOf = memoOf;
    shape.memo = memoOf(shape.text);
    shape.firstMemo = shape.first === undefined ? undefined : memoOf(shape.first);
  }
  const cached = memoOf !== undefined;
  if (shape.first !== undefined) out.push({ text: shape.first, kind: 'word', caps: shape.caps, elongated: false, tag, memo: cached ? shape.firstMemo : undefined });
  out.push({ text: shape.text, kind: 'word', caps: shape.caps, elongated: shape.elongated, tag, memo: cached ? shape.memo : undefined });
}

function push(out: Token[], text: string, kind: TokenKind): void {
  out.push({ text, kind, caps: false, elongated: false, tag: false, memo: undefined });
}

/**
 * Turns raw post text into tokens and surface cues; never throws. With `memoOf`, word tokens come
 * with the analyser's cached lookups attached.
 */
export function normalisePost(input: string, memoOf?: (word: string) => WordMemo): NormalisedPost {
  let text = decodeHtmlEntities(input);
  const retweet = RETWEET.test(text);
  if (retweet) text = text.replace(RETWEET, '');
  const tokens: Token[] = [];
  const post: NormalisedPost = { tokens, words: 0, capsWords: 0, exclamations: 0, questions: 0, mentions: 0, urls: 0, retweet };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    switch (matchKind(s)) {
      case 'url':
        post.urls += 1;
        push(tokens, 'URL', 'url');
        break;
      case 'mention':
        post.mentions += 1;
        push(tokens, s.toLowerCase(), 'mention');
        break;
      case 'hashtag':
        for (const part of splitHashtag(s.slice(1))) wordTokens(part, true, tokens, memoOf);
        break;
      case 'word': {
        const c = s.charCodeAt(0);
        if ((c === 120 || c === 88) && LAUGH.test(s)) push(tokens, 'xd', 'emoticon');
        else wordTokens(s, false, tokens, memoOf);
        break;
      }
      case 'emoticon':
        push(tokens, s, 'emoticon');
        break;
      case 'emoji':
        push(tokens, s.replace(MODIFIERS, ''), 'emoji');
        break;
      case 'punct':
        for (let i = 0; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          if (ch === 33) post.exclamations += 1;
          else if (ch === 63) post.questions += 1;
        }
        push(tokens, s[0] === '¡' || s[0] === '¿' ? (s[0] as string) : s, 'punct');
        break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    post.words += 1;
    if (t.caps) post.capsWords += 1;
  }
  return post;
}
