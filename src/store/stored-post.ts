import type { Category, SentimentLabel } from '../domain/analysis';

/** A scored post as drill-down and exports read it back. */
export interface StoredPost {
  id: string;
  createdAt: string;
  author: string | null;
  lang: string;
  text: string;
  sentiment: { score: number; label: SentimentLabel | null };
  category: Category;
  confidence: number;
  flags: { compensation: boolean; question: boolean };
}

type Packed = [string, number, string | null, string, string, string, number, number, number, string];

const LABELS: (SentimentLabel | null)[] = [null, 'negative', 'neutral', 'positive'];
const CATEGORY_CODES: Category[] = ['complaint', 'support', 'humour', 'other'];

/** Compact positional JSON (about 45 bytes plus the text): one Redis list element per post. */
export function encodeStoredPost(p: {
  id: string; createdAtMs: number; text: string; author?: string;
  analysis: { lang: string; supported: boolean; sentiment: { score: number; label: SentimentLabel }; category: Category; confidence: number; flags: { compensation: boolean; question: boolean } };
}): string {
  const a = p.analysis;
  const packed: Packed = [
    p.id, p.createdAtMs, p.author ?? null, a.lang,
    a.supported ? String(LABELS.indexOf(a.sentiment.label)) : '0',
    String(CATEGORY_CODES.indexOf(a.category)),
    a.supported ? Math.round(a.sentiment.score * 1000) : 0,
    Math.round(a.confidence * 1000),
    (a.flags.compensation ? 1 : 0) | (a.flags.question ? 2 : 0),
    p.text,
  ];
  return JSON.stringify(packed);
}

export function decodeStoredPost(raw: string): StoredPost {
  const [id, t, author, lang, label, cat, score, conf, flags, text] = JSON.parse(raw) as Packed;
  return {
    id, createdAt: new Date(t).toISOString(), author, lang, text,
    sentiment: { score: score / 1000, label: LABELS[Number(label)] ?? null },
    category: CATEGORY_CODES[Number(cat)] ?? 'other',
    confidence: conf / 1000,
    flags: { compensation: (flags & 1) === 1, question: (flags & 2) === 2 },
  };
}
