import { bandIndex, LEXICON_EVIDENCE, lexiconEvidence, lexiconEvidenceNames } from '../../../src/analysis/lexicon-evidence';
import { normalisePost } from '../../../src/analysis/normalise-post';
import type { SentimentScore } from '../../../src/analysis/score-sentiment';

const score = (compound: number, positive = 0, negative = 0): SentimentScore => ({ compound, raw: 0, comparative: 0, hits: compound === 0 ? 0 : 1, positive, negative, turnsPositive: false, cues: null });
const names = (text: string, s: SentimentScore, sarcasm = false): string[] => lexiconEvidenceNames(lexiconEvidence(normalisePost(text), s, undefined, sarcasm));

describe('lexiconEvidence', () => {
  it('fits every feature in one 32-bit set', () => {
    expect(LEXICON_EVIDENCE.length).toBeLessThanOrEqual(31);
  });

  it('sets compound thresholds cumulatively', () => {
    expect(names('so good', score(0.7, 2))).toEqual(expect.arrayContaining(['l:c>.05', 'l:c>.3', 'l:c>.6', 'l:pos', 'l:pos>1.5']));
    expect(names('bad', score(-0.2, 0, -1))).toEqual(expect.arrayContaining(['l:c<-.05', 'l:neg']));
    expect(names('bad', score(-0.2, 0, -1))).not.toContain('l:c<-.3');
  });

  it('reads the shape of the post: negation, questions, hashtags, replies, length', () => {
    const f = names("@sam it's not on tonight? #MatchDay", score(0));
    expect(f).toEqual(expect.arrayContaining(['l:none', 'l:negation', 'l:question', 'l:tag', 'l:mention', 'l:lead']));
    expect(names('ok', score(0))).toContain('l:short');
  });

  it("gives the band's verdict from the bits", () => {
    const bits = (c: number): number => lexiconEvidence(normalisePost('x'), score(c), undefined, false);
    expect([bandIndex(bits(-0.5)), bandIndex(bits(0.2)), bandIndex(bits(0.5))]).toEqual([0, 1, 2]);
  });
});
