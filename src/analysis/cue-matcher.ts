import type { LanguageRules } from './analyser-resources';
import { foldAccents } from './fold-accents';
import { PhraseMatcher } from './phrase-matcher';
import type { NormalisedPost, Token } from './token';

export const CUE_KINDS = ['complaint', 'support', 'humour', 'compensation', 'question', 'outage', 'irony', 'restored', 'service'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CueHits {
  counts: Record<CueKind, number>;
  /** Complaint cues that are more than the outage's bare name ("still", "again", "no signal"; not "outage", "panne"). */
  grievances: number;
  /** Matched cue text per kind, only when explaining. */
  matched: Array<{ kind: CueKind; text: string }> | null;
}

/**
 * Cue phrases of the given languages in one matcher. Callers pass the post's language plus English,
 * which social posts borrow everywhere ("lol", "wtf"); all languages at once would collide ("come", "red").
 */
export function compileCueMatcher(rules: Record<string, LanguageRules>, langs: readonly string[]): PhraseMatcher<CueKind[]> {
  const byPhrase = new Map<string, Set<CueKind>>();
  for (const lang of [...new Set(langs)].sort()) {
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

// A negated praise or "fixed" cue is a grievance: "they didn't get it fixed", "not working again".
const FLIPPED: Partial<Record<CueKind, CueKind>> = { support: 'complaint', restored: 'complaint', irony: 'complaint' };

function negatedAt(post: NormalisedPost, i: number, negators: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = post.tokens[j];
    if (t === undefined || t.kind === 'punct') return false;
    if (negators.has(t.text) || t.text.endsWith("n't")) return true;
  }
  return false;
}

/** Counts cue phrases in a post; overlapping matches take the longest phrase (`langIndex`: slot in word memos). */
export function findCues(post: NormalisedPost, matcher: PhraseMatcher<CueKind[]>, negators: ReadonlySet<string>, explain = false, langIndex = -1): CueHits {
  const counts: Record<CueKind, number> = { complaint: 0, support: 0, humour: 0, compensation: 0, question: 0, outage: 0, irony: 0, restored: 0, service: 0 };
  const matched: CueHits['matched'] = explain ? [] : null;
  let grievances = 0;
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const memo = (tokens[i] as Token).memo;
    const hit = memo !== undefined && langIndex >= 0 ? matcher.matchFrom(memo.cues[langIndex], tokens, i) : matcher.matchAt(tokens, i);
    if (!hit) continue;
    const negated = negatedAt(post, i, negators);
    for (const cue of hit.value) {
      const kind = negated ? (FLIPPED[cue] ?? cue) : cue;
      counts[kind] += 1;
      // "no signal", "sin internet" are grievances; the outage's bare name ("outage", "panne") is not.
      if (kind === 'complaint' && (kind !== cue || hit.length > 1 || !hit.value.includes('outage'))) grievances++;
      matched?.push({ kind, text: negated && kind !== cue ? `(negated) ${hit.words.join(' ')}` : hit.words.join(' ') });
    }
    i += hit.length - 1;
  }
  return { counts, grievances, matched };
}
