import type { CompiledLexicon } from './compile-lexicon';
import type { NormalisedPost, Token } from './token';

/** Constants from the VADER paper (Hutto & Gilbert 2014), which measured their effect on raters. */
const CAPS_BOOST = 0.733;
const NEGATION_SCALE = -0.74;
const SCOPE = 3;
const SCOPE_DECAY = [1, 0.95, 0.9];
const EXCLAMATION = 0.292;
const QUESTION = 0.18;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const ALPHA = 15;

/** One scored word or phrase, kept for `--explain`. */
export interface SentimentCue {
  text: string;
  valence: number;
  notes: string[];
}

export interface SentimentScore {
  /** Compound score in [-1, 1]. */
  compound: number;
  /** Sum of the cue valences after all rules. */
  raw: number;
  /** Raw sum divided by the number of word/emoji tokens. */
  comparative: number;
  /** Number of scored cues; 0 means the lexicon saw nothing. */
  hits: number;
  positive: number;
  negative: number;
  cues: SentimentCue[] | null;
}

function lookup(lex: CompiledLexicon, t: Token): number | undefined {
  const v = lex.valence.get(t.text);
  if (v !== undefined || !t.elongated) return v;
  return lex.valence.get(t.text.replace(/(.)\1+/gu, '$1'));
}

function isNegator(lex: CompiledLexicon, w: string): boolean {
  return lex.negators.has(w) || (w.length > 3 && w.endsWith("n't"));
}

/** Applies boosters/dampeners and negation from up to three preceding words in the same clause. */
function applyScope(lex: CompiledLexicon, tokens: readonly Token[], i: number, v: number, notes: string[] | null, shouting: boolean): number {
  let negated = false;
  let boost = 0;
  for (let d = 0, j = i - 1; d < SCOPE && j >= 0; j--) {
    const t = tokens[j];
    if (t === undefined || t.kind === 'punct') break;
    if (t.kind !== 'word') continue;
    const b = lex.boosters.get(t.text);
    if (b !== undefined) {
      boost += (b + (shouting && t.caps ? Math.sign(b) * CAPS_BOOST : 0)) * (SCOPE_DECAY[d] ?? 0.9);
      notes?.push(`${b > 0 ? 'boosted' : 'dampened'} by "${t.text}"`);
    } else if (isNegator(lex, t.text)) {
      negated = true;
      notes?.push(`negated by "${t.text}"`);
    }
    d++;
  }
  let out = v + Math.sign(v) * boost;
  if (negated) out *= NEGATION_SCALE;
  return out;
}

/** VADER-style sentiment of a normalised post with one language's lexicon. */
export function scoreSentiment(post: NormalisedPost, lex: CompiledLexicon, explain = false): SentimentScore {
  const { tokens } = post;
  const shouting = post.capsWords > 0 && post.capsWords < post.words;
  const valences: number[] = [];
  const positions: number[] = [];
  const cues: SentimentCue[] | null = explain ? [] : null;
  let contrastAt = -1;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'mention') continue;
    counted++;
    if (lex.contrast.has(t.text)) contrastAt = i;
    const phrase = lex.phrases.matchAt(tokens, i);
    let v = phrase?.value ?? (lex.boosters.has(t.text) ? undefined : lookup(lex, t));
    if (v === undefined || v === 0) continue;
    const notes: string[] | null = explain ? [] : null;
    if (shouting && t.caps) {
      v += Math.sign(v) * CAPS_BOOST;
      notes?.push('capitals');
    }
    v = applyScope(lex, tokens, i, v, notes, shouting);
    valences.push(v);
    positions.push(i);
    cues?.push({ text: phrase ? phrase.words.join(' ') : t.text, valence: v, notes: notes ?? [] });
    if (phrase) i += phrase.length - 1;
  }
  let raw = 0;
  let positive = 0;
  let negative = 0;
  for (let k = 0; k < valences.length; k++) {
    let v = valences[k] as number;
    if (contrastAt >= 0) v *= (positions[k] as number) < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    if (cues && contrastAt >= 0) (cues[k] as SentimentCue).valence = v;
    raw += v;
    if (v > 0) positive += v;
    else negative += v;
  }
  if (raw !== 0) {
    const emphasis = Math.min(post.exclamations, 4) * EXCLAMATION + (post.questions > 1 ? Math.min(post.questions * QUESTION, 0.96) : 0);
    raw += Math.sign(raw) * emphasis;
  }
  const compound = raw / Math.sqrt(raw * raw + ALPHA);
  return {
    compound: Number.isFinite(compound) ? Math.max(-1, Math.min(1, compound)) : 0,
    raw,
    comparative: counted > 0 ? raw / counted : 0,
    hits: valences.length,
    positive,
    negative,
    cues,
  };
}
