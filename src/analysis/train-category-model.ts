import type { CategoryModel } from './analyser-resources';
import { BAND_PRIOR, SERVICE_BAND_PRIOR } from './sentiment-label-model';

export interface CategoryExample {
  features: readonly string[];
  label: string;
  /** Fixed logits added before the model's own (the rule cues), in `labels` order. */
  offset?: readonly number[];
  /** How much this example counts (default 1): lets a narrow domain count for less than a broad one. */
  weight?: number;
}

export interface TrainOptions {
  /**
   * How much of the rule offset the model trains against. Below 1 the model learns more from the
   * posts themselves; scoring then adds the full rules back, so cues still carry unseen posts.
   */
  offsetScale: number;
  epochs: number;
  learningRate: number;
  l2: number;
  minFeatureCount: number;
  seed: number;
  /**
   * Training runs averaged into the model, each with its own shuffle order (seeds seed, seed + 1, …). One order can
   * be lucky or unlucky: `complaints_dev` moved by ±0.01 with the seed alone. The mean of eight runs is one linear
   * model like each of them, so scoring costs the same (data/model/README.md, "Averaged runs").
   */
  runs: number;
}

/**
 * Few epochs and a firm L2: the training posts are clean and separable, real posts are not. The model trains on
 * three quarters of the rule offset (scoring adds all of it) under an L2 of 0.03. With half the offset and an L2 of 0.01,
 * the earlier settings, it learned more of our writers' style; the two changes together moved every measure the same
 * way (data/model/README.md, "Category training settings").
 */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { offsetScale: 0.75, epochs: 10, learningRate: 0.1, l2: 0.03, minFeatureCount: 2, seed: 42, runs: 8 };

/**
 * The sentiment-label model trains against 0.3 of the band prior (it learns more from the posts
 * themselves) and keeps only words seen in three posts, under a firmer L2: its corrections have to
 * hold on posts far from the training topics.
 */
export const LABEL_TRAIN_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, offsetScale: 0.3, l2: 0.05, minFeatureCount: 3 };

/**
 * The service-experience label model trains against all of its own, weaker band prior (SERVICE_BAND_PRIOR logits
 * out of the BAND_PRIOR the training offsets carry), so it is scored with the prior it learned against.
 */
export const SERVICE_LABEL_TRAIN_OPTIONS: TrainOptions = { ...LABEL_TRAIN_OPTIONS, offsetScale: SERVICE_BAND_PRIOR / BAND_PRIOR };

/** Small deterministic PRNG (mulberry32) so that training shuffles the same way every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmax(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp((z[k] as number) - max);
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / sum;
}

/**
 * Multinomial logistic regression over binary sparse features, trained with AdaGrad and class-balanced weights,
 * the mean of `options.runs` runs in different shuffle orders. Deterministic: same examples and options give the
 * same numbers.
 */
export function trainCategoryModel(labels: readonly string[], examples: readonly CategoryExample[], options = DEFAULT_TRAIN_OPTIONS): CategoryModel {
  const K = labels.length;
  const df = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= options.minFeatureCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const data = examples.map((ex) => ({ y: labels.indexOf(ex.label), weight: ex.weight ?? 1, offset: ex.offset ?? [], x: [...new Set(ex.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined) }));
  const perClass = labels.map((_, k) => data.filter((d) => d.y === k).length);
  const classWeight = perClass.map((n) => (n > 0 ? Math.sqrt(data.length / (K * n)) : 0));
  const runs = Math.max(1, options.runs);
  const W = new Float64Array(vocab.length * K);
  const bias = new Float64Array(K);
  for (let run = 0; run < runs; run++) {
    const model = trainRun({ K, data, classWeight, features: vocab.length }, { ...options, seed: options.seed + run });
    for (let i = 0; i < W.length; i++) W[i] = (W[i] as number) + (model.W[i] as number) / runs;
    for (let k = 0; k < K; k++) bias[k] = (bias[k] as number) + (model.bias[k] as number) / runs;
  }
  const round = (v: number): number => Math.round(v * 10000) / 10000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, i * K + K), round);
    if (row.some((v) => Math.abs(v) >= 0.01)) weights[f] = row;
  });
  return { labels: [...labels], bias: Array.from(bias, round), weights };
}

interface TrainingSet {
  K: number;
  data: ReadonlyArray<{ y: number; weight: number; offset: readonly number[]; x: number[] }>;
  classWeight: readonly number[];
  features: number;
}

/** One run of AdaGrad over the examples in the shuffle order of `options.seed`. */
function trainRun({ K, data, classWeight, features }: TrainingSet, options: TrainOptions): { W: Float64Array; bias: Float64Array } {
  const W = new Float64Array(features * K);
  const G = new Float64Array(features * K).fill(1e-8);
  const bias = new Float64Array(K);
  const gBias = new Float64Array(K).fill(1e-8);
  const order = data.map((_, i) => i);
  const random = prng(options.seed);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const d = data[idx];
      if (!d || d.y < 0) continue;
      for (let k = 0; k < K; k++) {
        let s = (bias[k] as number) + options.offsetScale * (d.offset[k] ?? 0);
        for (const f of d.x) s += W[f * K + k] as number;
        z[k] = s;
      }
      softmax(z);
      const cw = (classWeight[d.y] ?? 1) * d.weight;
      for (let k = 0; k < K; k++) {
        const g = cw * ((z[k] as number) - (k === d.y ? 1 : 0));
        gBias[k] = (gBias[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (options.learningRate * g) / Math.sqrt(gBias[k] as number);
        for (const f of d.x) {
          const at = f * K + k;
          const gf = g + options.l2 * (W[at] as number);
          G[at] = (G[at] as number) + gf * gf;
          W[at] = (W[at] as number) - (options.learningRate * gf) / Math.sqrt(G[at] as number);
        }
      }
    }
  }
  return { W, bias };
}
