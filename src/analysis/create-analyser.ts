import type { Analysis, Category, SentimentLabel } from '../domain/analysis';
import { CATEGORIES, SUPPORTED_LANGUAGES } from '../domain/analysis';
import type { AnalyserResources } from './analyser-resources';
import { categoryFeatures } from './category-features';
import type { CompiledCategoryModel } from './classify-category';
import { classifyCategory, ruleLogits } from './classify-category';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon';
import { compileCueMatcher, findCues } from './cue-matcher';
import { compileLanguageDetector, detectLanguage } from './detect-language';
import { detectSarcasm } from './detect-sarcasm';
import type { Explanation } from './explanation';
import { normalisePost } from './normalise-post';
import { scoreSentiment, type SentimentScore } from './score-sentiment';
import type { NormalisedPost } from './token';

export interface Analyser {
  analyze(text: string, hint?: { lang?: string }): Analysis;
  explain(text: string, hint?: { lang?: string }): Explanation;
}

/** The analyser plus what its category model sees, for `moodline train`. */
export interface TrainableAnalyser extends Analyser {
  categoryInputs(text: string, hint?: { lang?: string }): { features: string[]; offset: number[] };
}

/** Half-width of the neutral band of the compound score (tuned on TweetEval validation). */
export const NEUTRAL_BAND = 0.05;
// Irony keeps the negative evidence and turns the praise against the sender.
const IRONY_WEIGHT = 0.5;
const ALPHA = 15;

function label(score: number): SentimentLabel {
  if (score > NEUTRAL_BAND) return 'positive';
  if (score < -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

function ironic(s: SentimentScore): SentimentScore {
  const raw = s.negative - IRONY_WEIGHT * s.positive;
  return { ...s, raw, compound: raw / Math.sqrt(raw * raw + ALPHA), comparative: s.comparative === 0 ? 0 : (s.comparative * raw) / s.raw };
}

function firstWordIndex(post: NormalisedPost): number {
  return post.tokens.findIndex((t) => t.kind === 'word');
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Builds the pure analyser: all tables are compiled here once; analyze() does no I/O. */
export function createAnalyser(resources: AnalyserResources): TrainableAnalyser {
  const lexicons = new Map<string, CompiledLexicon>();
  for (const lang of SUPPORTED_LANGUAGES) {
    const rules = resources.rules[lang];
    if (rules) lexicons.set(lang, compileLexicon(lang, rules, resources.base[lang], resources.emoji));
  }
  const fallback = lexicons.get('en');
  const cues = compileCueMatcher(resources.rules);
  const detector = compileLanguageDetector(resources.stopwords, resources.language);
  let model: CompiledCategoryModel | undefined;
  if (resources.category) {
    const order = CATEGORIES.map((c) => resources.category?.labels.indexOf(c) ?? -1);
    const pick = (row: readonly number[]): Float64Array => Float64Array.from(order, (k) => (k >= 0 ? (row[k] ?? 0) : 0));
    model = { bias: pick(resources.category.bias), weights: new Map() };
    for (const [f, row] of Object.entries(resources.category.weights)) model.weights.set(f, pick(row));
  }

  function signalsOf(text: string, hint: { lang?: string } | undefined, explain: boolean) {
    const post = normalisePost(typeof text === 'string' ? text : '');
    const guess = detectLanguage(post, detector, text ?? '', hint?.lang);
    const lexicon = guess.lang === 'und' ? fallback : lexicons.get(guess.lang);
    const supported = guess.lang === 'und' || lexicons.has(guess.lang);
    const empty: SentimentScore = { compound: 0, raw: 0, comparative: 0, hits: 0, positive: 0, negative: 0, cues: explain ? [] : null };
    let sentiment = lexicon ? scoreSentiment(post, lexicon, explain) : empty;
    const found = findCues(post, cues, explain);
    const sarcasm = detectSarcasm(sentiment, found);
    if (sarcasm) sentiment = ironic(sentiment);
    const signals = { sentiment: supported ? sentiment : empty, cues: found, sarcasm };
    return { post, guess, lexicon, supported, sentiment, found, sarcasm, signals };
  }

  function run(text: string, hint: { lang?: string } | undefined, explain: boolean): Explanation | Analysis {
    const { post, guess, lexicon, supported, sentiment, found, sarcasm, signals } = signalsOf(text, hint, explain);
    const features = model ? categoryFeatures(post, signals) : [];
    const verdict = post.tokens.length === 0 ? null : classifyCategory(post, signals, features, model, explain);
    const first = firstWordIndex(post);
    const asks = first >= 0 && (cues.matchAt(post.tokens, first)?.value.includes('question') ?? false);
    const score = supported ? round(sentiment.compound) : 0;
    const analysis: Analysis = {
      lang: guess.lang,
      supported,
      sentiment: { score, comparative: supported ? round(sentiment.comparative) : 0, label: label(score) },
      category: verdict?.category ?? 'other',
      confidence: verdict ? round(verdict.confidence) : 1,
      flags: { compensation: found.counts.compensation > 0, question: post.questions > 0 || asks },
    };
    if (!explain) return analysis;
    const probabilities = Object.fromEntries(CATEGORIES.map((c, k) => [c, round(verdict?.probabilities[k] ?? (c === 'other' ? 1 : 0))])) as Record<Category, number>;
    return {
      ...analysis,
      explain: {
        tokens: post.tokens.map((t) => t.text),
        language: { detected: guess.lang, hint: hint?.lang ?? null, margin: round(guess.margin), scoredWith: supported ? (lexicon?.lang ?? null) : null },
        sentiment: {
          raw: round(sentiment.raw),
          cues: sentiment.cues ?? [],
          emphasis: [
            ...(post.exclamations > 0 ? [`${post.exclamations} exclamation mark(s)`] : []),
            ...(post.questions > 1 ? [`${post.questions} question marks`] : []),
            ...(post.capsWords > 0 && post.capsWords < post.words ? [`${post.capsWords} word(s) in capitals`] : []),
          ],
          sarcasm,
        },
        category: { probabilities, cues: found.matched ?? [], features: verdict?.evidence ?? [] },
      },
    };
  }

  return {
    analyze: (text, hint) => run(text, hint, false),
    explain: (text, hint) => run(text, hint, true) as Explanation,
    categoryInputs: (text, hint) => {
      const { post, signals } = signalsOf(text, hint, false);
      return { features: categoryFeatures(post, signals), offset: Array.from(ruleLogits(post, signals)) };
    },
  };
}
