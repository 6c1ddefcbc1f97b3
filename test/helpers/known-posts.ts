import type { Analyser } from '../../src/analysis/create-analyser';

const TEXTS = [
  'No signal all morning, sort it out @O2 😡',
  'Fair play to the engineers working on the outage, hope you get it fixed soon ❤️',
  'Day 1 without mobile data: I have started talking to my family. They seem nice 😂',
  'O2 says data services are being restored across the UK',
  'I want compensation for this, no data since 5am and I pay £40 a month',
  'is anyone else getting no 4G on giffgaff?',
  'great, no data again, thanks O2 👏',
  'Toujours pas de réseau chez Orange, c’est abusé',
  'Ancora niente internet, che vergogna',
  'Back up and running, thanks for the quick fix!',
];

/** Posts over known UTC hours of 6 Dec 2018: count per hour `HOURS[h]`, a gap at 07:00 and an empty 09:00. */
export const HOURS: Record<string, number> = { '2018-12-06T05': 3, '2018-12-06T06': 5, '2018-12-06T07': 0, '2018-12-06T08': 4, '2018-12-06T09': 0, '2018-12-06T10': 2 };

export interface KnownPost {
  id: string;
  text: string;
  createdAt: string;
}

export function knownPosts(): KnownPost[] {
  const posts: KnownPost[] = [];
  let i = 0;
  for (const [hour, n] of Object.entries(HOURS)) {
    for (let k = 0; k < n; k++, i++) {
      const minute = String((k * 13) % 60).padStart(2, '0');
      posts.push({ id: `p${1000 + i}`, text: TEXTS[i % TEXTS.length]!, createdAt: `${hour}:${minute}:07Z` });
    }
  }
  return posts;
}

export function toCsv(posts: KnownPost[]): string {
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return ['id,created_at,text', ...posts.map((p) => `${p.id},${p.createdAt},${q(p.text)}`)].join('\n') + '\n';
}

/** What the hourly series must hold for these posts, computed from the analyser's own verdicts. */
export function expectedHourly(posts: KnownPost[], analyser: Analyser) {
  const byHour = new Map<string, { posts: number; negative: number; neutral: number; positive: number; complaint: number; support: number; humour: number; other: number; compensation: number; question: number; sum: number; scored: number }>();
  for (const h of Object.keys(HOURS)) byHour.set(`${h}:00:00Z`, { posts: 0, negative: 0, neutral: 0, positive: 0, complaint: 0, support: 0, humour: 0, other: 0, compensation: 0, question: 0, sum: 0, scored: 0 });
  for (const p of posts) {
    const a = analyser.analyze(p.text);
    const b = byHour.get(`${p.createdAt.slice(0, 13)}:00:00Z`)!;
    b.posts++;
    b[a.category]++;
    if (a.flags.compensation) b.compensation++;
    if (a.flags.question) b.question++;
    if (a.supported) {
      b[a.sentiment.label]++;
      b.sum += Math.round(a.sentiment.score * 1000);
      b.scored++;
    }
  }
  return [...byHour].map(([start, b]) => ({
    start,
    posts: b.posts,
    sentiment: { mean: b.scored ? Math.round((b.sum / 1000 / b.scored) * 10_000) / 10_000 : 0, negative: b.negative, neutral: b.neutral, positive: b.positive },
    categories: { complaint: b.complaint, support: b.support, humour: b.humour, other: b.other },
    flags: { compensation: b.compensation, question: b.question },
  }));
}
