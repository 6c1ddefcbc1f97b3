import type { CompiledLexicon } from './compile-lexicon';
import type { CueHits } from './cue-matcher';
import { ironicThanks, type ThanksFrames } from './ironic-thanks';
import type { SentimentScore } from './score-sentiment';
import type { NormalisedPost } from './token';

/**
 * Praise next to a live problem is ironic ("great, no data again, thanks O2"): an irony cue, a grievance
 * (a complaint cue other than the outage's bare name) with negative evidence, and outage vocabulary or a
 * second complaint cue, with nothing saying the service is back and no other support cue. Outage nouns
 * alone ("love the internet") are not a problem. Thanks for something bad ("thanks for ignoring me") is
 * ironic on its own (looked for with the language's thanks `frames`, only when the other conditions hold).
 */
export function detectSarcasm(sentiment: SentimentScore, cues: CueHits, post: NormalisedPost, frames: ThanksFrames, lexicon: CompiledLexicon | undefined): boolean {
  const c = cues.counts;
  if (c.irony === 0 || c.restored > 0 || c.humour > 0) return false;
  // Support beyond the praise words themselves ("thanks to the engineers") is sincere.
  if (c.support > c.irony) return false;
  if (lexicon !== undefined && ironicThanks(post, frames, lexicon)) return true;
  // Praise after a "but" that follows the problem is sincere: "no signal since Monday, but the shop lent me a phone. top".
  if (sentiment.turnsPositive) return false;
  // The outage's name alone is no grievance: "thanks for the updates during the outage" is sincere.
  if (cues.grievances === 0 || sentiment.negative >= 0) return false;
  return c.outage > 0 || c.complaint >= 2;
}
