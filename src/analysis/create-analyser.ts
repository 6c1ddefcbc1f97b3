import type { Analysis } from '../domain/analysis';
import type { AnalyserResources } from './analyser-resources';
import { categoryFeatures } from './category-features';
import { agreeWithCategory } from './agree-with-category';
import { chooseSentimentLabel, explainSentimentLabel, labelModelFor } from './choose-sentiment-label';
import { classifyCategory, ruleLogits } from './classify-category';
import { compileAnalyser } from './compile-analyser';
import { findCues } from './cue-matcher';
import { detectLanguage } from './detect-language';
import { detectSarcasm } from './detect-sarcasm';
import { explainAnalysis } from './explain-analysis';
import type { Explanation } from './explanation';
import { normalisePost } from './normalise-post';
import { segmentHashtags } from './segment-hashtags';
import { BAND_PRIOR, bandPrior, sentimentLabelFeatures } from './sentiment-label-model';
import { compoundScore, scoreSentiment, type SentimentScore } from './score-sentiment';
import type { NormalisedPost } from './token';

export interface Analyser {
  analyze(text: string, hint?: { lang?: string }): Analysis;
  explain(text: string, hint?: { lang?: string }): Explanation;
}

/** The analyser plus what its category model sees, for `moodline train`. */
export interface TrainableAnalyser extends Analyser {
  categoryInputs(text: string, hint?: { lang?: string }): { features: string[]; offset: number[] };
  /** Features of the sentiment-label model (empty for unsupported languages and empty posts). */
  labelInputs(text: string, hint?: { lang?: string }): { features: string[]; offset: number[] };
}

export { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-band';

// Irony keeps the negative evidence and turns the praise against the sender.
const IRONY_WEIGHT = 0.5;
const LEAN_FROM = 0.7;
const LEAN_WEIGHT = 2;

function ironic(s: SentimentScore): SentimentScore {
  const raw = s.negative - IRONY_WEIGHT * s.positive;
  const cues = s.cues?.map((c) => (c.valence > 0 ? { ...c, valence: -IRONY_WEIGHT * c.valence, notes: [...c.notes, 'ironic praise'] } : c)) ?? null;
  return { ...s, raw, cues, compound: compoundScore(raw, s.hits), comparative: s.raw === 0 ? 0 : (s.comparative * raw) / s.raw };
}

/**
 * Complaints are negative, and support and jokes positive, even when no word says so ("ordered on the 2nd,
 * still 'out for delivery'"; "day 2 without the app, I've started talking to the toaster"): a confident
 * category verdict leans the raw score its way. Jokes about an outage are full of outage words; without the
 * lean they would drag the hourly mood down as if they were complaints.
 */
function categoryLeaning(probabilities: readonly number[]): number {
  const lean = (p: number): number => (p > LEAN_FROM ? (LEAN_WEIGHT * (p - LEAN_FROM)) / (1 - LEAN_FROM) : 0);
  return lean(probabilities[1] ?? 0) + lean(probabilities[2] ?? 0) - lean(probabilities[0] ?? 0);
}

function firstWordIndex(post: NormalisedPost): number {
  return post.tokens.findIndex((t) => t.kind === 'word');
}

/** Four decimals, and never NaN or ±Infinity in a result. */
function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10000) / 10000 : 0;
}

