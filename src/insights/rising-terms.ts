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
    if (n < minPosts || (term.includes(' ') && !isCollocation(term, n, baseline))) continue;
    const share = n / bucket.posts;
    const base = ((baseline.terms.get(term) ?? 0) + 1) / (baseline.posts + 1);
    const score = n * Math.log(share / base);
    if (score > 0.05) out.push({ term, posts: n, score: Math.round(score * 1000) / 1000 });
  }
  out.sort((a, b) => b.score - a.score || b.posts - a.posts || (a.term < b.term ? -1 : 1));
  return distinct(out, limit);
}

/** Share of the posts of a phrase's rarer word that must use the phrase for it to count as a collocation. */
const STICKY = 0.5;

/**
 * A phrase worth showing: used by two posts of the bucket and three of the range at least, and a collocation over
 * the whole range ("expired certificate", "line rental", "anyone else"), used in at least STICKY of the posts of its
 * rarer word, not two words that merely met ("back today").
 */
function isCollocation(phrase: string, postsInBucket: number, baseline: TermCounts): boolean {
  const together = baseline.terms.get(phrase) ?? 0;
  if (postsInBucket < 2 || together < 3) return false;
  const rarer = Math.min(...phrase.split(' ').map((w) => baseline.terms.get(w) ?? Infinity));
  return together >= STICKY * rarer;
}

/** Share of a word's posts a phrase must be used in to take the word's place among the top terms. */
const PHRASE_COVERS = 0.6;

/**
 * The first `limit` terms that say something new, in order. A phrase ("anyone else") used in at least PHRASE_COVERS
 * of the posts of a word already picked ("anyone") takes that word's place; a phrase used less adds nothing. A word
 * that a picked phrase already holds is skipped.
 */
function distinct(ranked: readonly RisingTerm[], limit: number): RisingTerm[] {
  const picked: RisingTerm[] = [];
  const isPhrase = (t: RisingTerm): boolean => t.term.includes(' ');
  for (const t of ranked) {
    if (picked.length >= limit) break;
    if (!isPhrase(t)) {
      if (!picked.some((p) => isPhrase(p) && p.term.split(' ').includes(t.term))) picked.push(t);
      continue;
    }
    const words = t.term.split(' ');
    const covered = picked.filter((p) => !isPhrase(p) && words.includes(p.term));
    if (covered.length === 0) picked.push(t);
    else if (covered.every((p) => t.posts >= PHRASE_COVERS * p.posts)) {
      picked[picked.indexOf(covered[0]!)] = t;
      for (const p of covered.slice(1)) picked.splice(picked.indexOf(p), 1);
    }
  }
  return picked;
}

function mostUsed(bucket: TermCounts, limit: number): RisingTerm[] {
  const minPosts = bucket.posts >= 5 ? 2 : 1;
  const ranked = [...bucket.terms]
    .filter(([term, n]) => n >= minPosts && (!term.includes(' ') || isCollocation(term, n, bucket)))
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .map(([term, n]) => ({ term, posts: n, score: 0 }));
  return distinct(ranked, limit);
}
