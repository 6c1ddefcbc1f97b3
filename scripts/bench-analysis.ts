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
const MIDDLES = [
  'I work from home and have had to use my phone as a hotspot all day.',
  'Been on hold for 45 minutes and the line just went dead.',
  'The status page still says there are no known issues in my area, which is a lie.',
  'Honestly the engineers are doing their best, it is the comms that are awful.',
  'My kids think the world has ended lol.',
  'Third time this month, I am seriously thinking about switching provider.',
  'Fair play, it was back within the hour.',
  'Anyone know if there is an ETA?',
  "Ça fait trois jours que j'appelle le service client sans réponse.",
  'Ho chiamato tre volte e nessuno sa dirmi niente.',
  'He llamado tres veces y nadie me da una solución.',
  'Ich habe dreimal angerufen und niemand weiß etwas.',
  '',
  '',
];
const TAILS = ['', '😡', '😂😂', '❤️', '👏🏽', ':(', ':)', '#O2outage', '#NoSignalAgain', '!!!', '&amp; still waiting', '🙄'];

/** Deterministic mix of tweet-length outage posts in five languages with mentions, emoji, hashtags and URLs. */
export function generatePosts(n: number): string[] {
  const posts: string[] = [];
  let seed = 12345;
  const next = (m: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % m;
  };
  for (let i = 0; i < n; i++) {
    const day = i % 7 === 0 ? `day ${i % 31}` : '';
    posts.push(`${OPENERS[next(OPENERS.length)]} ${BODIES[next(BODIES.length)]} ${MIDDLES[next(MIDDLES.length)]} ${day} ${TAILS[next(TAILS.length)]}`.trim());
  }
  return posts;
}

function mb(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU-seconds of this process for one pass: "one core" even when other work shares the machine. */
function cpuSeconds(posts: readonly string[], f: (text: string) => unknown): number {
  let sink = 0;
  const started = process.cpuUsage();
  for (const p of posts) if (f(p)) sink++;
  const used = process.cpuUsage(started);
  return sink >= 0 ? (used.user + used.system) / 1e6 : 0;
}

const ROUNDS = 10;

/** Runs both tools in interleaved rounds, so a busy spell on the machine hits both alike. */
function interleaved(a: readonly string[], fa: (t: string) => unknown, b: readonly string[], fb: (t: string) => unknown): [number, number] {
  let secondsA = 0;
  let secondsB = 0;
  for (let r = 0; r < ROUNDS; r++) {
    secondsA += cpuSeconds(a.slice((r * a.length) / ROUNDS, ((r + 1) * a.length) / ROUNDS), fa);
    secondsB += cpuSeconds(b.slice((r * b.length) / ROUNDS, ((r + 1) * b.length) / ROUNDS), fb);
  }
  return [a.length / secondsA, b.length / secondsB];
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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vader = (require('vader-sentiment') as VaderModule).SentimentIntensityAnalyzer;
  const vaderPosts = posts.slice(0, vaderN);
  const analyse = (t: string): unknown => analyser.analyze(t);
  const score = (t: string): unknown => vader.polarity_scores(t);
  cpuSeconds(posts.slice(0, 20_000), analyse);
  cpuSeconds(vaderPosts.slice(0, 1000), score);
  const [postsPerSecond, vaderPostsPerSecond] = interleaved(posts, analyse, vaderPosts, score);
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
