import type { CompiledLexicon } from './compile-lexicon';
import { NEGATOR, wordShapeFlags } from './post-shape-features';
import type { SentimentScore } from './score-sentiment';
import { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-band';
import type { NormalisedPost, Token } from './token';

/**
 * What the lexicon scorer and the post's shape say about polarity, as binary features for the
 * sentiment-label model. Thresholds are cumulative ("c>.05" is also on when "c>.3" is), so the
 * model learns a smooth step per level instead of one weight per isolated bucket. "c>.3" and "c<-.05"
 * are the band's own edges (POSITIVE_FROM, NEGATIVE_FROM); the names are part of the model file.
 */
export const LEXICON_EVIDENCE = [
  'l:none', 'l:c>.05', 'l:c>.3', 'l:c>.6', 'l:c<-.05', 'l:c<-.3', 'l:c<-.6',
  'l:pos', 'l:pos>1.5', 'l:pos>3', 'l:neg', 'l:neg>1.5', 'l:neg>3', 'l:mixed',
  'l:negation', 'l:excl', 'l:excl2', 'l:question', 'l:caps', 'l:emoji+', 'l:emoji-', 'l:sarcasm',
  'l:url', 'l:mention', 'l:lead', 'l:tag', 'l:short', 'l:long',
] as const;

const bit = (name: (typeof LEXICON_EVIDENCE)[number]): number => 1 << LEXICON_EVIDENCE.indexOf(name);
const [NONE, C05, C3, C6, N05, N3, N6] = [bit('l:none'), bit('l:c>.05'), bit('l:c>.3'), bit('l:c>.6'), bit('l:c<-.05'), bit('l:c<-.3'), bit('l:c<-.6')];
const [POS, POS2, POS3, NEG, NEG2, NEG3, MIXED] = [bit('l:pos'), bit('l:pos>1.5'), bit('l:pos>3'), bit('l:neg'), bit('l:neg>1.5'), bit('l:neg>3'), bit('l:mixed')];
const [NEGATION, EXCL, EXCL2, QUESTION, CAPS, EMOJI_POS, EMOJI_NEG, SARCASM] = [
  bit('l:negation'), bit('l:excl'), bit('l:excl2'), bit('l:question'), bit('l:caps'), bit('l:emoji+'), bit('l:emoji-'), bit('l:sarcasm'),
];
const [URL, MENTION, LEAD, TAG, SHORT, LONG] = [bit('l:url'), bit('l:mention'), bit('l:lead'), bit('l:tag'), bit('l:short'), bit('l:long')];
const SHORT_BELOW = 6;
const LONG_FROM = 20;

/** The evidence one token adds (hashtag, negator, emoji polarity); the label model's token walk calls it too. */
export function tokenEvidence(t: Token, lex: CompiledLexicon | undefined): number {
  if (t.kind === 'word') return (t.tag ? TAG : 0) | (((t.memo?.shape ?? wordShapeFlags(t.text)) & NEGATOR) !== 0 ? NEGATION : 0);
  if ((t.kind !== 'emoji' && t.kind !== 'emoticon') || !lex) return 0;
  const v = lex.entries.get(t.text)?.valence ?? 0;
  return v > 0 ? EMOJI_POS : v < 0 ? EMOJI_NEG : 0;
}

/**
 * The LEXICON_EVIDENCE features of a post as a bit set (bit i ⇔ LEXICON_EVIDENCE[i]). `tokenBits`
 * is the OR of tokenEvidence() over the tokens, when the caller has already walked them.
 */
export function lexiconEvidence(post: NormalisedPost, s: SentimentScore, lex: CompiledLexicon | undefined, sarcasm: boolean, tokenBits?: number): number {
  let bits = tokenBits ?? 0;
  if (tokenBits === undefined) for (const t of post.tokens) bits |= tokenEvidence(t, lex);
  const c = s.compound;
  if (s.hits === 0) bits |= NONE;
  if (c > 0.05) bits |= C05 | (c > POSITIVE_FROM ? C3 : 0) | (c > 0.6 ? C6 : 0);
  if (c < -NEGATIVE_FROM) bits |= N05 | (c < -0.3 ? N3 : 0) | (c < -0.6 ? N6 : 0);
  if (s.positive > 0) bits |= POS | (s.positive > 1.5 ? POS2 : 0) | (s.positive > 3 ? POS3 : 0);
  if (s.negative < 0) bits |= NEG | (s.negative < -1.5 ? NEG2 : 0) | (s.negative < -3 ? NEG3 : 0);
  if (s.positive > 0 && s.negative < 0) bits |= MIXED;
  if (post.exclamations > 0) bits |= EXCL | (post.exclamations > 1 ? EXCL2 : 0);
  if (post.questions > 0) bits |= QUESTION;
  if (post.capsWords > 0 && post.capsWords < post.words) bits |= CAPS;
  if (sarcasm) bits |= SARCASM;
  if (post.urls > 0) bits |= URL;
  if (post.mentions > 0) bits |= MENTION;
  if (post.tokens[0]?.kind === 'mention') bits |= LEAD;
  if (post.words < SHORT_BELOW) bits |= SHORT;
  else if (post.words >= LONG_FROM) bits |= LONG;
  return bits;
}

/** Index in SENTIMENT_LABELS of the neutral band's verdict on the compound score, read from `bits`. */
export function bandIndex(bits: number): number {
  if ((bits & N05) !== 0) return 0;
  return (bits & C3) !== 0 ? 2 : 1;
}

/** The names of the features set in `bits`, appended to `out`. */
export function lexiconEvidenceNames(bits: number, out: string[] = []): string[] {
  for (let i = 0; i < LEXICON_EVIDENCE.length; i++) if ((bits & (1 << i)) !== 0) out.push(LEXICON_EVIDENCE[i] as string);
  return out;
}
