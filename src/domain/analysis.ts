export const CATEGORIES = ['complaint', 'support', 'humour', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** Languages the analyser scores with its own lexicons; anything else is reported, not scored. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'it', 'es', 'de'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface SentimentResult {
  /** Compound score in [-1, 1]; 0 for empty or unscored text. Never NaN. */
  score: number;
  /** Raw lexicon score divided by the number of tokens (as `sentiment` defines it). */
  comparative: number;
  label: SentimentLabel;
}

/** The analyser's verdict on one post. Pure data: the same text always gives the same result. */
export interface Analysis {
  /** ISO 639-1 code, or 'und' when unsure or too short. */
  lang: string;
  /** False when `lang` is detected but has no lexicon: sentiment is then neutral and not counted. */
  supported: boolean;
  sentiment: SentimentResult;
  category: Category;
  /** Confidence of `category`, in [0, 1]. */
  confidence: number;
  flags: { compensation: boolean; question: boolean };
}
