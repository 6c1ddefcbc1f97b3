import { SENTIMENT_LABELS, type SentimentLabel } from '../domain/analysis';
import { addSums, addWeights } from './add-token-logits';
import type { CategoryModel } from './analyser-resources';
import { tokenFeatures } from './category-features';
import { compileCategoryModel, type CompiledCategoryModel } from './category-model';
import type { CompiledLexicon } from './compile-lexicon';
import { foldAccents } from './fold-accents';
import { bandIndex, LEXICON_EVIDENCE, lexiconEvidence, lexiconEvidenceNames, tokenEvidence } from './lexicon-evidence';
import type { SentimentScore } from './score-sentiment';
import type { NormalisedPost, Token } from './token';
import { LABEL_WEIGHTS_AT } from './word-weights';

/** The sentiment-label model re-indexed for scoring: token weights plus one row per evidence bit. */
export interface CompiledLabelModel {
  linear: CompiledCategoryModel;
  evidence: Array<Float64Array | undefined>;
  /** Logits the band's verdict starts with at scoring (BAND_PRIOR or SERVICE_BAND_PRIOR). */
  prior: number;
  /** Where its word weights start in a word memo's packed row (word-weights.ts); null: looked up by word. */
  packedAt: number | null;
}

/** What the label model sees of a post besides its tokens. */
export interface LabelInputs {
  post: NormalisedPost;
  sentiment: SentimentScore;
  lexicon: CompiledLexicon | undefined;
  sarcasm: boolean;
}

/**
 * Logit the band's own verdict starts with. The model is trained on top of it (at `offsetScale`
 * of it, see LABEL_TRAIN_OPTIONS) and scored with all of it, so it learns corrections to the
 * lexicon band rather than a polarity of its own: a few thousand hand-written posts cannot teach
 * the polarity of the words they never use, while the lexicons know tens of thousands.
 */
export const BAND_PRIOR = 3;

/**
 * Band prior of the service-experience label model (data/model/sentiment-label-service.json), which labels posts
 * about a service (a complaint, support or humour verdict, or an outage cue). Trained on all of it (offset scale
 * SERVICE_BAND_PRIOR / BAND_PRIOR of bandPrior()) and on every post at full weight, it follows the training posts'
 * words over the lexicon band: in that domain they know the vocabulary, and the band reads jokes, thanks and news
 * that name the outage as angry (data/model/README.md, "The service-experience label model").
 */
export const SERVICE_BAND_PRIOR = 1;

/** The band prior as logits in SENTIMENT_LABELS order (training offset). */
export function bandPrior(x: LabelInputs): number[] {
  const prior = [0, 0, 0];
  prior[bandIndex(lexiconEvidence(x.post, x.sentiment, x.lexicon, x.sarcasm))] = BAND_PRIOR;
  return prior;
}

/** Compiles a label model file for scoring (labels re-ordered to SENTIMENT_LABELS). */
export function compileSentimentLabelModel(model: CategoryModel, o: { prior: number; packedAt: number | null } = { prior: BAND_PRIOR, packedAt: LABEL_WEIGHTS_AT }): CompiledLabelModel {
  const linear = compileCategoryModel(model, SENTIMENT_LABELS);
  return { linear, evidence: LEXICON_EVIDENCE.map((f) => linear.weights.get(f)), prior: o.prior, packedAt: o.packedAt };
}

/**
 * Feature strings of the label model (training and --explain): words, emoji and lexicon evidence.
 * No word pairs: they did not carry over to posts unlike the training ones, and cost a lookup a word.
 */
export function sentimentLabelFeatures(x: LabelInputs): string[] {
  return lexiconEvidenceNames(lexiconEvidence(x.post, x.sentiment, x.lexicon, x.sarcasm), tokenFeatures(x.post, [], false));
}

/**
 * Fills `out` (SENTIMENT_LABELS order) with the label model's probabilities and returns the index
 * of the most probable label. Same sum as over sentimentLabelFeatures(), without feature strings.
 */
export function labelProbabilities(post: NormalisedPost, sentiment: SentimentScore, lexicon: CompiledLexicon | undefined, sarcasm: boolean, model: CompiledLabelModel, out: Float64Array): number {
  for (let k = 0; k < out.length; k++) out[k] = 0;
  const { linear, packedAt } = model;
  // One walk for the word and emoji weights (the model has no word pairs) and the token evidence;
  // sums in locals, as in addTokenLogits.
  let z0 = 0, z1 = 0, z2 = 0, tokenBits = 0;
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let w: Float64Array | undefined;
    let at = 0;
    if (t.kind === 'word' && t.memo !== undefined && packedAt !== null) {
      w = t.memo.weights;
      at = (t.memo.weightsAt ?? 0) + packedAt;
    } else if (t.kind === 'word') w = linear.words.get(t.memo?.folded ?? foldAccents(t.text))?.self;
    else if (t.kind === 'emoji' || t.kind === 'emoticon') w = linear.emoji.get(t.text);
    tokenBits |= tokenEvidence(t, lexicon);
    if (w === undefined) continue;
    z0 += w[at] as number;
    z1 += w[at + 1] as number;
    z2 += w[at + 2] as number;
  }
  addSums(out, linear.bias, z0, z1, z2, 0);
  const bits = lexiconEvidence(post, sentiment, lexicon, sarcasm, tokenBits);
  const band = bandIndex(bits);
  out[band] = (out[band] as number) + model.prior;
  for (let i = 0; i < model.evidence.length; i++) if ((bits & (1 << i)) !== 0) addWeights(out, model.evidence[i]);
  let max = -Infinity;
  let best = 0;
  for (let k = 0; k < out.length; k++) {
    if ((out[k] as number) > max) {
      max = out[k] as number;
      best = k;
    }
  }
  let sum = 0;
  for (let k = 0; k < out.length; k++) sum += out[k] = Math.exp((out[k] as number) - max);
  for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) / sum;
  return best;
}

/** The features that pushed hardest towards or away from `label`, for --explain. */
export function labelEvidence(features: readonly string[], model: CompiledLabelModel, label: SentimentLabel): Array<{ feature: string; weight: number }> {
  const k = SENTIMENT_LABELS.indexOf(label);
  const out: Array<{ feature: string; weight: number }> = [];
  for (const feature of features) {
    const w = model.linear.weights.get(feature);
    if (!w) continue;
    // Weight relative to the mean of the three labels: what the feature does to this label's odds.
    const weight = (w[k] as number) - ((w[0] as number) + (w[1] as number) + (w[2] as number)) / 3;
    out.push({ feature, weight: Math.round(weight * 10000) / 10000 });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 8);
}
