import type { CueHits } from './cue-matcher';
import type { SentimentScore } from './score-sentiment';

/**
 * Praise next to a live problem is ironic ("great, no data again, thanks O2"): an irony cue, negative
 * evidence, and outage vocabulary (or two complaint cues), with nothing saying the service is back.
 */
export function detectSarcasm(sentiment: SentimentScore, cues: CueHits): boolean {
  const c = cues.counts;
  if (c.irony === 0 || c.restored > 0 || c.humour > 0) return false;
  if (sentiment.negative >= 0 && c.complaint === 0) return false;
  return c.outage > 0 ? c.complaint + (sentiment.negative < 0 ? 1 : 0) >= 1 : c.complaint >= 2 && sentiment.negative < 0;
}
