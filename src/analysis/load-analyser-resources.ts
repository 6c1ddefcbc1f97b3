import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../domain/analysis';
import { AppError } from '../errors/app-error';
import {
  baseLexiconSchema,
  categoryModelSchema,
  emojiLexiconSchema,
  languageModelSchema,
  languageRulesSchema,
  stopwordsSchema,
  type AnalyserResources,
  type BaseLexicon,
  type LanguageRules,
} from './analyser-resources';

/** <repo>/data whether running from src/analysis (tests) or dist/src/analysis (built). */
export function defaultDataDir(): string {
  const candidates = [resolve(__dirname, '..', '..', 'data'), resolve(__dirname, '..', '..', '..', 'data')];
  return candidates.find((dir) => existsSync(join(dir, 'lexicons', 'en.json'))) ?? (candidates[0] as string);
}

function readJson<T>(file: string, schema: z.ZodType<T>, required: true): T;
function readJson<T>(file: string, schema: z.ZodType<T>, required: false): T | undefined;
function readJson<T>(file: string, schema: z.ZodType<T>, required: boolean): T | undefined {
  if (!existsSync(file)) {
    if (!required) return undefined;
    throw new AppError('analyser_resources_missing', `analyser resource not found: ${file}`);
  }
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new AppError('analyser_resources_invalid', `invalid analyser resource ${file}: ${parsed.error.message}`);
  return parsed.data;
}

/** Reads lexicons (data/lexicons) and trained tables (data/model) synchronously; the analyser's only I/O. */
export function loadAnalyserResources(dataDir: string = defaultDataDir()): AnalyserResources {
  const rules: Record<string, LanguageRules> = {};
  const base: Record<string, BaseLexicon> = {};
  for (const lang of SUPPORTED_LANGUAGES) {
    rules[lang] = readJson(join(dataDir, 'lexicons', `${lang}.json`), languageRulesSchema, true);
    const compiled = readJson(join(dataDir, 'model', `lexicon-${lang}.json`), baseLexiconSchema, false);
    if (compiled) base[lang] = compiled;
  }
  const category = readJson(join(dataDir, 'model', 'category.json'), categoryModelSchema, false);
  const sentimentLabel = readJson(join(dataDir, 'model', 'sentiment-label.json'), categoryModelSchema, false);
  const serviceLabel = readJson(join(dataDir, 'model', 'sentiment-label-service.json'), categoryModelSchema, false);
  const language = readJson(join(dataDir, 'model', 'language.json'), languageModelSchema, false);
  return {
    rules,
    base,
    stopwords: readJson(join(dataDir, 'lexicons', 'stopwords.json'), stopwordsSchema, true),
    emoji: readJson(join(dataDir, 'lexicons', 'emoji.json'), emojiLexiconSchema, true),
    ...(category ? { category } : {}),
    ...(sentimentLabel ? { sentimentLabel } : {}),
    ...(serviceLabel ? { serviceLabel } : {}),
    ...(language ? { language } : {}),
  };
}
