/**
 * `npm run bench -- <what> [--posts N]`:
 *   all (default)  analysis + e2e (NDJSON and CSV, 2 score processes) + ingest (heap-capped run) + scaling
 *                  (1 process) + api: ~6 min on an idle 2-core machine (12 min with other work running)
 *   e2e            1M NDJSON and CSV through the real product, next to bare in-process analysis
 *   scaling        the same NDJSON upload with 1 and 2 score-worker processes
 *   ingest         ingest RSS flatness, 100k vs 1M rows: default heap, and NODE_OPTIONS=--max-old-space-size=160
 *   analysis       bare analysis throughput (the analyser engineer's bench-analysis)
 *   api            autocannon on mood (and summary, when it exists) vs a bare Express endpoint
 *   soak           10 minutes of continuous uploads + queries, memory of every process sampled
 * Figures print as a table, then one JSON line (`BENCH_JSON {...}`).
 */
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

export async function benchMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { posts: { type: 'string' }, minutes: { type: 'string' } } });
  const command = (positionals[0] ?? 'all') as Command;
  if (!COMMANDS.includes(command)) {
    console.error(`unknown bench "${command}"; one of ${COMMANDS.join(', ')}`);
    return 2;
  }
  const posts = Number(values.posts ?? 1_000_000);
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
    if (command === 'soak') figures.soak = await runSoak({ minutes: Number(values.minutes ?? 10) });
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
