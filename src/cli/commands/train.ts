import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATEGORIES, SENTIMENT_LABELS } from '../../domain/analysis';
import { buildBaseLexicon, type LexiconSource } from '../../analysis/build-base-lexicon';
import { createAnalyser } from '../../analysis/create-analyser';
import { formatModelJson } from '../../analysis/format-model-json';
import { defaultDataDir, loadAnalyserResources } from '../../analysis/load-analyser-resources';
import { parseTrainingTsv, type TrainingRow } from '../../analysis/parse-training-tsv';
import { DEFAULT_TRAIN_OPTIONS, LABEL_TRAIN_OPTIONS, SERVICE_LABEL_TRAIN_OPTIONS, trainCategoryModel } from '../../analysis/train-category-model';
import { trainLanguageModel } from '../../analysis/train-language-model';
import type { CliIo, Command } from '../command';
import { UsageError } from '../command';
import { parseFlags } from '../parse-flags';

const USAGE = `Usage: moodline train [--data DIR]

Rebuilds data/model/*.json from data/training/*.tsv and the published lexicons shipped with
the sentiment, vader-sentiment and natural packages. Same input gives byte-identical files.
  --data DIR   data directory (default: the repository's data/)
`;

function packageFile(pkg: string, ...parts: string[]): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...parts);
}

function readJsonFile(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Word → number pairs of a flat JSON lexicon ({"word": -2}). */
function flatEntries(file: string): Array<[string, number]> {
  return Object.entries(readJsonFile(file) as Record<string, unknown>).flatMap(([w, v]) => (typeof v === 'number' ? [[w, v] as [string, number]] : []));
}

/** Word → polarity pairs of natural's Pattern ("polarity") and ML-Senticon ("pol") vocabularies. */
function polarityEntries(file: string): Array<[string, number]> {
  return Object.entries(readJsonFile(file) as Record<string, { polarity?: string; pol?: string }>).map(([w, v]) => [w, Number(v.polarity ?? v.pol ?? 0)]);
}

/** The VADER lexicon (MIT): word TAB mean-rating TAB ... */
function vaderEntries(file: string): Array<[string, number]> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 2)
    .map((cols) => [cols[0] ?? '', Number(cols[1])]);
}

function lexiconSources(): Record<string, LexiconSource[]> {
  const natural = (...p: string[]): string => packageFile('natural', 'lib', 'natural', 'sentiment', ...p);
  return {
    en: [
      { name: 'VADER lexicon (MIT)', entries: vaderEntries(packageFile('vader-sentiment', 'vader_lexicon.txt')), scale: 1, minAbs: 0.05 },
      { name: 'AFINN-165 via sentiment', entries: flatEntries(packageFile('sentiment', 'languages', 'en', 'labels.json')), scale: 0.65, minAbs: 0.05 },
    ],
    es: [
      { name: 'AFINN es via natural', entries: flatEntries(natural('Spanish', 'afinnShortSortedSpanish.json')), scale: 0.8, minAbs: 0.05 },
      { name: 'ML-Senticon es via natural', entries: polarityEntries(natural('Spanish', 'senticon_es.json')), scale: 3, minAbs: 1.2 },
    ],
    fr: [{ name: 'Pattern fr via natural', entries: polarityEntries(natural('French', 'pattern-sentiment-fr.json')), scale: 3.5, minAbs: 0.3 }],
    it: [{ name: 'Pattern it via natural', entries: polarityEntries(natural('Italian', 'pattern-sentiment-it.json')), scale: 3.5, minAbs: 0.3 }],
    de: [{ name: 'Pattern de via natural', entries: polarityEntries(natural('German', 'pattern-sentiment-de.json')), scale: 3.5, minAbs: 0.3 }],
  };
}

function readTraining(dir: string, io: CliIo): Array<TrainingRow & { file: string }> {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  } catch {
    io.stderr.write(`no training directory at ${dir}\n`);
  }
  const rows: Array<TrainingRow & { file: string }> = [];
  for (const f of files) {
    const parsed = parseTrainingTsv(readFileSync(join(dir, f), 'utf8'));
    rows.push(...parsed.rows.map((row) => ({ ...row, file: f })));
    io.stderr.write(`${f}: ${parsed.rows.length} rows${parsed.rejected.length ? `, ${parsed.rejected.length} rejected (first: line ${parsed.rejected[0]?.line}: ${parsed.rejected[0]?.reason})` : ''}\n`);
  }
  return rows;
}

/**
 * Weight of a training post from the outage and brand files in the sentiment-label model. 0.5 since the outage posts of
 * rounds 2–4: against 0.3, five-fold sentiment macro-recall on the fresh outage posts rose 0.627 → 0.655 (round 1) and
 * 0.564 → 0.590 (round 4) while TweetEval val fell 0.618 → 0.613 (1.0: 0.617 and 0.610); see data/model/README.md.
 */
const NARROW_DOMAIN_WEIGHT = 0.5;

/** Posts from the general-domain files (data/training/everyday-*.tsv). */
function generalDomain(row: { file: string }): boolean {
  return row.file.startsWith('everyday-');
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'rebuild the analyser model (data/model) from data/training',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, { data: { type: 'string' } }, false);
    if (positionals.length > 0) throw new UsageError('train takes no positional arguments');
    const dataDir = values.data ?? defaultDataDir();
    const modelDir = join(dataDir, 'model');
    mkdirSync(modelDir, { recursive: true });
    const write = (name: string, value: unknown): void => {
      writeFileSync(join(modelDir, name), `${formatModelJson(value)}\n`);
    };
    for (const [lang, sources] of Object.entries(lexiconSources())) write(`lexicon-${lang}.json`, buildBaseLexicon(sources));
    const rows = readTraining(join(dataDir, 'training'), io);
    write('language.json', trainLanguageModel(rows));
    const resources = loadAnalyserResources(dataDir);
    delete resources.category;
    delete resources.sentimentLabel;
    delete resources.serviceLabel;
    const analyser = createAnalyser(resources);
    const examples = rows.map((r) => ({ ...analyser.categoryInputs(r.text, { lang: r.lang }), label: r.category }));
    io.stderr.write(`training the category model (${examples.length} posts, ${DEFAULT_TRAIN_OPTIONS.runs} runs averaged)…\n`);
    const model = trainCategoryModel(CATEGORIES, examples);
    write('category.json', model);
    // The label model learns from every post's sentiment label, outage and everyday alike; the
    // outage posts (three quarters of the set, one narrow topic) count for less than general ones.
    const labelled = rows.map((r) => ({ ...analyser.labelInputs(r.text, { lang: r.lang }), label: r.sentiment, weight: generalDomain(r) ? 1 : NARROW_DOMAIN_WEIGHT }));
    io.stderr.write('training the sentiment-label models…\n');
    const labelModel = trainCategoryModel(SENTIMENT_LABELS, labelled, LABEL_TRAIN_OPTIONS);
    write('sentiment-label.json', labelModel);
    // The service-experience label model: every post at full weight, trained on all of its (weaker) band prior.
    const serviceExamples = labelled.map((e) => ({ ...e, weight: 1 }));
    const serviceModel = trainCategoryModel(SENTIMENT_LABELS, serviceExamples, SERVICE_LABEL_TRAIN_OPTIONS);
    write('sentiment-label-service.json', serviceModel);
    io.stdout.write(
      `trained on ${rows.length} posts: ${Object.keys(model.weights).length} category features, ${Object.keys(labelModel.weights).length} sentiment-label features (${Object.keys(serviceModel.weights).length} in the service-experience label model); model written to ${modelDir}\n`,
    );
    return 0;
  },
};
