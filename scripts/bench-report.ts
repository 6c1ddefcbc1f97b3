/** Human-readable tables of the benchmark figures, and the issue's targets checked against them. */
import type { ApiResult } from './bench-api';
import type { BareAnalysisResult } from './bench-bare-analysis';
import type { E2eResult } from './bench-e2e';
import type { ExportFormat } from './bench-export';
import type { BenchFigures } from './bench-main';

const n = (x: number) => x.toLocaleString('en-US');
const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i] ?? 10)).join(' ');

export function printE2e(results: E2eResult[], bare: Partial<Record<ExportFormat, BareAnalysisResult>>): void {
  for (const [format, b] of Object.entries(bare)) {
    console.log(`bare in-process analysis (${format}, same ${n(b.posts)} posts, one core): ${n(b.postsPerSecond)} posts/s wall, ${n(b.postsPerCpuSecond)} posts per CPU-second`);
  }
  const w = [7, 12, 6, 9, 8, 9, 9, 7, 8, 8, 10, 9, 11];
  console.log('end to end (HTTP upload → ingest → score queue → score workers → Redis), every post aggregated:');
  console.log(row(['format', 'variant', 'procs', 'rows', 'wall s', 'posts/s', 'bare/s', 'ratio', 'upload s', 'parse s', 'CPU s/1k', 'capacity', 'load avg'], w));
  for (const r of results) {
    const b = bare[r.format];
    console.log(row([r.format, r.variant, r.scoreProcesses, n(r.rows), r.wallSeconds, n(r.postsPerSecond), b ? n(b.postsPerSecond) : '-',
      b ? (r.postsPerSecond / b.postsPerSecond).toFixed(2) : '-', r.uploadSeconds, r.parseSeconds, r.cpuSecondsPer1kPosts, n(r.capacityPostsPerSecond),
      `${r.loadAverage[0]}→${r.loadAverage[1]}`], w));
  }
  console.log('  capacity = posts/s the measured CPU cost allows on all idle cores; ratio = wall posts/s ÷ bare posts/s');
  for (const r of results) {
    const id = `${r.format}/${r.scoreProcesses}p${r.variant === 'default' ? '' : ` (${r.variant})`}`;
    console.log(`  ${id} peak RSS + CPU s: ${r.processes.map((p) => `${p.role} ${p.peakRssMB} MB ${p.cpuSeconds} s`).join(' · ')}`);
    console.log(`  ${id} ingest worker peak RSS at 100k rows ${r.ingestPeakAt100kMB} MB, at ${n(r.rows)} ${r.ingestPeakAtEndMB} MB; max waiting batches ${r.maxWaitingBatches}`);
    const m = r.redisBytesPerPost;
    console.log(`  ${id} Redis per post: aggregates+dedupe ${m.aggregatesAndDedupe} B (dedupe ${m.dedupe}, aggregates ${m.aggregates}), stored posts ${m.storedPosts} B; used_memory ${r.redisUsedMemoryMB} MB (+${m.usedMemoryDelta} B/post)`);
  }
}

export function printApi(a: ApiResult): void {
  console.log(`API (autocannon, ${a.seconds} s per run, dataset of ${n(a.posts)} posts, a week of hourly buckets):`);
  const w = [44, 9, 8, 9, 8, 7, 11, 11, 13, 13];
  const rate = a.endpoints[0]?.at10paced.rate ?? 0;
  console.log(row(['endpoint', 'req/s', 'p99 ms', 'bare/s', 'bare p99', 'ratio', 'p99@10 ms', 'bare@10 ms', `p99@${rate}/s`, `bare@${rate}/s`], w));
  for (const e of a.endpoints) {
    console.log(row([e.path.split('?')[0]!, n(e.at50.moodline.reqPerSec), e.at50.moodline.p99Ms, n(e.at50.bare.reqPerSec), e.at50.bare.p99Ms, e.at50.ratio,
      e.at10.moodline.p99Ms, e.at10.bare.p99Ms, e.at10paced.moodline.p99Ms, e.at10paced.bare.p99Ms], w));
    console.log(`  ${e.bodyBytes} B body; non-2xx ${e.at50.moodline.non2xx + e.at10.moodline.non2xx}, errors ${e.at50.moodline.errors + e.at10.moodline.errors}`);
  }
}

export function printTargets(f: BenchFigures): void {
  const checks: [string, boolean, string][] = [];
  for (const r of f.e2e ?? []) {
    const b = f.bare?.[r.format];
    if (!b) continue;
    const id = `${r.format}/${r.scoreProcesses}p${r.variant === 'default' ? '' : ` ${r.variant}`}`;
    const scaledTo1M = (r.wallSeconds * 1_000_000) / r.rows;
    checks.push([`e2e ${id} ≥ 0.8 × bare (wall)`, r.postsPerSecond >= 0.8 * b.postsPerSecond, (r.postsPerSecond / b.postsPerSecond).toFixed(2)]);
    checks.push([`e2e ${id} capacity ≥ 0.8 × bare (CPU)`, r.capacityPostsPerSecond >= 0.8 * b.postsPerCpuSecond, (r.capacityPostsPerSecond / b.postsPerCpuSecond).toFixed(2)]);
    checks.push([`e2e ${id} 1M posts ≤ 60 s`, scaledTo1M <= 60, `${scaledTo1M.toFixed(1)} s`]);
    checks.push([`ingest RSS < 250 MB (${id})`, r.ingestPeakAtEndMB < 250, `${r.ingestPeakAtEndMB} MB`]);
    if (r.ingestPeakAt100kMB) checks.push([`ingest RSS flat 100k→end ≤ +15% (${id})`, r.ingestPeakAtEndMB <= r.ingestPeakAt100kMB * 1.15, `${r.ingestPeakAt100kMB} → ${r.ingestPeakAtEndMB} MB`]);
    checks.push([`aggregates+dedupe ≤ 150 B/post (${id})`, r.redisBytesPerPost.aggregatesAndDedupe <= 150, `${r.redisBytesPerPost.aggregatesAndDedupe} B`]);
  }
  for (const e of f.api?.endpoints ?? []) {
    const name = e.path.split('?')[0]!.split('/').pop()!;
    checks.push([`API ${name} ≥ 0.6 × bare req/s @50`, e.at50.ratio >= 0.6, String(e.at50.ratio)]);
    checks.push([`API ${name} p99 < 10 ms @10 (closed loop)`, e.at10.moodline.p99Ms < 10, `${e.at10.moodline.p99Ms} ms (bare ${e.at10.bare.p99Ms} ms)`]);
    checks.push([`API ${name} p99 < 10 ms @10, paced to ${e.at10paced.rate} req/s`, e.at10paced.moodline.p99Ms < 10, `${e.at10paced.moodline.p99Ms} ms (bare ${e.at10paced.bare.p99Ms} ms)`]);
  }
  if (!checks.length) return;
  console.log('targets:');
  for (const [what, ok, value] of checks) console.log(`  ${ok ? 'MET   ' : 'MISSED'} ${what}: ${value}`);
}
