import type { LanguageRules } from './analyser-resources';
import { foldAccents } from './fold-accents';
import { PhraseMatcher } from './phrase-matcher';
import type { NormalisedPost } from './token';

export const CUE_KINDS = ['complaint', 'support', 'humour', 'compensation', 'question', 'outage', 'irony', 'restored'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CueHits {
  counts: Record<CueKind, number>;
  /** Matched cue text per kind, only when explaining. */
  matched: Array<{ kind: CueKind; text: string }> | null;
}

/** Cue phrases of every language in one matcher: posts mix languages and detection can be wrong. */
export function compileCueMatcher(rules: Record<string, LanguageRules>): PhraseMatcher<CueKind[]> {
  const byPhrase = new Map<string, Set<CueKind>>();
  for (const lang of Object.keys(rules).sort()) {
    const cues = rules[lang]?.cues;
    if (!cues) continue;
    for (const kind of CUE_KINDS) {
      for (const phrase of cues[kind]) {
        for (const p of new Set([phrase.toLowerCase(), foldAccents(phrase.toLowerCase())])) {
          byPhrase.set(p, (byPhrase.get(p) ?? new Set()).add(kind));
        }
      }
    }
  }
  const matcher = new PhraseMatcher<CueKind[]>();
  for (const [phrase, kinds] of byPhrase) matcher.add(phrase, [...kinds]);
  return matcher;
}

/** Counts cue phrases in a post; overlapping matches take the longest phrase. */
export function findCues(post: NormalisedPost, matcher: PhraseMatcher<CueKind[]>, explain = false): CueHits {
  const counts: Record<CueKind, number> = { complaint: 0, support: 0, humour: 0, compensation: 0, question: 0, outage: 0, irony: 0, restored: 0 };
  const matched: CueHits['matched'] = explain ? [] : null;
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const hit = matcher.matchAt(tokens, i);
    if (!hit) continue;
    for (const kind of hit.value) {
      counts[kind] += 1;
      matched?.push({ kind, text: hit.words.join(' ') });
    }
    i += hit.length - 1;
  }
  return { counts, matched };
}
