/**
 * Analysis throughput on one core (100k generated posts, full analyze()) against the JS VADER port
 * in the same run, and the memory the loaded analyser holds. `benchAnalysis()` returns the figures;
 * run directly (`node dist/scripts/bench-analysis.js [N]`) to print them.
 */
import { createAnalyser } from '../src/analysis/create-analyser';
import { loadAnalyserResources } from '../src/analysis/load-analyser-resources';

export interface AnalysisBench {
  posts: number;
  postsPerSecond: number;
  vaderPosts: number;
  vaderPostsPerSecond: number;
  speedupOverVader: number;
  /** Heap held by the loaded analyser (resources + compiled tables), after GC when available. */
  analyserHeapMB: number;
  heapUsedMB: number;
  rssMB: number;
  loadMs: number;
}

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}

const OPENERS = ['@O2', '@VodafoneUK', 'RT @news:', '', '', 'Honestly', 'lol', '@Orange', '@TIM_Official', '@movistar_es', '@Telekom_hilft'];
const BODIES = [
  'no signal all morning, sort it out',
  'great, no data again, thanks',
  'fair play to the engineers working through the night',
  'day 2 without wifi, talking to my family now, they seem nice',
  'is anyone else getting no 4G in Leeds?',
  'I want compensation for three days without internet',
  'back up and running, cheers for the quick fix!',
  'the network is SOOOO slow tonight, cannot even load a page',
  "toujours pas de réseau chez moi depuis ce matin, c'est inadmissible",
  'ancora niente linea a casa, che vergogna, voglio il rimborso',
  'otra vez sin cobertura, qué vergüenza',
  'schon wieder kein Netz, echt eine Frechheit',
  'service status page says everything is fine https://status.example.com/x',
  'not bad at all, speeds are actually decent today',
];
const TAILS = ['', '😡', '😂😂', '❤️', '👏🏽', ':(', ':)', '#O2outage', '#NoSignalAgain', '!!!', '&amp; still waiting', '🙄'];

/** Deterministic mix of outage posts in five languages with mentions, emoji, hashtags and URLs. */
export function generatePosts(n: number): string[] {
  const posts: string[] = [];
  let seed = 12345;
  const next = (m: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % m;
  };
  for (let i = 0; i < n; i++) {
    posts.push(`${OPENERS[next(OPENERS.length)]} ${BODIES[next(BODIES.length)]} ${i % 7 === 0 ? 'day ' + (i % 31) : ''} ${TAILS[next(TAILS.length)]}`.trim());
  }
  return posts;
}

function mb(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timeRun(posts: readonly string[], f: (text: string) => unknown): number {
  let sink = 0;
  const started = process.hrtime.bigint();
  for (const p of posts) if (f(p)) sink++;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return sink >= 0 ? posts.length / seconds : 0;
}

/** Measures throughput and memory; call with --expose-gc for exact heap figures. */
export function benchAnalysis(n = 100_000, vaderN = 10_000): AnalysisBench {
  const posts = generatePosts(n);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = process.hrtime.bigint();
  const analyser = createAnalyser(loadAnalyserResources());
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  gc();
  const analyserHeap = process.memoryUsage().heapUsed - heapBefore;
  timeRun(posts.slice(0, 5000), (t) => analyser.analyze(t));
  const postsPerSecond = timeRun(posts, (t) => analyser.analyze(t));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vader = (require('vader-sentiment') as VaderModule).SentimentIntensityAnalyzer;
  const vaderPosts = posts.slice(0, vaderN);
  timeRun(vaderPosts.slice(0, 500), (t) => vader.polarity_scores(t));
  const vaderPostsPerSecond = timeRun(vaderPosts, (t) => vader.polarity_scores(t));
  const mem = process.memoryUsage();
  return {
    posts: n,
    postsPerSecond: Math.round(postsPerSecond),
    vaderPosts: vaderN,
    vaderPostsPerSecond: Math.round(vaderPostsPerSecond),
    speedupOverVader: Math.round((postsPerSecond / vaderPostsPerSecond) * 10) / 10,
    analyserHeapMB: mb(analyserHeap),
    heapUsedMB: mb(mem.heapUsed),
    rssMB: mb(mem.rss),
    loadMs: Math.round(loadMs),
  };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 100_000);
  const r = benchAnalysis(Number.isFinite(n) && n > 0 ? n : 100_000);
  console.log(`full analysis: ${r.postsPerSecond.toLocaleString('en-US')} posts/s over ${r.posts.toLocaleString('en-US')} posts (one core)`);
  console.log(`vader-sentiment: ${r.vaderPostsPerSecond.toLocaleString('en-US')} posts/s over ${r.vaderPosts.toLocaleString('en-US')} posts — moodline is ${r.speedupOverVader}× faster`);
  console.log(`loaded analyser: ${r.analyserHeapMB} MB heap (load ${r.loadMs} ms); process heap ${r.heapUsedMB} MB, RSS ${r.rssMB} MB`);
}
