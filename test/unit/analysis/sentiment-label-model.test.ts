import { SENTIMENT_LABELS } from '../../../src/domain/analysis';
import { compileLexicon } from '../../../src/analysis/compile-lexicon';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';
import { normalisePost } from '../../../src/analysis/normalise-post';
import { scoreSentiment } from '../../../src/analysis/score-sentiment';
import { BAND_PRIOR, bandPrior, compileSentimentLabelModel, labelProbabilities, sentimentLabelFeatures, type LabelInputs } from '../../../src/analysis/sentiment-label-model';

const resources = loadAnalyserResources();
const en = resources.rules.en;
if (!en) throw new Error('English rules missing');
const lexicon = compileLexicon('en', en, resources.base.en, resources.emoji);

function inputs(text: string): LabelInputs {
  const post = normalisePost(text);
  return { post, sentiment: scoreSentiment(post, lexicon), lexicon, sarcasm: false };
}

const softmax = (z: number[]): number[] => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

describe('sentimentLabelFeatures', () => {
  it('lists words, emoji and lexicon evidence but no word pairs', () => {
    const f = sentimentLabelFeatures(inputs('Loved the gig tonight!! 😍'));
    expect(f).toEqual(expect.arrayContaining(['w:loved', 'w:gig', 'e:😍', 'l:c>.3', 'l:excl', 'l:excl2', 'l:emoji+']));
    expect(f.some((x) => x.startsWith('b:'))).toBe(false);
  });

  it('marks a post the lexicon says nothing about', () => {
    expect(sentimentLabelFeatures(inputs('Kick off at 3pm on Saturday'))).toContain('l:none');
  });
});

describe('labelProbabilities', () => {
  const model = compileSentimentLabelModel({
    labels: [...SENTIMENT_LABELS],
    bias: [0, 0.2, 0],
    weights: { 'w:gig': [0, 0, 0.5], 'e:😍': [0, 0, 1], 'l:excl': [-0.3, -0.6, 0.9], 'l:none': [0, 0.4, 0] },
  });

  it('gives the same probabilities as summing the weights of its feature strings plus the band prior', () => {
    for (const text of ['Loved the gig tonight!! 😍', 'Kick off at 3pm on Saturday', 'worst gig ever', '']) {
      const x = inputs(text);
      const z = [0, 0.2, 0];
      for (const f of sentimentLabelFeatures(x)) {
        const w = model.linear.weights.get(f);
        if (w) for (let k = 0; k < 3; k++) z[k] = (z[k] as number) + (w[k] as number);
      }
      const prior = bandPrior(x);
      const expected = softmax(z.map((v, k) => v + (prior[k] as number)));
      const out = new Float64Array(3);
      const best = labelProbabilities(x.post, x.sentiment, x.lexicon, x.sarcasm, model, out);
      expected.forEach((p, k) => expect(out[k]).toBeCloseTo(p, 10));
      expect(best).toBe(expected.indexOf(Math.max(...expected)));
    }
  });

  it('starts from the band: with no weights the band verdict wins', () => {
    const empty = compileSentimentLabelModel({ labels: [...SENTIMENT_LABELS], bias: [0, 0, 0], weights: {} });
    const out = new Float64Array(3);
    const x = inputs('what a brilliant day');
    expect(SENTIMENT_LABELS[labelProbabilities(x.post, x.sentiment, x.lexicon, x.sarcasm, empty, out)]).toBe('positive');
    expect(bandPrior(x)).toEqual([0, 0, BAND_PRIOR]);
  });
});
