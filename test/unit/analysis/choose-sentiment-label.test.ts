import { labelModelFor } from '../../../src/analysis/choose-sentiment-label';
import { compileSentimentLabelModel, SERVICE_BAND_PRIOR } from '../../../src/analysis/sentiment-label-model';
import { SERVICE_LABEL_WEIGHTS_AT } from '../../../src/analysis/word-weights';
import { SENTIMENT_LABELS } from '../../../src/domain/analysis';

const empty = { labels: [...SENTIMENT_LABELS], bias: [0, 0, 0], weights: {} };
const general = compileSentimentLabelModel(empty);
const service = compileSentimentLabelModel(empty, { prior: SERVICE_BAND_PRIOR, packedAt: SERVICE_LABEL_WEIGHTS_AT });

describe('labelModelFor', () => {
  it('reads complaints, support and humour with the service-experience model', () => {
    for (const category of ['complaint', 'support', 'humour'] as const) {
      expect(labelModelFor(category, 0, { general, service })).toEqual({ name: 'service', model: service });
    }
  });

  it('reads an "other" post with the service model only when it has an outage cue', () => {
    expect(labelModelFor('other', 1, { general, service }).name).toBe('service');
    expect(labelModelFor('other', 0, { general, service })).toEqual({ name: 'general', model: general });
    expect(labelModelFor(null, 0, { general, service }).name).toBe('general');
  });

  it('falls back to the general model when there is no service model', () => {
    expect(labelModelFor('complaint', 2, { general, service: undefined })).toEqual({ name: 'general', model: general });
  });
});
