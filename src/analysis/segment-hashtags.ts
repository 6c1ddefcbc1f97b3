import type { NormalisedPost, Token } from './token';

const MIN_LENGTH = 5;
const MIN_PART = 3;
const MAX_PARTS = 3;

/** What the splitter may ask about a candidate word. */
export interface HashtagVocabulary {
  /** A word in the vocabulary (lexicon, function words, learned words). */
  knows(word: string): boolean;
  /** A word that carries sentiment or negation: a split must produce one, or it is not worth it. */
  matters(word: string): boolean;
}

/** Fewest known words that spell `text` exactly ("nothappy" → not, happy), or null. */
function segment(text: string, known: (word: string) => boolean, parts: number): string[] | null {
  if (known(text)) return [text];
  if (text.length < 2 * MIN_PART) return null;
  if (parts === 1) return null;
  // Longest first part first: "badservice" → bad + service rather than ba + ...
  for (let cut = text.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = text.slice(0, cut);
    if (!known(head)) continue;
    const rest = segment(text.slice(cut), known, parts - 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/**
 * Splits lower-case hashtag words that camel case could not ("#nothappy", "#badservice") into
 * known words, so the lexicon and cues see them. Returns the post unchanged when nothing splits.
 */
export function segmentHashtags(post: NormalisedPost, vocabulary: HashtagVocabulary): NormalisedPost {
  const known = (w: string): boolean => vocabulary.knows(w);
  const splittable = (t: Token): boolean => t.tag && t.text.length >= MIN_LENGTH && !known(t.text);
  if (!post.tokens.some(splittable)) return post;
  const tokens: Token[] = [];
  let words = post.words;
  for (const t of post.tokens) {
    const parts = splittable(t) ? segment(t.text, known, MAX_PARTS) : null;
    if (!parts || parts.length === 1 || !parts.some((p) => vocabulary.matters(p))) {
      tokens.push(t);
      continue;
    }
    for (const text of parts) tokens.push({ ...t, text, memo: undefined });
    words += parts.length - 1;
  }
  return words === post.words ? post : { ...post, tokens, words };
}
