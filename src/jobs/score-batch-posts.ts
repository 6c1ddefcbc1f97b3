import type { Analyser } from '../analysis/create-analyser';
import type { ScoredPost } from '../store/commit-batch';
import type { ScoreJob } from './job-payloads';

/** Analyses a score job's posts (column by column, as the batch carries them) into commit-ready posts. */
export function scoreBatchPosts(analyser: Analyser, c: ScoreJob['posts']): ScoredPost[] {
  return c.id.map((id, i) => {
    const text = c.text[i]!;
    const lang = c.lang[i];
    const author = c.author[i];
    return {
      id, createdAtMs: c.t[i]!, text, ...(author ? { author } : {}),
      analysis: analyser.analyze(text, lang ? { lang } : undefined),
    };
  });
}
