import { z } from 'zod';

/** Hand-written rules for one language (data/lexicons/<lang>.json). */
export const languageRulesSchema = z.object({
  /** Word valence overrides and additions on the -4..4 scale (outage vocabulary, slang). */
  words: z.record(z.string(), z.number()),
  /** Multi-word expressions (space-separated, lower case) with their valence. */
  phrases: z.record(z.string(), z.number()),
  negators: z.array(z.string()),
  /** Degree adverbs: positive values intensify, negative values dampen. */
  boosters: z.record(z.string(), z.number()),
  /** Words after which the rest of the post carries more weight ("but"). */
  contrast: z.array(z.string()),
  /**
   * When a negation is emphasis, not a flip: "can't thank them enough", "kann nicht genug danken". `negators` limits
   * which negators can be emphatic (empty: any); `between` are words between the negator and the scored word,
   * `after` words or phrases starting within a few tokens after it ("jamais assez", "lo suficiente").
   */
  emphaticNegation: z
    .object({ negators: z.array(z.string()), between: z.array(z.string()), after: z.array(z.string()) })
    .default({ negators: [], between: [], after: [] }),
  /**
   * Negation that follows the word it negates, as in German and spoken French ("läuft die App nicht mehr", "ça
   * marche toujours pas"): one of `negators` within a few words after one of `words`, in the same clause, flips it.
   * Limited to listed words (verbs): after an adjective or a greeting the same negator starts a new thought.
   */
  postNegation: z.object({ negators: z.array(z.string()), words: z.array(z.string()) }).default({ negators: [], words: [] }),
  /**
   * Word beginnings that give a compound their valence when the whole word is unknown, for languages that build
   * insults by compounding ("Scheißnetz", "Drecksfirma", "Abzockvertrag"): the rest must be at least three letters.
   */
  compoundPrefixes: z.record(z.string(), z.number()).default({}),
  /** Thanks frames ("thanks for", "merci pour"): thanks for something bad is ironic ("thanks for ignoring me"). */
  ironicThanks: z.array(z.string()).default([]),
  /** Cue words and phrases for the category rules and flags. */
  cues: z.object({
    complaint: z.array(z.string()),
    support: z.array(z.string()),
    humour: z.array(z.string()),
    compensation: z.array(z.string()),
    question: z.array(z.string()),
    outage: z.array(z.string()),
    /** Praise that turns ironic next to a live problem ("great, no data again"). */
    irony: z.array(z.string()),
    /** Service-is-back phrases: they rule irony out. */
    restored: z.array(z.string()),
    /** Things a company is answerable for (order, bill, router): the target a complaint needs. */
    service: z.array(z.string()),
  }),
});
export type LanguageRules = z.infer<typeof languageRulesSchema>;

/** Stopwords per language, including languages we only recognise (data/lexicons/stopwords.json). */
export const stopwordsSchema = z.record(z.string(), z.array(z.string()));
export type Stopwords = z.infer<typeof stopwordsSchema>;

/** Emoji and emoticon valences (data/lexicons/emoji.json); emoji keys carry no variation selectors. */
export const emojiLexiconSchema = z.object({
  emoji: z.record(z.string(), z.number()),
  emoticons: z.record(z.string(), z.number()),
});
export type EmojiLexicon = z.infer<typeof emojiLexiconSchema>;

/** A base word lexicon compiled by `moodline train` (data/model/lexicon-<lang>.json). */
export const baseLexiconSchema = z.object({
  source: z.string(),
  words: z.record(z.string(), z.number()),
});
export type BaseLexicon = z.infer<typeof baseLexiconSchema>;

/** Linear category model over sparse features (data/model/category.json). */
export const categoryModelSchema = z.object({
  labels: z.array(z.string()),
  bias: z.array(z.number()),
  weights: z.record(z.string(), z.array(z.number())),
});
export type CategoryModel = z.infer<typeof categoryModelSchema>;

/** Per-language word evidence learned from the training posts (data/model/language.json). */
export const languageModelSchema = z.object({
  langs: z.array(z.string()),
  words: z.record(z.string(), z.array(z.number())),
});
export type LanguageModel = z.infer<typeof languageModelSchema>;

/** Everything the pure analyser needs; loaded once by loadAnalyserResources. */
export interface AnalyserResources {
  rules: Record<string, LanguageRules>;
  base: Record<string, BaseLexicon>;
  stopwords: Stopwords;
  emoji: EmojiLexicon;
  category?: CategoryModel;
  /** Linear model of the 3-way sentiment label (data/model/sentiment-label.json), same shape as the category model. */
  sentimentLabel?: CategoryModel;
  /** The label model for posts about a service experience (data/model/sentiment-label-service.json). */
  serviceLabel?: CategoryModel;
  language?: LanguageModel;
}
