import { CATEGORIES, SUPPORTED_LANGUAGES, type SupportedLanguage } from '../domain/analysis';
import type { AnalyserResources } from './analyser-resources';
import { compileCategoryModel, type CompiledCategoryModel } from './category-model';
import { compileLexicon, lookupWord, type CompiledLexicon } from './compile-lexicon';
import { compileCueMatcher, type CueKind } from './cue-matcher';
import { compileLanguageDetector, weakEvidence, type LanguageDetector } from './detect-language';
import { foldAccents } from './fold-accents';
import { compileThanksFrames, type ThanksFrames } from './ironic-thanks';
import type { HashtagVocabulary } from './segment-hashtags';
import type { PhraseMatcher } from './phrase-matcher';
import { wordShapeFlags } from './post-shape-features';
import { compileSentimentLabelModel, SERVICE_BAND_PRIOR, type CompiledLabelModel } from './sentiment-label-model';
import { createWordMemo, type WordMemo } from './word-memo';
import { packWordWeights, SERVICE_LABEL_WEIGHTS_AT } from './word-weights';

/** Cue phrases and negators for one language (its own plus English). */
export interface CueSet {
  lang: string;
  matcher: PhraseMatcher<CueKind[]>;
  negators: ReadonlySet<string>;
  /** Thanks frames of the language and English, for ironic thanks. */
  thanks: ThanksFrames;
}

/** Every table the analyser needs, compiled once from the loaded resources. */
export interface CompiledAnalyser {
  lexicons: Map<string, CompiledLexicon>;
  cueSets: Map<string, CueSet>;
  englishCues: CueSet;
  detector: LanguageDetector;
  model: CompiledCategoryModel | undefined;
  labelModel: CompiledLabelModel | undefined;
  /** Labels posts about a service experience; falls back to labelModel when absent. */
  serviceLabelModel: CompiledLabelModel | undefined;
  memoOf: (word: string) => WordMemo;
  /** English words for splitting run-together hashtags ("#nothappy"). */
  hashtagVocabulary: HashtagVocabulary;
  /** Index of a language in SUPPORTED_LANGUAGES: its slot in word memos (-1 if none). */
  slot: (lang: string) => number;
}

function compileCueSets(resources: AnalyserResources): Map<string, CueSet> {
  const cueSets = new Map<string, CueSet>();
  for (const lang of SUPPORTED_LANGUAGES) {
    const langs = [lang, 'en'];
    // "no" negates too ("no respect for customers" is no praise); "no signal" is matched as a cue of its own.
    const negators = new Set(langs.flatMap((l) => resources.rules[l]?.negators ?? []));
    const thanks = compileThanksFrames([...new Set(langs.flatMap((l) => resources.rules[l]?.ironicThanks ?? []))]);
    cueSets.set(lang, { lang, matcher: compileCueMatcher(resources.rules, langs), negators, thanks });
  }
  return cueSets;
}

// Most words are in no lexicon and start no cue: their memos share this one row, which stays in
// the CPU cache, instead of each pointing at its own row of nothing.
const NONE: readonly undefined[] = SUPPORTED_LANGUAGES.map(() => undefined);

function orNone<T>(row: ReadonlyArray<T | undefined>): ReadonlyArray<T | undefined> {
  return row.every((x) => x === undefined) ? NONE : row;
}

/** Compiles lexicons, cue matchers, the language detector, the category and label models and the word memo. */
export function compileAnalyser(resources: AnalyserResources): CompiledAnalyser {
  const lexicons = new Map<string, CompiledLexicon>();
  for (const lang of SUPPORTED_LANGUAGES) {
    const rules = resources.rules[lang];
    if (rules) lexicons.set(lang, compileLexicon(lang, rules, resources.base[lang], resources.emoji));
  }
  const cueSets = compileCueSets(resources);
  const detector = compileLanguageDetector(resources.stopwords, resources.language);
  const model = resources.category ? compileCategoryModel(resources.category, CATEGORIES) : undefined;
  const labelModel = resources.sentimentLabel ? compileSentimentLabelModel(resources.sentimentLabel) : undefined;
  const serviceLabelModel = resources.serviceLabel ? compileSentimentLabelModel(resources.serviceLabel, { prior: SERVICE_BAND_PRIOR, packedAt: SERVICE_LABEL_WEIGHTS_AT }) : undefined;
  const lexiconSlots = SUPPORTED_LANGUAGES.map((l) => lexicons.get(l));
  const cueSlots = SUPPORTED_LANGUAGES.map((l) => cueSets.get(l));
  const weights = packWordWeights(model, labelModel?.linear, serviceLabelModel?.linear);
  const memoOf = createWordMemo((word) => {
    const language = detector.evidence.get(word);
    const folded = foldAccents(word);
    const row = weights.at.get(folded);
    return {
      folded,
      language,
      languageHint: language ? undefined : weakEvidence(detector, word),
      lexicon: orNone(lexiconSlots.map((l) => (l ? lookupWord(l, word) : undefined))),
      cues: orNone(cueSlots.map((c) => c?.matcher.startingWith(word))),
      model: model?.words.get(folded),
      pairs: model?.words.get(folded)?.next,
      weights: row === undefined ? undefined : weights.rows,
      weightsAt: row ?? 0,
      shape: wordShapeFlags(word),
    };
  });
  const englishCues = cueSets.get('en');
  if (!englishCues) throw new Error('English cues missing: SUPPORTED_LANGUAGES must include en');
  // Run-together hashtags are an English habit; other languages' short words would over-split them.
  const english = new Set(resources.stopwords.en ?? []);
  const hashtagVocabulary: HashtagVocabulary = {
    knows: (word) => english.has(word) || memoOf(word).lexicon[0] !== undefined || memoOf(word).model?.self !== undefined,
    matters: (word) => {
      const e = memoOf(word).lexicon[0];
      return e?.valence !== undefined || e?.negator === true;
    },
  };
  return { lexicons, cueSets, englishCues, detector, model, labelModel, serviceLabelModel, memoOf, hashtagVocabulary, slot: (lang) => SUPPORTED_LANGUAGES.indexOf(lang as SupportedLanguage) };
}
