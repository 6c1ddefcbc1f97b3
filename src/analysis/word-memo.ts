import type { CategoryModelWord } from './category-model';
import type { LexiconEntry } from './compile-lexicon';
import type { CueKind } from './cue-matcher';
import type { PhraseEntry } from './phrase-matcher';

/**
 * Every table lookup the analyser makes for one word form, done once and cached: a post then costs
 * one Map lookup per word instead of one per table. Arrays are indexed like SUPPORTED_LANGUAGES.
 */
export interface WordMemo {
  folded: string;
  /** Language evidence of the word itself (it then counts as a witness). */
  language: readonly number[] | undefined;
  /** Evidence from its ending or letters, used only when the word itself is unknown. */
  languageHint: readonly number[] | undefined;
  lexicon: ReadonlyArray<LexiconEntry | undefined>;
  cues: ReadonlyArray<ReadonlyArray<PhraseEntry<CueKind[]>> | undefined>;
  model: CategoryModelWord | undefined;
  /**
   * The category and label models' weights of the word itself, from `weightsAt` on (see
   * packWordWeights: the array is shared by all words); undefined when neither model has the word.
   */
  weights?: Float64Array | undefined;
  weightsAt?: number;
  /** The category model's word pairs starting with this word. */
  pairs?: Map<string, Float64Array> | undefined;
  /** Shape flags of the word (negator, first person, time unit, count), see postShapeFeatures. */
  shape?: number;
}

const MAX_WORDS = 100_000;

/** A bounded cache of WordMemo by word: past MAX_WORDS new words are computed but not kept. */
export function createWordMemo(build: (word: string) => WordMemo): (word: string) => WordMemo {
  const cache = new Map<string, WordMemo>();
  return (word) => {
    let memo = cache.get(word);
    if (memo === undefined) {
      memo = build(word);
      if (cache.size < MAX_WORDS) cache.set(word, memo);
    }
    return memo;
  };
}
