import type { CueHits } from './cue-matcher';
import { foldAccents } from './fold-accents';
import { postShapeFeatures } from './post-shape-features';
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

const CUE_FEATURES = [
  ['complaint', 'c:complaint1', 'c:complaint2'],
  ['support', 'c:support1', 'c:support2'],
  ['humour', 'c:humour1', 'c:humour2'],
  ['outage', 'c:outage1', 'c:outage2'],
  ['question', 'c:question1', 'c:question2'],
  ['service', 'c:service1', 'c:service2'],
  ['restored', 'c:restored1', 'c:restored2'],
  ['compensation', 'c:compensation1', 'c:compensation2'],
] as const;

/** Coarse buckets of the sentiment and cue signals (appended to `out`), so the model learns how much to trust them. */
export function signalFeatures(post: NormalisedPost, signals: PostSignals, out: string[] = []): string[] {
  out.push(sentimentBucket(signals.sentiment.compound));
  const { counts } = signals.cues;
  for (const [kind, one, more] of CUE_FEATURES) {
    const n = counts[kind];
    if (n > 0) out.push(n > 1 ? more : one);
  }
  if (signals.sarcasm) out.push('x:sarcasm');
  // No feature for links or for "!!": our writers seldom add either, so the model learned that a link
  // means a complaint and "!!" a cheerful everyday post, where real posts put both everywhere
  // (complaints_dev complaint F1 0.701 -> 0.708 without them; data/model/README.md).
  if (post.mentions > 0) out.push('m:mention');
  if (post.questions > 0) out.push('m:question');
  if (post.capsWords > 1) out.push('m:caps');
  return postShapeFeatures(post, out);
}

/** Folded words (w:), adjacent word pairs (b:, unless `pairs` is false) and emoji (e:) of a post, appended to `out`. */
export function tokenFeatures(post: NormalisedPost, out: string[] = [], pairs = true): string[] {
  let prev = '';
  for (const t of post.tokens) {
    if (t.kind === 'word') {
      const w = foldAccents(t.text);
      out.push(`w:${w}`);
      if (prev && pairs) out.push(`b:${prev}_${w}`);
      prev = w;
    } else {
      if (t.kind === 'emoji' || t.kind === 'emoticon') out.push(`e:${t.text}`);
      prev = '';
    }
  }
  return out;
}

/**
 * Sparse features for the category model: words, adjacent word pairs, emoji and the signal buckets.
 * Training uses these strings; scoring walks the same tokens without them. Word pairs ("no one", "day
 * two", "who pays") cost about a fifth of the analysis speed and triple the model, and pay for it on
 * posts the model never saw: a round of fresh outage posts scored by a model trained without it went from
 * macro-F1 0.694 to 0.727 with them (data/model/README.md).
 */
export function categoryFeatures(post: NormalisedPost, signals: PostSignals): string[] {
  return signalFeatures(post, signals, tokenFeatures(post));
}
