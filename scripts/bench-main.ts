/** `npm run bench -- [WHAT] [--posts N] [--minutes M]`: what each bench measures is in USAGE below (`--help`). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalysis } from './bench-analysis';
import { main as benchIngestMain } from './bench-ingest';
import { benchApi, type ApiResult } from './bench-api';
import { benchBareAnalysis, type BareAnalysisResult } from './bench-bare-analysis';
import { runE2e, type E2eResult } from './bench-e2e';
import { writeExport, type ExportFormat } from './bench-export';
import { printApi, printE2e, printTargets } from './bench-report';
import { runSoak } from './bench-soak';

const COMMANDS = ['all', 'e2e', 'scaling', 'ingest', 'formats', 'analysis', 'api', 'soak'] as const;
type Command = (typeof COMMANDS)[number];

export interface BenchFigures {
  machine: { cpus: number; node: string; memGB: number };
  posts: number;
  bare?: Partial<Record<ExportFormat, BareAnalysisResult>>;
  e2e?: E2eResult[];
  api?: ApiResult;
  analysis?: ReturnType<typeof benchAnalysis>;
  soak?: Awaited<ReturnType<typeof runSoak>>;
}

const USAGE = `Usage: npm run bench -- [WHAT] [--posts N] [--minutes M]

  all (default)  analysis + e2e + ingest + scaling + api: ~6 min on an idle 2-core machine
  e2e            1M posts as NDJSON and CSV through the real product (HTTP upload, ingest, score queue, score
                 workers, Redis), next to bare in-process analysis of the same posts
  scaling        the same NDJSON upload with 1 and 2 score-worker processes
  ingest         the NDJSON upload again with the heap capped at 160 MB: ingest RSS at 100k and 1M rows
  formats        parse-only rows/s and peak RSS per export format, at 100k and N posts
  analysis       bare analysis throughput, one core
  api            autocannon on the mood and summary queries next to a bare Express endpoint
  soak           continuous uploads and queries, memory of every process sampled

  --posts N      posts in the generated export (default 1,000,000)
  --minutes M    soak length (default 10)

Figures print as a table, then one JSON line (BENCH_JSON {...}). Starts its own redis-server.`;

function parsePositive(name: string, raw: string | undefined, fallback: number, whole: boolean): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) throw new Error(`--${name} must be a positive ${whole ? 'whole ' : ''}number, got "${raw}"`);
  return n;
}

export async function benchMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { posts: { type: 'string' }, minutes: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    console.error(`moodline bench: ${(err as Error).message.split('.')[0]}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const command = (positionals[0] ?? 'all') as Command;
  if (!COMMANDS.includes(command) || positionals.length > 1) {
    console.error(`moodline bench: unknown bench "${positionals.join(' ')}"; one of ${COMMANDS.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  let posts: number;
  let minutes: number;
  try {
    posts = parsePositive('posts', values.posts, 1_000_000, true);
    minutes = parsePositive('minutes', values.minutes, 10, false);
  } catch (err) {
    console.error(`moodline bench: ${(err as Error).message}`);
    return 2;
  }
  const figures: BenchFigures = { machine: { cpus: os.availableParallelism(), node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) }, posts };
  const files = new Map<ExportFormat, string>();
  const exportFile = async (format: ExportFormat) => {
    let f = files.get(format);
    if (!f) {
      f = path.join(os.tmpdir(), `moodline-bench-${posts}.${format}`);
      const t = Date.now();
      const bytes = await writeExport(f, { count: posts }, format);
      console.error(`generated ${posts.toLocaleString('en-US')} posts as ${format}: ${(bytes / 1048576).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s → ${f}`);
      files.set(format, f);
    }
    return f;
  };
  const e2e = async (format: ExportFormat, scoreProcesses: number, variant?: { name: string; env: NodeJS.ProcessEnv }) => {
    console.error(`e2e: ${format}, ${scoreProcesses} score process(es)${variant ? `, ${variant.name}` : ''}…`);
    const r = await runE2e({ file: await exportFile(format), format, scoreProcesses, ...(variant ? { variant: variant.name, env: variant.env } : {}) });
    (figures.e2e ??= []).push(r);
    console.error(`  ${r.wallSeconds} s, ${r.postsPerSecond} posts/s`);
  };
  const bare = (format: ExportFormat) => {
    console.error(`bare analysis over the same ${posts.toLocaleString('en-US')} posts (${format})…`);
    (figures.bare ??= {})[format] = benchBareAnalysis(posts, format);
  };

  try {
    if (command === 'analysis' || command === 'all') figures.analysis = benchAnalysis();
    if (command === 'e2e' || command === 'all' || command === 'ingest') {
      bare('ndjson');
      await e2e('ndjson', 2);
      if (command !== 'ingest') {
        bare('csv');
        await e2e('csv', 2);
      }
    }
    // V8 grows a heap lazily up to its default limit (GBs on this machine): RSS peaks are garbage not yet
    // collected. The same run with the old space capped shows what the ingest path really holds.
    if (command === 'ingest' || command === 'all') await e2e('ndjson', 2, { name: 'heap 160 MB', env: { NODE_OPTIONS: '--max-old-space-size=160 --max-semi-space-size=32' } });
    if (command === 'scaling' || command === 'all') {
      if (!figures.bare?.ndjson) bare('ndjson');
      await e2e('ndjson', 1);
      if (command === 'scaling') await e2e('ndjson', 2);
    }
    if (command === 'api' || command === 'all') figures.api = await benchApi();
    if (command === 'soak') figures.soak = await runSoak({ minutes });
    // Parse-only figures per export format (rows/s, peak RSS at 100k and 1M): bench-ingest.ts.
    if (command === 'formats') return await benchIngestMain(['--sizes', `100000,${posts}`]);
  } finally {
    for (const f of files.values()) fs.rmSync(f, { force: true });
  }

  if (figures.analysis) console.log(`analysis (bench-analysis, 100k generated posts): ${figures.analysis.postsPerSecond} posts/s on one core`);
  if (figures.e2e) printE2e(figures.e2e, figures.bare ?? {});
  if (figures.api) printApi(figures.api);
  if (figures.soak) console.log(figures.soak.table);
  printTargets(figures);
  console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
  return 0;
}
