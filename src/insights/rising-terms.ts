export interface RisingTerm {
  term: string;
  /** Posts of the bucket that use the term. */
  posts: number;
  /** Rise against the baseline: posts × ln(share in the bucket ÷ share in the whole range). */
  score: number;
}

export interface TermCounts {
  /** Posts counted. */
  posts: number;
  /** Posts using each term (a post counts once per term). */
  terms: ReadonlyMap<string, number>;
}

/**
 * The terms that rise most in one bucket against the range's baseline, TF-IDF-like: a term scores
 * its post count in the bucket times the log of how much more often bucket posts use it than posts
 * of the whole range do (add-one smoothed). Terms used as often as anywhere else score about 0 and
 * are left out; so are one-off terms in a busy bucket. Ties break by count, then alphabetically.
 * A bucket that is the whole range has nothing to rise against: it gets its most used terms.
 */
export function risingTerms(bucket: TermCounts, baseline: TermCounts, limit = 5): RisingTerm[] {
  if (bucket.posts === 0 || limit <= 0) return [];
  if (bucket.posts >= baseline.posts) return mostUsed(bucket, limit);
  const minPosts = bucket.posts >= 20 ? 3 : bucket.posts >= 5 ? 2 : 1;
  const out: RisingTerm[] = [];
  for (const [term, n] of bucket.terms) {
    if (n < minPosts) continue;
    const share = n / bucket.posts;
    const base = ((baseline.terms.get(term) ?? 0) + 1) / (baseline.posts + 1);
    const score = n * Math.log(share / base);
    if (score > 0.05) out.push({ term, posts: n, score: Math.round(score * 1000) / 1000 });
  }
  out.sort((a, b) => b.score - a.score || b.posts - a.posts || (a.term < b.term ? -1 : 1));
  return out.slice(0, limit);
}

function mostUsed(bucket: TermCounts, limit: number): RisingTerm[] {
  const minPosts = bucket.posts >= 5 ? 2 : 1;
  return [...bucket.terms]
    .filter(([, n]) => n >= minPosts)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([term, n]) => ({ term, posts: n, score: 0 }));
}
