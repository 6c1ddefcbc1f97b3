import { classifyCategory, HUMOUR_PRIOR, humourOffset, PLAIN_STATEMENT, ruleLogits } from '../../../src/analysis/classify-category';
import { compileCategoryModel } from '../../../src/analysis/category-model';
import type { PostSignals } from '../../../src/analysis/category-features';
import type { CueKind } from '../../../src/analysis/cue-matcher';
import { normalisePost } from '../../../src/analysis/normalise-post';
import { CATEGORIES } from '../../../src/domain/analysis';

const NO_CUES: Record<CueKind, number> = { complaint: 0, support: 0, humour: 0, compensation: 0, question: 0, outage: 0, irony: 0, restored: 0, service: 0 };
const signals = (compound: number, cues: Partial<Record<CueKind, number>> = {}, sarcasm = false): PostSignals => ({
  sentiment: { compound, raw: 0, comparative: 0, hits: 0, positive: 0, negative: 0, turnsPositive: false, cues: null },
  cues: { counts: { ...NO_CUES, ...cues }, grievances: cues.complaint ?? 0, matched: null },
  sarcasm,
});

describe('classifyCategory', () => {
  it('calls a post with no cues "other"', () => {
    expect(classifyCategory(normalisePost('the router is in the hall'), signals(0), undefined).category).toBe('other');
  });

  it('picks the most probable category and reports its probability as confidence', () => {
    const model = compileCategoryModel({ labels: [...CATEGORIES], bias: [0, 0, 0, 0], weights: { 'w:hall': [5, 0, 0, 0] } }, CATEGORIES);
    const verdict = classifyCategory(normalisePost('the router is in the hall'), signals(0), model);
    expect(verdict.category).toBe('complaint');
    expect(verdict.confidence).toBe(Math.max(...verdict.probabilities));
    expect(verdict.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('reads a compensation question to the provider as a demand, not a neutral question', () => {
    const post = normalisePost('@O2 will we be compensated for today?');
    const asked = ruleLogits(post, signals(0, { compensation: 1 }));
    const plain = ruleLogits(post, signals(0));
    expect(asked[0]).toBeGreaterThan(plain[0]!);
    expect(asked[3]).toBeLessThan(plain[3]!); // no "just a question" bonus for other
    // Without anyone to demand it from, it stays a question.
    const howTo = ruleLogits(normalisePost('how do I claim compensation?'), signals(0, { compensation: 1 }));
    expect(howTo[0]).toBe(0);
  });

  it('reads a bare outage statement as a report, unless a joke, an emoji or a grievance cue says more', () => {
    const bare = ruleLogits(normalisePost('Vodafone is down'), signals(-0.3, { outage: 1 }));
    expect(bare[3]! - bare[0]!).toBeGreaterThan(1);
    const withEmoji = ruleLogits(normalisePost('Vodafone is down 😂'), signals(-0.3, { outage: 1 }));
    expect(withEmoji[3]).toBeLessThan(bare[3]!);
    const joke = ruleLogits(normalisePost('wifi down lol'), signals(-0.3, { outage: 1, humour: 1 }));
    expect(joke[3]).toBeLessThan(bare[3]!);
    const longer = ruleLogits(normalisePost('Vodafone is down across the whole of Leeds'), signals(-0.3, { outage: 1 }));
    expect(longer[3]).toBeLessThan(bare[3]!);
  });

  it('lets sarcasm outweigh the praise words', () => {
    const logits = ruleLogits(normalisePost('great, no data again'), signals(0.4, { complaint: 2, outage: 1, irony: 1 }, true));
    expect(logits[0]).toBeGreaterThan(logits[1]!);
  });

  it('does not read a short plain statement of the outage or the grievance as a joke', () => {
    const plain = humourOffset(normalisePost('my internet is down'), signals(0, { outage: 1 }));
    expect(plain).toBe(HUMOUR_PRIOR - PLAIN_STATEMENT.notHumour);
    expect(humourOffset(normalisePost('Orange est en panne'), signals(-0.3, { complaint: 1 }))).toBe(plain);
    // A joke cue, an emoji or a longer post keeps the plain prior: there is more to read into it.
    expect(humourOffset(normalisePost('internet is down lol'), signals(0, { outage: 1, humour: 1 }))).toBe(HUMOUR_PRIOR);
    expect(humourOffset(normalisePost('my internet is down 🙃'), signals(0, { outage: 1 }))).toBe(HUMOUR_PRIOR);
    expect(humourOffset(normalisePost('my internet is down so I finally met my neighbours'), signals(0, { outage: 1 }))).toBe(HUMOUR_PRIOR);
    // Nothing about an outage or a grievance: not this rule's business.
    expect(humourOffset(normalisePost('my cat is asleep'), signals(0))).toBe(HUMOUR_PRIOR);
  });

  it('adds the model, and the humour prior that comes with it, on top of the rule logits', () => {
    const post = normalisePost('no signal again since this morning in Leeds');
    const s = signals(-0.6, { complaint: 2, outage: 1 });
    const model = compileCategoryModel({ labels: [...CATEGORIES], bias: [0, 0, 0, 0], weights: {} }, CATEGORIES);
    const logits = Array.from(ruleLogits(post, s));
    logits[2] = logits[2]! + HUMOUR_PRIOR;
    const exp = logits.map((l) => Math.exp(l));
    const expected = exp.map((e) => e / exp.reduce((a, b) => a + b, 0));
    classifyCategory(post, s, model).probabilities.forEach((p, k) => expect(p).toBeCloseTo(expected[k]!, 12));
    // Without a model the rules alone decide, with no prior.
    expect(classifyCategory(post, s, undefined).probabilities[2]).toBeLessThan(expected[2]!);
  });

  it('gives the same probabilities when explaining', () => {
    const post = normalisePost('no signal again');
    const s = signals(-0.6, { complaint: 2, outage: 1 });
    const model = compileCategoryModel({ labels: [...CATEGORIES], bias: [0.3, -0.2, 0.1, 0], weights: {} }, CATEGORIES);
    classifyCategory(post, s, model, []).probabilities.forEach((p, k) => expect(p).toBeCloseTo(classifyCategory(post, s, model).probabilities[k]!, 12));
  });
});
