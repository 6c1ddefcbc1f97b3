import { CATEGORIES, type Category } from '../domain/analysis';
import type { MoodBucket } from '../domain/rollup-mood';
import type { StoredPost } from '../store/stored-post';
import { extractTerms } from './extract-terms';
import { offerRepresentative } from './representative-posts';
import { risingTerms, type RisingTerm } from './rising-terms';

export interface SummaryBucket extends MoodBucket {
  topTerms: RisingTerm[];
  /** The most representative posts of each category in this bucket, best first. */
  samples: Record<Category, StoredPost[]>;
  /** Posts read per detected language (`und` when too short to tell), most first. */
  languages: Record<string, number>;
}

export interface SummaryOptions {
  /** Index into the series of the bucket holding an instant (UTC ms); undefined outside it. */
  bucketIndexOf(utcMs: number): number | undefined;
  terms?: number;
  samplesPerCategory?: number;
}

interface Acc {
  posts: number;
  terms: Map<string, number>;
  samples: Record<Category, StoredPost[]>;
  languages: Map<string, number>;
}

const emptySamples = (): Record<Category, StoredPost[]> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as Record<Category, StoredPost[]>;

/**
 * Folds stored posts, one at a time in any order, into per-bucket top terms and representative
 * posts, then joins them onto the mood series (whose counts come from the aggregates). Pure.
 */
export function createSummaryAccumulator(series: readonly MoodBucket[], o: SummaryOptions) {
  const accs: Acc[] = series.map(() => ({ posts: 0, terms: new Map(), samples: emptySamples(), languages: new Map() }));
  const baseline = { posts: 0, terms: new Map<string, number>() };
  const perCategory = o.samplesPerCategory ?? 3;

  return {
    add(post: StoredPost): void {
      const acc = accs[o.bucketIndexOf(Date.parse(post.createdAt)) ?? -1];
      if (!acc) return;
      acc.posts++;
      baseline.posts++;
      acc.languages.set(post.lang, (acc.languages.get(post.lang) ?? 0) + 1);
      for (const t of extractTerms(post.text)) {
        acc.terms.set(t, (acc.terms.get(t) ?? 0) + 1);
        baseline.terms.set(t, (baseline.terms.get(t) ?? 0) + 1);
      }
      offerRepresentative(acc.samples[post.category], post, perCategory);
    },

    result(): SummaryBucket[] {
      return series.map((b, i) => {
        const acc = accs[i]!;
        const languages = Object.fromEntries([...acc.languages].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
        return { ...b, topTerms: risingTerms(acc, baseline, o.terms ?? 5), samples: acc.samples, languages };
      });
    },
  };
}
