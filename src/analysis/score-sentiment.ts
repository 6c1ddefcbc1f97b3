import { lookupWord, type CompiledLexicon, type LexiconEntry } from './compile-lexicon';
import { emphaticMark } from './emphatic-negation';
import type { NormalisedPost, Token } from './token';

/** Constants from the VADER paper (Hutto & Gilbert 2014), which measured their effect on raters. */
const CAPS_BOOST = 0.733;
// "sooo goood": stretched words read stronger (our addition; VADER only squeezes them).
const ELONGATION_BOOST = 0.3;
const NEGATION_SCALE = -0.74;
// An emphatic negation ("can't thank them enough", "couldn't be more disappointed") strengthens instead of flipping.
const EMPHATIC_SCALE = 1.25;
const SCOPE = 3;
const SCOPE_DECAY = [1, 0.95, 0.9];
/** Tokens of any kind (fillers, emoji, words) a scope looks back over at most. */
const SCOPE_TOKENS = 12;
// Articles and copulas do not use up the negation window: "wouldn't be such a bad idea".
const FILLERS = new Set(['a', 'an', 'the', 'be', 'been', 'being', 'is', 'was', 'are', 'so', 'such', 'that', 'this', 'very', 'too', 'really']);
const EXCLAMATION = 0.292;
const QUESTION = 0.18;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const ALPHA = 15;
// Many sentiment words do not add up linearly in a reader's mind: the sum is damped by hits^0.3.
const HIT_DAMPING = 0.3;

/** VADER's normalisation of a raw valence sum into [-1, 1], after damping by the number of hits; `shift` is added after damping. */
export function compoundScore(raw: number, hits: number, shift = 0): number {
  const damped = (hits > 1 ? raw / Math.pow(hits, HIT_DAMPING) : raw) + shift;
  const c = damped / Math.sqrt(damped * damped + ALPHA);
  return Number.isFinite(c) ? Math.max(-1, Math.min(1, c)) : 0;
}

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
  /** The post turns at a contrast ("no signal since Monday, but the shop lent me a phone. top"): praise only after it, a problem only before. */
  turnsPositive: boolean;
  cues: SentimentCue[] | null;
}

/** A token's own lexicon entry, from its word memo when it has one (no squeezing of elongations, unlike entryOf). */
function ownEntry(lex: CompiledLexicon, langIndex: number, t: Token): LexiconEntry | undefined {
  return t.memo !== undefined && langIndex >= 0 ? t.memo.lexicon[langIndex] : lookupWord(lex, t.text);
}

/** The entry a scored token takes: its own, or for an elongated word ("gooood") the squeezed word's. */
function entryOf(lex: CompiledLexicon, t: Token, langIndex: number): LexiconEntry | undefined {
  const e = ownEntry(lex, langIndex, t);
  if (e !== undefined || !t.elongated) return e;
  return lex.entries.get(t.text.replace(/(.)\1+/gu, '$1'));
}

// How far after its verb a post-verbal negator may stand: "läuft die App nicht", "marche toujours pas".
const POST_SCOPE = 4;

/**
 * Where a negator after the verb at `i` stands ("läuft die App nicht mehr"), or -1: within POST_SCOPE words of the
 * same clause, with no other scored word or contrast between them.
 */
function postNegatorAt(lex: CompiledLexicon, langIndex: number, tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + POST_SCOPE; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return -1;
    if (t.kind !== 'word') continue;
    const e = ownEntry(lex, langIndex, t);
    if (e?.postNegator) return j;
    if (e?.valence !== undefined || e?.contrast) return -1;
  }
  return -1;
}

/** A negator of the lexicon, or any "…n't" contraction. */
export function isNegator(e: LexiconEntry | undefined, w: string): boolean {
  return e?.negator === true || (w.length > 3 && w.endsWith("n't"));
}

// "or" in the five languages (and Italian's "oppure"): a negator right after it offers an alternative.
const DISJUNCTIONS = new Set(['or', 'ou', 'o', 'oder', 'oppure']);

/**
 * A negator that offers the alternative negates nothing: "whether or not", "ready or not", "que tu le veuilles ou
 * non", "may or may not", "can or can't" (the negator right after "or", or after "or" and the repeated verb).
 */
function offersAlternative(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (prev?.kind !== 'word') return false;
  if (DISJUNCTIONS.has(prev.text)) return true;
  const before = tokens[j - 2];
  return before?.kind === 'word' && DISJUNCTIONS.has(before.text) && tokens[j - 3]?.text === prev.text;
}

/**
 * Applies boosters/dampeners and negation from up to three preceding words in the same clause to the scored word or
 * phrase at [i, end); `unflippable`: no negator flips it (a negator itself, or an emoji: "nothing 😡" is still angry);
 * `negatedAfter`: the word is a verb a negator after it may flip ("läuft die App nicht").
 */
