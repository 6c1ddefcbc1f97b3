import { hashSlice, SliceTable, type SliceEntry } from './slice-table';
import { splitElision } from './split-elision';
import type { WordMemo } from './word-memo';

const CAPITAL = /\p{Lu}/gu;
const ELONGATION = /(\p{L})\1{2,}/gu;

/** Three equal letters in a row ("sooo"); a char loop is cheaper than a regex on the hot path. */
function isElongated(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && c > 64) return true;
  }
  return false;
}

/** What the tokenizer makes of one word as written (raw), computed once per word form. */
export interface WordShape extends SliceEntry {
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
  return { key: raw, hash: hashSlice(raw, 0, raw.length), first, text, caps, elongated, memoOf: undefined, firstMemo: undefined, memo: undefined };
}

// Word forms repeat a lot across posts: their shape is computed once (bounded, like the word memo).
const SHAPES = new Map<string, WordShape>();
const MAX_SHAPES = 50_000;

/** The shape of a word as written. */
export function shapeOf(raw: string): WordShape {
  let shape = SHAPES.get(raw);
  if (shape === undefined) {
    shape = wordShape(raw);
    if (SHAPES.size < MAX_SHAPES) SHAPES.set(raw, shape);
  }
  return shape;
}

// ASCII words found by the hand scanner are looked up by their place in the text (see SliceTable).
const ASCII_SHAPES = new SliceTable<WordShape>(MAX_SHAPES);

/** The shape of the ASCII word text[start, end), without cutting it out of the text when known. */
export function asciiShapeOf(text: string, start: number, end: number): WordShape {
  const hash = hashSlice(text, start, end);
  let shape = ASCII_SHAPES.get(text, start, end, hash);
  if (shape === undefined) {
    const raw = text.slice(start, end);
    shape = shapeOf(raw);
    ASCII_SHAPES.add(shape);
  }
  return shape;
}
