import type { CueHits } from './cue-matcher';
import { foldAccents } from './fold-accents';
import type { SentimentScore } from './score-sentiment';
import type { NormalisedPost } from './token';

/** Surface shape of the sentiment and rule cues, shared by training and scoring. */
export interface PostSignals {
  sentiment: SentimentScore;
  cues: CueHits;
  sarcasm: boolean;
}

function sentimentBucket(compound: number): string {
  if (compound <= -0.5) return 's:neg2';
  if (compound < -0.05) return 's:neg';
  if (compound >= 0.5) return 's:pos2';
  if (compound > 0.05) return 's:pos';
  return 's:neu';
}

/**
 * Sparse features for the category model: folded words, adjacent word pairs, emoji, and
 * coarse buckets of the sentiment and cue signals (so the model learns how much to trust them).
 */
export function categoryFeatures(post: NormalisedPost, signals: PostSignals): string[] {
  const out: string[] = [];
  let prev = '';
  for (const t of post.tokens) {
    if (t.kind === 'word') {
      const w = foldAccents(t.text);
      out.push(`w:${w}`);
      if (prev) out.push(`b:${prev}_${w}`);
      prev = w;
    } else {
      if (t.kind === 'emoji' || t.kind === 'emoticon') out.push(`e:${t.text}`);
      prev = '';
    }
  }
  out.push(sentimentBucket(signals.sentiment.compound));
  const { counts } = signals.cues;
  for (const kind of ['complaint', 'support', 'humour', 'outage', 'question'] as const) {
    const n = counts[kind];
    if (n > 0) out.push(`c:${kind}${n > 1 ? '2' : '1'}`);
  }
  if (signals.sarcasm) out.push('x:sarcasm');
  if (post.mentions > 0) out.push('m:mention');
  if (post.urls > 0) out.push('m:url');
  if (post.questions > 0) out.push('m:question');
  if (post.exclamations > 1) out.push('m:exclaim');
  if (post.capsWords > 1) out.push('m:caps');
  return out;
}
