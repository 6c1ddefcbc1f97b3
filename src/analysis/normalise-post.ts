import { asciiWordEnd } from './ascii-word-end';
import { decodeHtmlEntities } from './decode-html-entities';
import { splitHashtag } from './split-hashtag';
import { unmaskProfanity } from './unmask-profanity';
import type { NormalisedPost, Token, TokenKind } from './token';
import type { WordMemo } from './word-memo';
import { asciiShapeOf, shapeOf, type WordShape } from './word-shape';

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
const RETWEET = /^\s*RT\s+@\w+:?\s*/;
const MODIFIERS = /\uFE0F|\uFE0E|\u20E3|\p{Emoji_Modifier}|\u200D.*/gu;

function wordTokens(shape: WordShape, tag: boolean, out: Token[], memoOf: ((word: string) => WordMemo) | undefined): void {
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

/** A word match: "xD" laughs are emoticons, the rest word tokens. */
function addWord(post: NormalisedPost, s: string, memoOf: ((word: string) => WordMemo) | undefined): void {
  const c = s.charCodeAt(0);
  if ((c === 120 || c === 88) && LAUGH.test(s)) push(post.tokens, 'xd', 'emoticon');
  else wordTokens(shapeOf(s), false, post.tokens, memoOf);
}

/** addWord for the ASCII word text[start, end), which is only cut out of the text when new or a laugh. */
function addAsciiWord(post: NormalisedPost, text: string, start: number, end: number, memoOf: ((word: string) => WordMemo) | undefined): void {
  const c = text.charCodeAt(start);
  if ((c === 120 || c === 88) && LAUGH.test(text.slice(start, end))) push(post.tokens, 'xd', 'emoticon');
  else wordTokens(asciiShapeOf(text, start, end), false, post.tokens, memoOf);
}

/** Adds the token(s) of one TOKEN match to the post and counts its surface cues. */
function addMatch(post: NormalisedPost, s: string, memoOf: ((word: string) => WordMemo) | undefined): void {
  const { tokens } = post;
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
      for (const part of splitHashtag(s.slice(1))) wordTokens(shapeOf(part), true, tokens, memoOf);
      break;
    case 'word':
      addWord(post, s, memoOf);
      break;
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

/** TOKEN's URL alternative matches here (it is tried before words). */
function startsUrl(text: string, i: number, c: number): boolean {
  return (c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i))) || (c === 119 && text.startsWith('www.', i));
}

/**
 * Turns raw post text into tokens and surface cues; never throws. With `memoOf`, word tokens come
 * with the analyser's cached lookups attached.
 */
export function normalisePost(input: string, memoOf?: (word: string) => WordMemo): NormalisedPost {
  let text = unmaskProfanity(decodeHtmlEntities(input));
  const retweet = RETWEET.test(text);
  if (retweet) text = text.replace(RETWEET, '');
  const tokens: Token[] = [];
  const post: NormalisedPost = { tokens, words: 0, capsWords: 0, exclamations: 0, questions: 0, mentions: 0, urls: 0, retweet };
  const end = text.length;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Two shortcuts that match as TOKEN would: nothing starts at a space, and a plain ASCII word
    // (not a URL, not running into non-ASCII letters) is scanned by hand. The regex reads the rest.
    if (c === 32) {
      i++;
      continue;
    }
    const wordEnd = c < 128 && isAsciiWordChar(c) && !startsUrl(text, i, c) ? asciiWordEnd(text, i) : -1;
    if (wordEnd > 0) {
      addAsciiWord(post, text, i, wordEnd, memoOf);
      i = wordEnd;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m === null) break;
    addMatch(post, m[0], memoOf);
    i = TOKEN.lastIndex;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    post.words += 1;
    if (t.caps) post.capsWords += 1;
  }
  return post;
}
