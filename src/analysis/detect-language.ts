import type { LanguageModel, Stopwords } from './analyser-resources';
import type { NormalisedPost } from './token';

/** Word evidence per language, compiled once from stopwords and the learned language model. */
export interface LanguageDetector {
  langs: string[];
  /** Per word, flattened (language index, weight) pairs: most words belong to one or two languages. */
  evidence: Map<string, number[]>;
}

export interface LanguageGuess {
  lang: string;
  /** Margin of the winner over the runner-up, in evidence units (0 when unsure). */
  margin: number;
}

// Letters of scripts that identify a language on their own.
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

// A UTF-16 code unit from U+02EA up: below it every character is Latin, Common or Inherited.
// A plain (non-unicode) class is a fast scan, about four times a charCodeAt loop's speed.
const HIGH_CODE_UNIT = /[\u02ea-\uffff]/;

/** NON_LATIN.test, skipping the Unicode-property regex when every character is below U+02EA: most posts. */
function hasNonLatin(text: string): boolean {
  return HIGH_CODE_UNIT.test(text) && NON_LATIN.test(text);
}
// Letters and marks that point to a language wherever they appear (first one per word counts).
const ORTHOGRAPHY: Record<string, Array<[string, number]>> = {
  'ñ': [['es', 1]],
  '¿': [['es', 1.5]],
  '¡': [['es', 1.5]],
  'ß': [['de', 1.5]],
  'ä': [['de', 0.6]],
  'ö': [['de', 0.6]],
  'ü': [['de', 0.6]],
  'ç': [['fr', 0.6], ['pt', 0.3]],
  'è': [['fr', 0.5], ['it', 0.5]],
  'à': [['fr', 0.4], ['it', 0.4]],
  'ì': [['it', 0.7]],
  'ò': [['it', 0.7]],
  'ù': [['it', 0.5], ['fr', 0.3]],
  'ê': [['fr', 0.7]],
  'â': [['fr', 0.5]],
  'î': [['fr', 0.7]],
  'ô': [['fr', 0.5]],
  'û': [['fr', 0.7]],
  'ë': [['fr', 0.4], ['nl', 0.4]],
  'ï': [['fr', 0.5]],
  'ã': [['pt', 1.5]],
  'õ': [['pt', 1.5]],
  'á': [['es', 0.5], ['pt', 0.4]],
  'í': [['es', 0.5], ['pt', 0.3]],
  'ó': [['es', 0.5], ['pt', 0.3]],
  'ú': [['es', 0.5], ['pt', 0.3]],
  'é': [['fr', 0.4], ['es', 0.2], ['it', 0.1], ['pt', 0.1]],
};
const MIN_EVIDENCE = 1.2;
const MIN_MARGIN = 0.6;
const HINT_PRIOR = 0.8;

/** Builds the detector: a stopword shared by k languages counts 1/k for each. */
export function compileLanguageDetector(stopwords: Stopwords, model?: LanguageModel): LanguageDetector {
  const langs = [...new Set([...Object.keys(stopwords), ...(model?.langs ?? [])])].sort();
  const evidence = new Map<string, Float64Array>();
  const row = (w: string): Float64Array => {
    let r = evidence.get(w);
    if (!r) {
      r = new Float64Array(langs.length);
      evidence.set(w, r);
    }
    return r;
  };
  const owners = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(stopwords)) {
    for (const w of new Set(words.map((x) => x.toLowerCase()))) owners.set(w, [...(owners.get(w) ?? []), lang]);
  }
  for (const [w, ls] of owners) for (const l of ls) (row(w)[langs.indexOf(l)] as number) += 1 / ls.length;
  if (model) {
    for (const [w, weights] of Object.entries(model.words)) {
      const r = row(w);
      model.langs.forEach((l, k) => {
        const idx = langs.indexOf(l);
        r[idx] = (r[idx] as number) + (weights[k] ?? 0);
      });
    }
  }
  for (const [ch, votes] of Object.entries(ORTHOGRAPHY)) {
    const r = row(`#${ch}`);
    for (const [l, v] of votes) if (langs.includes(l)) r[langs.indexOf(l)] = v;
  }
  const sparse = new Map<string, number[]>();
  for (const [w, r] of evidence) sparse.set(w, Array.from(r).flatMap((v, k) => (v !== 0 ? [k, v] : [])));
  return { langs, evidence: sparse };
}

