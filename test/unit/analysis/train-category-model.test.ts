import { DEFAULT_TRAIN_OPTIONS, trainCategoryModel } from '../../../src/analysis/train-category-model';

const examples = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['w:down', `w:n${i % 5}`], label: 'complaint' })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['w:thanks', `w:n${i % 5}`], label: 'support' })),
];

describe('trainCategoryModel', () => {
  it('learns weights that separate the labels', () => {
    const model = trainCategoryModel(['complaint', 'support'], examples);
    const [down0, down1] = model.weights['w:down']!;
    const [thanks0, thanks1] = model.weights['w:thanks']!;
    expect(down0!).toBeGreaterThan(down1!);
    expect(thanks1!).toBeGreaterThan(thanks0!);
  });

  it('is deterministic for the same input', () => {
    expect(JSON.stringify(trainCategoryModel(['complaint', 'support'], examples))).toBe(
      JSON.stringify(trainCategoryModel(['complaint', 'support'], examples)),
    );
  });

  it('averages its runs: two runs give the mean of each run alone', () => {
    const one = (seed: number) => trainCategoryModel(['complaint', 'support'], examples, { ...DEFAULT_TRAIN_OPTIONS, runs: 1, seed });
    const [a, b] = [one(7), one(8)];
    const both = trainCategoryModel(['complaint', 'support'], examples, { ...DEFAULT_TRAIN_OPTIONS, runs: 2, seed: 7 });
    for (const [feature, row] of Object.entries(both.weights)) {
      row.forEach((w, k) => expect(w).toBeCloseTo(((a.weights[feature]?.[k] ?? 0) + (b.weights[feature]?.[k] ?? 0)) / 2, 3));
    }
    expect(a.weights['w:n0']).not.toEqual(b.weights['w:n0']); // the runs differ, so the mean is not one of them
  });

  it('drops features seen fewer times than the minimum', () => {
    const model = trainCategoryModel(['complaint', 'support'], [...examples, { features: ['w:once'], label: 'support' }]);
    expect(model.weights['w:once']).toBeUndefined();
  });

  it('learns only the residual over a fixed offset', () => {
    const offset = [10, -10];
    const model = trainCategoryModel(['complaint', 'support'], examples.slice(0, 20).map((e) => ({ ...e, offset })));
    expect(Math.abs(model.weights['w:down']?.[0] ?? 0)).toBeLessThan(0.5);
  });
});

describe('trainCategoryModel with example weights', () => {
  it('lets a down-weighted example count for less', () => {
    const conflicting = (weight: number) => [
      ...Array.from({ length: 10 }, () => ({ features: ['w:shared'], label: 'complaint' })),
      ...Array.from({ length: 10 }, () => ({ features: ['w:shared'], label: 'support', weight })),
    ];
    const even = trainCategoryModel(['complaint', 'support'], conflicting(1)).weights['w:shared'] ?? [0, 0];
    const light = trainCategoryModel(['complaint', 'support'], conflicting(0.2)).weights['w:shared'] ?? [0, 0];
    expect((light[0] ?? 0) - (light[1] ?? 0)).toBeGreaterThan((even[0] ?? 0) - (even[1] ?? 0));
  });
});