function applyScope(lex: CompiledLexicon, langIndex: number, tokens: readonly Token[], i: number, end: number, floor: number, v: number, notes: string[] | null, shouting: boolean, unflippable: boolean, negatedAfter: boolean): number {
  let negatorAt = -1;
  let boost = 0;
  // At most SCOPE_TOKENS tokens back, words or not: a run of thousands of emoji before a word is no scope to walk.
  for (let d = 0, j = i - 1; d < SCOPE && j >= floor && j >= i - SCOPE_TOKENS; j--) {
    const t = tokens[j];
    if (t === undefined || t.kind === 'punct') break;
    if (t.kind !== 'word') continue;
    // The word's own entry, not entryOf's: an elongated booster is not looked up squeezed.
    const e = ownEntry(lex, langIndex, t);
    const b = e?.booster;
    if (b !== undefined) {
      boost += (b + (shouting && t.caps ? Math.sign(b) * CAPS_BOOST : 0)) * (SCOPE_DECAY[d] ?? 0.9);
      notes?.push(`${b > 0 ? 'boosted' : 'dampened'} by "${t.text}"`);
    } else if (!unflippable && isNegator(e, t.text) && !offersAlternative(tokens, j)) {
      // Negators do not flip each other, nor a phrase that starts with one: "no no no" is emphasis, not a
      // double negative, and "je ne prendrai plus jamais" stays negative.
      if (negatorAt < 0) negatorAt = j;
    }
    if (!FILLERS.has(t.text)) d++;
  }
  const out = v + Math.sign(v) * boost;
  if (negatorAt < 0 && negatedAfter) {
    const after = postNegatorAt(lex, langIndex, tokens, end - 1);
    if (after >= 0) {
      notes?.push(`negated by "${(tokens[after] as Token).text}" after it`);
      return out * NEGATION_SCALE;
    }
  }
  if (negatorAt < 0) return out;
  const negator = (tokens[negatorAt] as Token).text;
  const mark = lex.emphatic ? emphaticMark(lex.emphatic, tokens, negatorAt, i, end) : undefined;
  if (mark === undefined) {
    notes?.push(`negated by "${negator}"`);
    return out * NEGATION_SCALE;
  }
  notes?.push(`emphasised by "${negator} … ${mark}"`);
  return out * EMPHATIC_SCALE;
}

/** VADER-style sentiment of a normalised post with one language's lexicon (`langIndex`: its slot in word memos, -1 for none). */
export function scoreSentiment(post: NormalisedPost, lex: CompiledLexicon, explain = false, langIndex = -1): SentimentScore {
  const { tokens } = post;
  const shouting = post.capsWords > 0 && post.capsWords < post.words;
  const valences: number[] = [];
  const positions: number[] = [];
  const cues: SentimentCue[] | null = explain ? [] : null;
  let contrastAt = -1;
  let floor = 0;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'mention') continue;
    counted++;
    // Two capitals inside a hashtag are a code ("#LebanonNH", "#O2UK"), not the chat word of the same letters.
    if (t.tag && t.caps && t.text.length <= 2) continue;
    const e = entryOf(lex, t, langIndex);
    if (e === undefined) continue;
    if (e.contrast) contrastAt = i;
    const phrase = e.phrases ? lex.phrases.matchFrom(e.phrases, tokens, i) : undefined;
    let v = phrase?.value ?? (e.booster !== undefined ? undefined : e.valence);
    const selfNegator = isNegator(e, t.text);
    // A negator with valence ("no") before a scored word only negates it (VADER's rule).
    if (!phrase && v !== undefined && selfNegator) {
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && next.text !== t.text && entryOf(lex, next, langIndex)?.valence !== undefined) continue;
    }
    if (v === undefined || v === 0) {
      // A neutral phrase still takes its words out of play: "nothing but love", "no wonder it's great".
      if (phrase) {
        i += phrase.length - 1;
        floor = i + 1;
      }
      continue;
    }
    const notes: string[] | null = explain ? [] : null;
    if (shouting && t.caps && !t.tag) {
      v += Math.sign(v) * CAPS_BOOST;
      notes?.push('capitals');
    }
    if (t.elongated && !phrase) {
      v += Math.sign(v) * ELONGATION_BOOST;
      notes?.push('elongated');
    }
    const unflippable = selfNegator || (!phrase && (t.kind === 'emoji' || t.kind === 'emoticon'));
    v = applyScope(lex, langIndex, tokens, i, i + (phrase?.length ?? 1), floor, v, notes, shouting, unflippable, !phrase && e.postNegated === true);
    valences.push(v);
    positions.push(i);
    cues?.push({ text: phrase ? phrase.words.join(' ') : t.text, valence: v, notes: notes ?? [] });
    if (phrase) {
      i += phrase.length - 1;
      // Words inside a matched phrase ("sin cobertura") do not negate what follows it.
      floor = i + 1;
    }
  }
  let raw = 0;
  let positive = 0;
  let negative = 0;
  // Counts of praise before the contrast and of problems after it: a turn has neither, and praise after it.
  let praiseBefore = 0;
  let problemAfter = 0;
  let praiseAfter = 0;
  for (let k = 0; k < valences.length; k++) {
    let v = valences[k] as number;
    if (contrastAt >= 0) {
      const before = (positions[k] as number) < contrastAt;
      if (v > 0 && before) praiseBefore++;
      else if (v > 0) praiseAfter++;
      else if (!before) problemAfter++;
      v *= before ? BEFORE_CONTRAST : AFTER_CONTRAST;
    }
    if (cues && contrastAt >= 0) (cues[k] as SentimentCue).valence = v;
    raw += v;
    if (v > 0) positive += v;
    else negative += v;
  }
  if (raw !== 0) {
    const emphasis = Math.min(post.exclamations, 4) * EXCLAMATION + (post.questions > 1 ? Math.min(post.questions * QUESTION, 0.96) : 0);
    raw += Math.sign(raw) * emphasis;
  }
  return {
    compound: compoundScore(raw, valences.length),
    raw,
    comparative: counted > 0 ? raw / counted : 0,
    hits: valences.length,
    positive,
    negative,
    turnsPositive: praiseAfter > 0 && praiseBefore === 0 && problemAfter === 0 && negative < 0,
    cues,
  };
}
