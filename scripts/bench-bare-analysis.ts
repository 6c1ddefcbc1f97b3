/** Bare in-process analysis over exactly the posts of a benchmark export, on one core, in the same run. */
import { createAnalyser } from '../src/analysis/create-analyser';
import { loadAnalyserResources } from '../src/analysis/load-analyser-resources';
import { exportRows, type ExportFormat } from './bench-export';

export interface BareAnalysisResult {
  posts: number;
  seconds: number;
  postsPerSecond: number;
  /** Posts per CPU-second of this process (robust when other work shares the machine). */
  postsPerCpuSecond: number;
}

/** Analyses rows 0..count of the export as the score worker would (NDJSON rows carry their language hint). */
export function benchBareAnalysis(count: number, format: ExportFormat): BareAnalysisResult {
  const analyser = createAnalyser(loadAnalyserResources());
  for (const r of exportRows({ count: 5000, span: count })) analyser.analyze(r.text); // warm up the JIT
  // The rows are generated before the clock starts: only the analysis is timed (generating costs ~1 µs a post).
  const texts: string[] = [];
  const hints: Array<{ lang: string } | undefined> = [];
  for (const r of exportRows({ count })) {
    texts.push(r.text);
    hints.push(format === 'ndjson' ? { lang: r.lang } : undefined);
  }
  let sink = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) {
    if (analyser.analyze(texts[i] as string, hints[i]).supported) sink++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { posts: count, seconds: Math.round(seconds * 100) / 100, postsPerSecond: sink >= 0 ? Math.round(count / seconds) : 0, postsPerCpuSecond: Math.round(count / cpuSeconds) };
}