function scriptLanguage(text: string): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [re, lang] of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n > count) [best, count] = [lang, n];
  }
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return count >= latin ? best : undefined;
}

// Detection is synchronous: one scratch row serves every call. Allocating a typed array per post
// cost more than the whole word walk of a short post.
let scratch = new Float64Array(0);

function zeroedScores(n: number): Float64Array {
  if (scratch.length !== n) scratch = new Float64Array(n);
  // A loop: fill() is a builtin call, slower than a dozen stores.
  for (let k = 0; k < n; k++) scratch[k] = 0;
  return scratch;
}

function addEvidence(scores: Float64Array, r: readonly number[] | undefined): void {
  if (r) for (let k = 0; k < r.length; k += 2) (scores[r[k] as number] as number) += r[k + 1] as number;
}

/** Evidence for a word the detector does not know: its ending, else its first telling letter. */
export function weakEvidence(detector: LanguageDetector, word: string): number[] | undefined {
  return (word.length >= 5 ? detector.evidence.get(`-${word.slice(-3)}`) : undefined) ?? orthography(detector, word);
}

/** Evidence of the first telling letter of an unknown word ("größer" → ß). */
function orthography(detector: LanguageDetector, word: string): number[] | undefined {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) < 0xc0) continue;
    const r = detector.evidence.get(`#${word[i]}`);
    if (r) return r;
  }
  return undefined;
}

function settled(scores: Float64Array): boolean {
  let top = 0;
  let second = 0;
  for (const s of scores) {
    if (s > top) [top, second] = [s, top];
    else if (s > second) second = s;
  }
  return top - second >= 2.5;
}

/**
 * The guess when the evidence is thin or split: no language ("Spammer. Die."), unless the export declares one (the
 * detector's index `hinted`): a post too short to tell ("Katastrophe", "me mola") is in the language it was posted in.
 */
function unsure(detector: LanguageDetector, hinted: number): LanguageGuess {
  return { lang: hinted >= 0 ? (detector.langs[hinted] ?? 'und') : 'und', margin: 0 };
}

/** Guesses the language from word evidence; 'und' (or the declared language) when the evidence is thin or split. */
export function detectLanguage(post: NormalisedPost, detector: LanguageDetector, text: string, hint?: string): LanguageGuess {
  if (post.words === 0) return { lang: 'und', margin: 0 };
  if (hasNonLatin(text)) {
    const script = scriptLanguage(text);
    if (script) return { lang: script, margin: 1 };
  }
  const scores = zeroedScores(detector.langs.length);
  let seen = 0;
  let witnesses = 0;
  for (const t of post.tokens) {
    if (t.kind === 'punct' && (t.text === '¿' || t.text === '¡')) addEvidence(scores, detector.evidence.get(`#${t.text}`));
    if (t.kind !== 'word') continue;
    const r = t.memo ? t.memo.language : detector.evidence.get(t.text);
    if (r) {
      addEvidence(scores, r);
      witnesses++;
    } else addEvidence(scores, t.memo ? t.memo.languageHint : weakEvidence(detector, t.text));
    // Long posts are settled long before their end.
    if (++seen >= 5 && witnesses >= 2 && settled(scores)) break;
  }
  const hinted = hint ? detector.langs.indexOf(hint.toLowerCase().slice(0, 2)) : -1;
  if (hinted >= 0) {
    (scores[hinted] as number) += HINT_PRIOR;
    witnesses++;
  }
  if (witnesses < 2) return unsure(detector, hinted);
  let best = -1;
  let second = 0;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    if (best < 0 || s > (scores[best] as number)) {
      if (best >= 0) second = Math.max(second, scores[best] as number);
      best = k;
    } else if (s > second) second = s;
  }
  const top = best >= 0 ? (scores[best] as number) : 0;
  if (top < MIN_EVIDENCE || top - second < MIN_MARGIN) return unsure(detector, hinted);
  return { lang: detector.langs[best] ?? 'und', margin: top - second };
}
