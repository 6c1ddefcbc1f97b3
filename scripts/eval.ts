/**
 * `npm run eval [DIR]`: one table, one run — Moodline vs `sentiment` (AFINN) vs `vader-sentiment` on the
 * public dev sets in DIR (default ../shared/eval from the repo root). Sets are read, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Sentiment from 'sentiment';
import { createAnalyser } from '../src/analysis/create-analyser';
import { loadAnalyserResources } from '../src/analysis/load-analyser-resources';

type Polarity = 'negative' | 'neutral' | 'positive';
interface Tool {
  name: string;
  /** Continuous score for the intensity correlation. */
  score(text: string): number;
  polarity(text: string): Polarity;
  complaint(text: string): boolean;
}
interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && resolve(dir, '..') !== dir) dir = resolve(dir, '..');
  return dir;
}

function readTsv(file: string): Array<Record<string, string>> {
  const [head = '', ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Precision, recall and F1 of one class. */
export function classScores(gold: readonly string[], pred: readonly string[], c: string): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (pred[i] === c && g === c) tp++;
    else if (pred[i] === c) fp++;
    else if (g === c) fn++;
  });
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function macroScores(gold: readonly string[], pred: readonly string[], classes: readonly string[]): { recall: number; f1: number } {
  let recall = 0;
  let f1 = 0;
  for (const c of classes) {
    const scores = classScores(gold, pred, c);
    recall += scores.recall / classes.length;
    f1 += scores.f1 / classes.length;
  }
  return { recall, f1 };
}

export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (pred[i] && g) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const byScore = (s: number, band: number): Polarity => (s > band ? 'positive' : s < -band ? 'negative' : 'neutral');

function tools(): Tool[] {
  const analyser = createAnalyser(loadAnalyserResources());
  const afinn = new Sentiment();
  // vader-sentiment ships no types; a typed require keeps the dev-only baseline out of the build graph.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vader = (require('vader-sentiment') as VaderModule).SentimentIntensityAnalyzer;
  return [
    {
      name: 'moodline',
      score: (t) => analyser.analyze(t).sentiment.score,
      polarity: (t) => analyser.analyze(t).sentiment.label,
      complaint: (t) => analyser.analyze(t).category === 'complaint',
    },
    {
      name: 'sentiment (AFINN)',
      score: (t) => afinn.analyze(t).comparative,
      polarity: (t) => byScore(afinn.analyze(t).score, 0),
      complaint: (t) => afinn.analyze(t).score < 0,
    },
    {
      name: 'vader-sentiment',
      score: (t) => vader.polarity_scores(t).compound,
      polarity: (t) => byScore(vader.polarity_scores(t).compound, 0.05),
      complaint: (t) => vader.polarity_scores(t).compound <= -0.05,
    },
  ];
}

function fmt(x: number, digits = 3): string {
  return x.toFixed(digits);
}

const SPEED_ROUNDS = 3;

/**
 * Full-analysis throughput per CPU-second (one core): JIT warm-up passes first, then each tool
 * scores all texts once per round, rounds alternating between tools; the best round counts, so a
 * busy spell on the machine does not decide the figure.
 */
function postsPerCpuSecond(all: readonly Tool[], texts: readonly string[]): number[] {
  for (const tool of all) for (let pass = 0; pass < 3; pass++) for (const t of texts) tool.polarity(t);
  const best = all.map(() => Infinity);
  for (let r = 0; r < SPEED_ROUNDS; r++) {
    all.forEach((tool, i) => {
      const started = process.cpuUsage();
      for (const t of texts) tool.polarity(t);
      const used = process.cpuUsage(started);
      best[i] = Math.min(best[i] ?? Infinity, (used.user + used.system) / 1e6);
    });
  }
  return best.map((sec) => texts.length / sec);
}

/** The evaluation files `evaluate` reads from its folder. */
const SETS = { vader: 'vader_tweets.tsv', tweeteval: 'tweeteval_sentiment_val.tsv', complaints: 'complaints_dev.tsv' } as const;

/** Runs every tool over every set and returns the table rows. */
export function evaluate(dir: string): string[][] {
  const vaderSet = readTsv(join(dir, SETS.vader));
  const tweeteval = readTsv(join(dir, SETS.tweeteval));
  const complaints = readTsv(join(dir, SETS.complaints));
  const rows: string[][] = [['tool', 'VADER tweets r', 'TweetEval macro-R', 'TweetEval macro-F1', 'complaint F1', 'posts/s']];
  const all = tools();
  const speeds = postsPerCpuSecond(all, [...vaderSet, ...tweeteval, ...complaints].map((r) => r.text ?? ''));
  all.forEach((tool, i) => {
    const scores = vaderSet.map((r) => tool.score(r.text ?? ''));
    const polarities = tweeteval.map((r) => tool.polarity(r.text ?? ''));
    const complaintsPred = complaints.map((r) => tool.complaint(r.text ?? ''));
    const te = macroScores(tweeteval.map((r) => r.label ?? ''), polarities, ['negative', 'neutral', 'positive']);
    rows.push([
      tool.name,
      fmt(pearson(scores, vaderSet.map((r) => Number(r.human_mean)))),
      fmt(te.recall),
      fmt(te.f1),
      fmt(binaryF1(complaints.map((r) => r.is_complaint === '1'), complaintsPred)),
      Math.round(speeds[i] ?? 0).toLocaleString('en-US'),
    ]);
  });
  return rows;
}

export function printTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

const USAGE = `Usage: npm run eval -- [DIR]

Prints one table, measured in one run: Moodline vs sentiment (AFINN) vs vader-sentiment on the evaluation sets in DIR
(default: ../shared/eval next to the repository): Pearson r on ${SETS.vader}, macro-recall and macro-F1 on
${SETS.tweeteval}, complaint-class F1 on ${SETS.complaints}, and posts per CPU-second.`;

if (require.main === module) {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (arg?.startsWith('-') || process.argv.length > 3) {
    console.error(`moodline eval: unexpected argument "${process.argv.slice(arg?.startsWith('-') ? 2 : 3).join(' ')}"\n\n${USAGE}`);
    process.exit(2);
  }
  const dir = resolve(arg ?? join(repoRoot(), '..', 'shared', 'eval'));
  const missing = Object.values(SETS).filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    console.error(`moodline eval: ${dir} lacks ${missing.join(', ')}; pass the folder that holds the evaluation sets.\n\n${USAGE}`);
    process.exit(2);
  }
  console.log(`Evaluation sets: ${dir}\n`);
  console.log(printTable(evaluate(dir)));
  console.log('\nposts/s: all three sets per CPU-second (one core), best of three rounds after three warm-up passes; Moodline runs its full analysis.');
}
