/** Counters kept for every 5-minute slot of a dataset. `sumMilli` is the sentiment sum × 1000 (integers add exactly in any order). */
export interface SlotCounts {
  posts: number;
  sumMilli: number;
  negative: number;
  neutral: number;
  positive: number;
  /** Posts in a language the analyser cannot score: counted, but not in the sentiment mean. */
  unscored: number;
  complaint: number;
  support: number;
  humour: number;
  other: number;
  /** Posts flagged as demanding compensation or a refund, and posts asking a question (any category). */
  compensation: number;
  question: number;
}

export const SLOT_MINUTES = 5;
export const SLOT_MS = SLOT_MINUTES * 60_000;

/** Short Redis hash field suffix of each counter (fields are `<slot>:<suffix>`). */
export const SLOT_FIELDS: Record<keyof SlotCounts, string> = {
  posts: 'p',
  sumMilli: 's',
  negative: 'ng',
  neutral: 'nu',
  positive: 'ps',
  unscored: 'x',
  complaint: 'cp',
  support: 'sp',
  humour: 'hu',
  other: 'ot',
  compensation: 'cm',
  question: 'qs',
};

export const emptySlotCounts = (): SlotCounts => ({
  posts: 0, sumMilli: 0, negative: 0, neutral: 0, positive: 0, unscored: 0, complaint: 0, support: 0, humour: 0, other: 0,
  compensation: 0, question: 0,
});

export function addSlotCounts(into: SlotCounts, from: SlotCounts): void {
  for (const k of Object.keys(into) as (keyof SlotCounts)[]) into[k] += from[k];
}
