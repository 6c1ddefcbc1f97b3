import { STOPWORDS } from './stopwords';

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const MENTION = /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const MAX_TEXT = 2000;

/**
 * The distinct candidate terms of a post, lower-case, in first-seen order: URLs and @mentions removed,
 * hashtags kept as their word, stopwords (en/fr/it/es/de), numbers and words under 3 letters dropped.
 * Elided articles (`l'opérateur`, `dell'app`) give the word after the apostrophe.
 */
export function extractTerms(text: string): string[] {
  let cleaned = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (cleaned.includes('http') || cleaned.includes('www.')) cleaned = cleaned.replace(URL, ' ');
  if (cleaned.includes('@')) cleaned = cleaned.replace(MENTION, ' ');
  cleaned = cleaned.toLowerCase();
  const terms = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(cleaned); m; m = WORD.exec(cleaned)) {
    let word = m[0];
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    if (word.includes('’')) word = word.replaceAll('’', "'");
    if (/['_-]$/.test(word)) word = word.replace(/['_-]+$/, '');
    if (!word.includes("'")) {
      if (isTerm(word)) terms.add(word);
      continue;
    }
    if (STOPWORDS.has(word)) continue;
    for (const part of word.split("'")) if (isTerm(part)) terms.add(part);
  }
  return [...terms];
}

const DIGITS = /^[\d_-]+$/;
const isTerm = (w: string): boolean => w.length >= 3 && !STOPWORDS.has(w) && !DIGITS.test(w);
