import { STOPWORDS } from './stopwords';

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const MENTION = /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const MAX_TEXT = 2000;

/**
 * Stopwords that may open a two-word phrase: the negations that name what an outage took away ("no signal", "kein
 * Netz", "senza linea", "sin datos", "sans réseau"), where the next word alone says less.
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['no', 'not', 'sans', 'aucun', 'aucune', 'senza', 'nessun', 'nessuna', 'sin', 'ningún', 'ningun', 'kein', 'keine', 'keinen', 'ohne']);

/**
 * The distinct candidate terms of a post, lower-case: first its words, in first-seen order, then its two-word
 * phrases ("anyone else", "no signal", "certificate expired"). URLs and @mentions are removed, hashtags kept as their
 * word, stopwords (en/fr/it/es/de), numbers and words under 3 letters dropped; elided articles (`l'opérateur`,
 * `dell'app`) give the word after the apostrophe. A phrase is two adjacent words with nothing between them but
 * spaces or a hyphen: both terms, or a negation (PHRASE_OPENERS) and a term.
 */
export function extractTerms(text: string): string[] {
  let cleaned = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // A link or a mention gives way to a full stop, so that no phrase spans it.
  if (cleaned.includes('http') || cleaned.includes('www.')) cleaned = cleaned.replace(URL, ' . ');
  if (cleaned.includes('@')) cleaned = cleaned.replace(MENTION, ' . ');
  cleaned = cleaned.toLowerCase();
  const terms = new Set<string>();
  const phrases = new Set<string>();
  // The previous word when it can open a phrase (a term or a negation), and where it ended.
  let prev: string | undefined;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(cleaned); m; m = WORD.exec(cleaned)) {
    const hashtag = cleaned[m.index - 1] === '#';
    const adjacent = prev !== undefined && !hashtag && joinsPhrase(cleaned, prevEnd, m.index);
    const term = termOf(m[0]);
    if (term !== undefined && !term.includes("'")) {
      terms.add(term);
      if (adjacent) phrases.add(`${prev} ${term}`);
      prev = hashtag ? undefined : term; // a hashtag stands alone
    } else if (term !== undefined) {
      for (const part of term.split("'")) if (isTerm(part)) terms.add(part);
      prev = undefined;
    } else {
      prev = PHRASE_OPENERS.has(m[0]) ? m[0] : undefined;
    }
    prevEnd = m.index + m[0].length;
  }
  return [...terms, ...phrases];
}

/** Between two words of a phrase: spaces or a hyphen; punctuation or a line break ends the phrase. Hashtags stand alone. */
function joinsPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false; // space, tab, hyphen
  }
  return true;
}

/** The word as a term (apostrophes normalised, trailing punctuation cut), or undefined when it is not one. */
function termOf(raw: string): string | undefined {
  if (raw.length < 3 || STOPWORDS.has(raw)) return undefined;
  let word = raw;
  if (word.includes('’')) word = word.replaceAll('’', "'");
  if (/['_-]$/.test(word)) word = word.replace(/['_-]+$/, '');
  if (!word.includes("'")) return isTerm(word) ? word : undefined;
  return STOPWORDS.has(word) ? undefined : word;
}

const DIGITS = /^[\d_-]+$/;
const isTerm = (w: string): boolean => w.length >= 3 && !STOPWORDS.has(w) && !DIGITS.test(w);
