import { z } from 'zod';
import { CATEGORIES, SENTIMENT_LABELS, SUPPORTED_LANGUAGES } from '../domain/analysis';

export const trainingRowSchema = z.object({
  lang: z.enum(SUPPORTED_LANGUAGES),
  category: z.enum(CATEGORIES),
  sentiment: z.enum(SENTIMENT_LABELS),
  text: z.string().trim().min(1),
});
export type TrainingRow = z.infer<typeof trainingRowSchema>;

export interface ParsedTraining {
  rows: TrainingRow[];
  rejected: Array<{ line: number; reason: string }>;
}

const HEADER = ['lang', 'category', 'sentiment', 'text'];

/** Parses one training TSV (header `lang\tcategory\tsentiment\ttext`); bad rows are reported, not thrown. */
export function parseTrainingTsv(content: string): ParsedTraining {
  const lines = content.split(/\r?\n/);
  const rows: TrainingRow[] = [];
  const rejected: ParsedTraining['rejected'] = [];
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  if (HEADER.some((h, k) => header[k] !== h)) return { rows, rejected: [{ line: 1, reason: `header must be ${HEADER.join('\\t')}` }] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const [lang, category, sentiment, ...rest] = line.split('\t');
    const parsed = trainingRowSchema.safeParse({ lang, category, sentiment, text: rest.join(' ') });
    if (parsed.success) rows.push(parsed.data);
    else rejected.push({ line: i + 1, reason: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
  }
  return { rows, rejected };
}
