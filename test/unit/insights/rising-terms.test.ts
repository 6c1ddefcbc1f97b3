import { risingTerms } from '../../../src/insights/rising-terms';

const counts = (posts: number, terms: Record<string, number>) => ({ posts, terms: new Map(Object.entries(terms)) });

describe('risingTerms', () => {
  const baseline = counts(100, { signal: 50, compensation: 10, engineers: 10, outage: 90, refund: 4 });

  it('ranks terms that a bucket uses far more than the range does', () => {
    const bucket = counts(10, { compensation: 6, signal: 5, outage: 9, refund: 3 });
    const terms = risingTerms(bucket, baseline).map((t) => t.term);
    expect(terms[0]).toBe('compensation');
    expect(terms).toContain('refund');
    expect(terms).not.toContain('outage'); // as common here as everywhere
  });

  it('reports the post count and a positive score', () => {
    const [top] = risingTerms(counts(10, { engineers: 8 }), baseline);
    expect(top).toEqual({ term: 'engineers', posts: 8, score: expect.any(Number) });
    expect(top!.score).toBeGreaterThan(0);
  });

  it('ignores one-off terms in a busy bucket', () => {
    expect(risingTerms(counts(30, { refund: 2, engineers: 9 }), baseline).map((t) => t.term)).toEqual(['engineers']);
  });

  it('breaks ties deterministically and respects the limit', () => {
    const base = counts(100, { alpha: 1, beta: 1, gamma: 1 });
    const bucket = counts(4, { gamma: 2, alpha: 2, beta: 2 });
    expect(risingTerms(bucket, base, 2).map((t) => t.term)).toEqual(['alpha', 'beta']);
  });

  it('shows a phrase in place of its word when the phrase carries most of the word\'s posts', () => {
    const base = counts(200, { anyone: 12, else: 11, 'anyone else': 10, signal: 40, 'no signal': 8 });
    const bucket = counts(20, { anyone: 10, else: 9, 'anyone else': 9, signal: 8, 'no signal': 3 });
    expect(risingTerms(bucket, base).map((t) => t.term)).toEqual(['anyone else', 'signal']);
  });

  it('leaves out two words that merely meet, and shows words that belong together', () => {
    const base = counts(200, { back: 60, today: 50, 'back today': 5, line: 6, rental: 5, 'line rental': 4 });
    const bucket = counts(20, { back: 12, today: 8, 'back today': 5, line: 4, rental: 4, 'line rental': 4 });
    const terms = risingTerms(bucket, base).map((t) => t.term);
    expect(terms).toContain('line rental');
    expect(terms).not.toContain('back today');
  });

  it('never shows a phrase used by a single post', () => {
    expect(risingTerms(counts(4, { 'odd phrase': 1, odd: 1 }), counts(100, {})).map((t) => t.term)).toEqual(['odd']);
  });

  it('gives nothing for an empty bucket', () => {
    expect(risingTerms(counts(0, {}), baseline)).toEqual([]);
  });
});

describe('risingTerms of a bucket that is the whole range', () => {
  it('gives the most used terms, since nothing can rise against itself', () => {
    const only = counts(6, { signal: 4, data: 5, once: 1, refund: 2 });
    expect(risingTerms(only, only).map((t) => [t.term, t.posts])).toEqual([['data', 5], ['signal', 4], ['refund', 2]]);
  });
});
