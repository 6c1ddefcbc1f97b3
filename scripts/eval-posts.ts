/**
 * `npm run eval:posts -- FILE.tsv… [--folds]`: how the analyser labels posts we wrote ourselves (the
 * `lang category sentiment text` TSVs of data/training and data/heldout), per language: category accuracy,
 * macro-F1 and complaint F1, and sentiment-label macro-recall; then, over all posts, which category each labelled
 * category was given and each category's precision, recall and F1.
 *
 * Without --folds the committed model scores the files as they are (a fair test only for posts it was not
 * trained on, such as data/heldout). With --folds (one file) it is five-fold: for each fifth of the file a
 * model is trained, in a temporary copy of data/, on every other training file plus the other four fifths,
 * and scores that fifth.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createAnalyser, type Analyser } from '../src/analysis/create-analyser';
import { defaultDataDir, loadAnalyserResources } from '../src/analysis/load-analyser-resources';
import { parseTrainingTsv, type TrainingRow } from '../src/analysis/parse-training-tsv';
import { trainCommand } from '../src/cli/commands/train';
import { CATEGORIES, SENTIMENT_LABELS } from '../src/domain/analysis';
import { classScores, macroScores, printTable } from './eval';

const FOLDS = 5;

/** A post with what we labelled and what the analyser said. */
export interface Judged {
  lang: string;
  category: string;
  sentiment: string;
  predictedCategory: string;
  predictedSentiment: string;
}

/** Table rows per language and for all posts: n, accuracy, category macro-F1, complaint F1, sentiment macro-recall. */
export function scoreTable(judged: readonly Judged[]): string[][] {
  const langs = [...new Set(judged.map((j) => j.lang))];
  const rows = [['lang', 'posts', 'accuracy', 'macro-F1', 'complaint F1', 'sentiment macro-R']];
  for (const [name, group] of [...langs.map((l) => [l, judged.filter((j) => j.lang === l)] as const), ['all', judged] as const]) {
    const gold = group.map((j) => j.category);
    const pred = group.map((j) => j.predictedCategory);
    const accuracy = group.filter((j) => j.category === j.predictedCategory).length / Math.max(group.length, 1);
    const sentiment = macroScores(group.map((j) => j.sentiment), group.map((j) => j.predictedSentiment), SENTIMENT_LABELS);
    rows.push([name, String(group.length), accuracy.toFixed(3), macroScores(gold, pred, CATEGORIES).f1.toFixed(3), classScores(gold, pred, 'complaint').f1.toFixed(3), sentiment.recall.toFixed(3)]);
  }
  return rows;
}

/**
 * Over all posts: one row per labelled category with how many were given each category, then that category's
 * precision, recall and F1 (where the macro-F1 above comes from, and which confusions cost it).
 */
export function confusionTable(judged: readonly Judged[]): string[][] {
  const gold = judged.map((j) => j.category);
  const pred = judged.map((j) => j.predictedCategory);
  const rows = [['labelled \\ given', ...CATEGORIES, 'precision', 'recall', 'F1']];
  for (const c of CATEGORIES) {
    const labelled = judged.filter((j) => j.category === c);
    const { precision, recall, f1 } = classScores(gold, pred, c);
    rows.push([c, ...CATEGORIES.map((p) => String(labelled.filter((j) => j.predictedCategory === p).length)), precision.toFixed(3), recall.toFixed(3), f1.toFixed(3)]);
  }
  return rows;
}

function judge(analyser: Analyser, rows: readonly TrainingRow[]): Judged[] {
  return rows.map((r) => {
    const a = analyser.analyze(r.text, { lang: r.lang });
    return { lang: r.lang, category: r.category, sentiment: r.sentiment, predictedCategory: a.category, predictedSentiment: a.sentiment.label };
  });
}

function readRows(file: string): TrainingRow[] {
  const parsed = parseTrainingTsv(readFileSync(file, 'utf8'));
  const first = parsed.rejected[0];
  if (first) throw new Error(`${file}:${first.line}: ${first.reason}`);
  return parsed.rows;
}

function toTsv(rows: readonly TrainingRow[]): string {
  return `lang\tcategory\tsentiment\ttext\n${rows.map((r) => `${r.lang}\t${r.category}\t${r.sentiment}\t${r.text}`).join('\n')}\n`;
}

const quiet = new Writable({ write: (_chunk, _enc, done) => done() });

/** Five-fold over `file`: each fifth is scored by a model trained without it (in a temporary copy of data/). */
async function folds(file: string, dataDir: string): Promise<Judged[]> {
  const rows = readRows(file);
  const judged: Judged[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const dir = mkdtempSync(join(tmpdir(), 'moodline-fold-'));
    try {
      cpSync(join(dataDir, 'lexicons'), join(dir, 'lexicons'), { recursive: true });
      cpSync(join(dataDir, 'training'), join(dir, 'training'), { recursive: true });
      // The file's own copy (when it is a training file) is replaced by the four other fifths.
      writeFileSync(join(dir, 'training', basename(file)), toTsv(rows.filter((_, i) => i % FOLDS !== k)));
      const code = await trainCommand.run(['--data', dir], { stdin: process.stdin, stdout: quiet, stderr: quiet, env: process.env });
      if (code !== 0) throw new Error(`training fold ${k + 1} failed (exit ${code})`);
      judged.push(...judge(createAnalyser(loadAnalyserResources(dir)), rows.filter((_, i) => i % FOLDS === k)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return judged;
}

async function main(args: string[]): Promise<number> {
  const fold = args.includes('--folds');
  const files = args.filter((a) => a !== '--folds').map((f) => resolve(f));
  if (args.includes('--help') || files.length === 0 || (fold && files.length !== 1)) {
    console.error('usage: npm run eval:posts -- FILE.tsv... (committed model) | npm run eval:posts -- FILE.tsv --folds (five-fold)');
    return 2;
  }
  const dataDir = defaultDataDir();
  const judged = fold ? await folds(files[0] as string, dataDir) : judge(createAnalyser(loadAnalyserResources(dataDir)), files.flatMap(readRows));
  console.log(`${fold ? 'five-fold' : 'committed model'}: ${files.map((f) => basename(f)).join(', ')}\n`);
  console.log(printTable(scoreTable(judged)));
  console.log(`\nCategories over all ${judged.length} posts:\n`);
  console.log(printTable(confusionTable(judged)));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
