import { decodeHtmlEntities } from './decode-html-entities';
import { splitElision } from './split-elision';
import { splitHashtag } from './split-hashtag';
import type { NormalisedPost, Token, TokenKind } from './token';

const EMOTICON =
  String.raw`(?<![\p{L}\p{N}])(?:[<>]?[:;=8][\-o*'^]?[)\](\[dDpP/\\|}{@3]+|[)\](\[/\\|][\-o*']?[:;=]|<\/?3+|\^_*\^|[xX][dD]+|[tT]_[tT]|-_-|[oO]_[oO]|;_;|:'[()])(?![\p{L}\p{N}])`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\uFE0E|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D(?:\p{Extended_Pictographic}|[\u2640\u2642])\uFE0F?)*`;
const TOKEN = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+)`,
    String.raw`(@\w+)`,
    String.raw`(#[\p{L}\p{N}_]+)`,
    `(${EMOTICON})`,
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)`,
    `(${EMOJI})`,
    String.raw`([!?¡¿]+|[.,;:…]+)`,
  ].join('|'),
  'gu',
);
const RETWEET = /^\s*RT\s+@\w+:?\s*/;
const ELONGATION = /(\p{L})\1{2,}/gu;
const MODIFIERS = /\uFE0F|\uFE0E|\u20E3|\p{Emoji_Modifier}|\u200D.*/gu;

function wordTokens(raw: string, tag: boolean, out: Token[]): void {
  const caps = raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  let text = raw.toLowerCase();
  const elongated = ELONGATION.test(text);
  if (elongated) text = text.replace(ELONGATION, '$1$1');
  const parts = splitElision(text.replace('’', "'"));
  if (parts.length === 2) {
    out.push({ text: parts[0], kind: 'word', caps, elongated: false, tag });
    text = parts[1];
  }
  out.push({ text: text, kind: 'word', caps, elongated, tag });
}

function push(out: Token[], text: string, kind: TokenKind): void {
  out.push({ text, kind, caps: false, elongated: false, tag: false });
}

/** Turns raw post text into tokens and surface cues; never throws. */
export function normalisePost(input: string): NormalisedPost {
  let text = decodeHtmlEntities(input);
  const retweet = RETWEET.test(text);
  if (retweet) text = text.replace(RETWEET, '');
  const tokens: Token[] = [];
  const post: NormalisedPost = { tokens, words: 0, capsWords: 0, exclamations: 0, questions: 0, mentions: 0, urls: 0, retweet };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) {
      post.urls += 1;
      push(tokens, 'URL', 'url');
    } else if (m[2] !== undefined) {
      post.mentions += 1;
      push(tokens, m[2].toLowerCase(), 'mention');
    } else if (m[3] !== undefined) {
      for (const part of splitHashtag(m[3].slice(1))) wordTokens(part, true, tokens);
    } else if (m[4] !== undefined) {
      push(tokens, m[4].length > 1 && /^[xX][dD]+$/.test(m[4]) ? 'xd' : m[4], 'emoticon');
    } else if (m[5] !== undefined) {
      wordTokens(m[5], false, tokens);
    } else if (m[6] !== undefined) {
      push(tokens, m[6].replace(MODIFIERS, ''), 'emoji');
    } else if (m[7] !== undefined) {
      const p = m[7];
      for (const ch of p) {
        if (ch === '!') post.exclamations += 1;
        else if (ch === '?') post.questions += 1;
      }
      push(tokens, p[0] === '¡' || p[0] === '¿' ? p[0] : p, 'punct');
    }
  }
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    post.words += 1;
    if (t.caps) post.capsWords += 1;
  }
  return post;
}
