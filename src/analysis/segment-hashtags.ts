import type { NormalisedPost, Token } from './token';

const MIN_LENGTH = 5;
const MIN_PART = 3;
const MAX_PARTS = 3;
/**
 * Longest part tried. Longer tags cannot split into MAX_PARTS parts, and are left whole: trying every cut of a
 * 20,000-character tag took seconds a post, since each cut hashes the rest of the tag.
 */
const MAX_PART = 24;

/** What the splitter may ask about a candidate word. */
export interface HashtagVocabulary {
  /** A word in the vocabulary (lexicon, function words, learned words). */
  knows(word: string): boolean;
  /** A word that carries sentiment or negation: a split must produce one, or it is not worth it. */
  matters(word: string): boolean;
}

/** Fewest known words that spell `text` exactly ("nothappy" → not, happy), or null. */
function segment(text: string, known: (word: string) => boolean, parts: number): string[] | null {
  if (text.length > parts * MAX_PART) return null;
  if (known(text)) return [text];
  if (text.length < 2 * MIN_PART) return null;
  if (parts === 1) return null;
  // Longest first part first: "badservice" → bad + service rather than ba + ...
  for (let cut = Math.min(text.length - MIN_PART, MAX_PART); cut >= MIN_PART; cut--) {
    const head = text.slice(0, cut);
    if (!known(head)) continue;
    const rest = segment(text.slice(cut), known, parts - 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** The known words `text` splits into when the split is worth it (a part carries sentiment), else null. */
function splitOf(text: string, vocabulary: HashtagVocabulary): readonly string[] | null {
  const known = (w: string): boolean => vocabulary.knows(w);
  if (known(text)) return null;
  const parts = segment(text, known, MAX_PARTS);
  return parts && parts.length > 1 && parts.some((p) => vocabulary.matters(p)) ? parts : null;
}

// Splitting tries every cut against the vocabulary, and the same tags recur in post after post:
// the verdict is kept per vocabulary and tag word (bounded, like the word memo).
const SPLITS = new WeakMap<HashtagVocabulary, Map<string, readonly string[] | null>>();
const MAX_SPLITS = 10_000;

function cachedSplitOf(text: string, vocabulary: HashtagVocabulary): readonly string[] | null {
  let cache = SPLITS.get(vocabulary);
  if (cache === undefined) {
    cache = new Map();
    SPLITS.set(vocabulary, cache);
  }
  let parts = cache.get(text);
  if (parts === undefined) {
    parts = splitOf(text, vocabulary);
    if (cache.size < MAX_SPLITS) cache.set(text, parts);
  }
  return parts;
}

function splitOfToken(t: Token, vocabulary: HashtagVocabulary): readonly string[] | null {
  return t.tag && t.text.length >= MIN_LENGTH ? cachedSplitOf(t.text, vocabulary) : null;
}

/**
 * Splits lower-case hashtag words that camel case could not ("#nothappy", "#badservice") into
 * known words, so the lexicon and cues see them. Returns the post unchanged when nothing splits.
 */
export function segmentHashtags(post: NormalisedPost, vocabulary: HashtagVocabulary): NormalisedPost {
  // A plain loop: this runs on every post, and most have no hashtag to split.
  let splits = false;
  for (let i = 0; i < post.tokens.length && !splits; i++) splits = splitOfToken(post.tokens[i] as Token, vocabulary) !== null;
  if (!splits) return post;
  const tokens: Token[] = [];
  let words = post.words;
  for (const t of post.tokens) {
    const parts = splitOfToken(t, vocabulary);
    if (parts === null) {
      tokens.push(t);
      continue;
    }
    for (const text of parts) tokens.push({ ...t, text, memo: undefined });
    words += parts.length - 1;
  }
  return { ...post, tokens, words };
}