/** Builds the pure analyser: all tables are compiled here once; analyze() does no I/O. */
export function createAnalyser(resources: AnalyserResources): TrainableAnalyser {
  const compiled = compileAnalyser(resources);
  const { lexicons, detector, model } = compiled;
  const fallback = lexicons.get('en');
  const labelModels = { general: compiled.labelModel, service: compiled.serviceLabelModel };

  function signalsOf(text: string, hint: { lang?: string } | undefined, explain: boolean) {
    const normalised = normalisePost(typeof text === 'string' ? text : '', compiled.memoOf);
    const post = segmentHashtags(normalised, compiled.hashtagVocabulary);
    // Only the parts of a split hashtag still lack their memo (a post with none comes back as it was).
    if (post !== normalised) for (const t of post.tokens) if (t.kind === 'word' && t.memo === undefined) t.memo = compiled.memoOf(t.text);
    const guess = detectLanguage(post, detector, text ?? '', hint?.lang);
    const lexicon = guess.lang === 'und' ? fallback : lexicons.get(guess.lang);
    const supported = guess.lang === 'und' || lexicons.has(guess.lang);
    const empty: SentimentScore = { compound: 0, raw: 0, comparative: 0, hits: 0, positive: 0, negative: 0, turnsPositive: false, cues: explain ? [] : null };
    let sentiment = lexicon ? scoreSentiment(post, lexicon, explain, compiled.slot(lexicon.lang)) : empty;
    const cues = compiled.cueSets.get(guess.lang) ?? compiled.englishCues;
    const found = findCues(post, cues.matcher, cues.negators, explain, compiled.slot(cues.lang));
    const sarcasm = detectSarcasm(sentiment, found, post, cues.thanks, lexicon);
    if (sarcasm) sentiment = ironic(sentiment);
    const signals = { sentiment: supported ? sentiment : empty, cues: found, sarcasm };
    return { post, guess, lexicon, supported, sentiment, found, sarcasm, signals, cues };
  }

  function run(text: string, hint: { lang?: string } | undefined, explain: boolean): Explanation | Analysis {
    const { post, guess, lexicon, supported, sentiment, found, sarcasm, signals, cues } = signalsOf(text, hint, explain);
    const features = explain && model ? categoryFeatures(post, signals) : null;
    const verdict = post.tokens.length === 0 ? null : classifyCategory(post, signals, model, features);
    const first = firstWordIndex(post);
    const asks = first >= 0 && (cues.matcher.matchAt(post.tokens, first)?.value.includes('question') ?? false);
    const leaning = verdict ? categoryLeaning(verdict.probabilities) : 0;
    const score = supported ? round(compoundScore(sentiment.raw, sentiment.hits, leaning)) : 0;
    const subject = { post: supported && post.tokens.length > 0 ? post : null, sentiment, lexicon, sarcasm };
    const labelModel = labelModelFor(verdict?.category ?? null, found.counts.outage, labelModels);
    const chosen = chooseSentimentLabel(score, subject, labelModel.model);
    const label = verdict && supported ? agreeWithCategory(chosen, verdict.category, verdict.confidence) : chosen;
    const analysis: Analysis = {
      lang: guess.lang,
      supported,
      sentiment: { score, comparative: supported ? round(sentiment.comparative) : 0, label },
      category: verdict?.category ?? 'other',
      confidence: verdict ? round(verdict.confidence) : 1,
      flags: { compensation: found.counts.compensation > 0, question: post.questions > 0 || asks },
    };
    if (!explain) return analysis;
    const scoredWith = supported ? (lexicon?.lang ?? null) : null;
    return explainAnalysis(analysis, { post, hint: hint?.lang ?? null, guess, scoredWith, sentiment, leaning, label: explainSentimentLabel(chosen, subject, labelModel.model, labelModel.name), replacedLabel: label === chosen ? null : chosen, sarcasm, cues: found, verdict });
  }

  return {
    analyze: (text, hint) => run(text, hint, false),
    explain: (text, hint) => run(text, hint, true) as Explanation,
    categoryInputs: (text, hint) => {
      const { post, signals } = signalsOf(text, hint, false);
      return { features: categoryFeatures(post, signals), offset: Array.from(ruleLogits(post, signals)) };
    },
    labelInputs: (text, hint) => {
      const { post, supported, sentiment, lexicon, sarcasm } = signalsOf(text, hint, false);
      const x = { post, sentiment, lexicon, sarcasm };
      return supported && post.tokens.length > 0 ? { features: sentimentLabelFeatures(x), offset: bandPrior(x) } : { features: [], offset: [0, BAND_PRIOR, 0] };
    },
  };
}
