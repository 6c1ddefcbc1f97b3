import type { LanguageModel, Stopwords } from './analyser-resources';
import type { NormalisedPost } from './token';

/** Word evidence per language, compiled once from stopwords and the learned language model. */
export interface LanguageDetector {
  langs: string[];
  evidence: Map<string, Float64Array>;
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
  return { langs, evidence };
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

/** Guesses the language from word evidence; 'und' when the evidence is thin or split. */
export function detectLanguage(post: NormalisedPost, detector: LanguageDetector, text: string, hint?: string): LanguageGuess {
  if (post.words === 0) return { lang: 'und', margin: 0 };
  if (NON_LATIN.test(text)) {
    const script = scriptLanguage(text);
    if (script) return { lang: script, margin: 1 };
  }
  const scores = new Float64Array(detector.langs.length);
  for (const t of post.tokens) {
    if (t.kind !== 'word') continue;
    const r = detector.evidence.get(t.text);
    if (r) for (let k = 0; k < r.length; k++) (scores[k] as number) += r[k] as number;
  }
  const hinted = hint ? detector.langs.indexOf(hint.toLowerCase().slice(0, 2)) : -1;
  if (hinted >= 0) (scores[hinted] as number) += HINT_PRIOR;
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
  if (top < MIN_EVIDENCE || top - second < MIN_MARGIN) return { lang: 'und', margin: 0 };
  return { lang: detector.langs[best] ?? 'und', margin: top - second };
}
