import type { MoodAnswer } from '../../api/mood-reader';
import type { Command } from '../command';
import { DATASET_READ_FLAGS, datasetReadOptions, getDatasetAnswer } from '../get-dataset-answer';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline mood --dataset NAME [--bucket 1h] [--from ISO] [--to ISO] [--tz ZONE] [--json] [--server URL]

Prints the mood of a dataset over time from a running Moodline server: per bucket the number of
posts, the mean sentiment (-1..1), the negative/neutral/positive counts, the complaint / support /
humour / other counts, and the posts demanding compensation and those asking a question. Empty
buckets are shown as zeros. Under the table: when the mood turned (the share of negative posts
moved to a new level by 10 points or more), the most negative bucket, and whether the latest
buckets are getting better or worse.

${datasetReadOptions('a table')}`;

export const moodCommand: Command = {
  name: 'mood',
  summary: 'print hourly (or other bucket) mood of a dataset as a table or JSON',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, DATASET_READ_FLAGS, false);
    const answer = await getDatasetAnswer<MoodAnswer>('mood', values, io.env);
    io.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : formatMood(answer));
    return 0;
  },
};

export function formatMood(a: MoodAnswer): string {
  const head = ['start', 'posts', 'mean', 'neg', 'neu', 'pos', 'complaint', 'support', 'humour', 'other', 'compensation', 'question'];
  const rows = a.series.map((b) => [
    b.start, String(b.posts), b.sentiment.mean.toFixed(3), String(b.sentiment.negative), String(b.sentiment.neutral),
    String(b.sentiment.positive), String(b.categories.complaint), String(b.categories.support), String(b.categories.humour), String(b.categories.other),
    String(b.flags.compensation), String(b.flags.question),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const title = `Mood of "${a.dataset}" by ${a.bucket} (${a.tz})`;
  if (rows.length === 0) return `${title}: no posts yet\n`;
  return [title, fmt(head), ...rows.map(fmt), '', ...moodNotes(a)].join('\n') + '\n';
}

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
const TREND_WORDS = { steady: 'steady', unclear: 'no clear change (too few posts)', worse: 'getting worse', better: 'getting better' };

/** The turns, the most negative bucket and the latest trend, one line each, under the table. */
export function moodNotes(a: Pick<MoodAnswer, 'turns' | 'trend' | 'mostNegative'>): string[] {
  const lines = a.turns.map((t) => `Mood turned ${t.direction} at ${t.start}: negative ${pct(t.before.negativeShare)} -> ${pct(t.after.negativeShare)} of posts (mean ${t.before.mean.toFixed(3)} -> ${t.after.mean.toFixed(3)})`);
  if (lines.length === 0) lines.push('Mood turns: none (no lasting shift of the negative share by 10 points or more)');
  if (a.mostNegative) lines.push(`Most negative bucket: ${a.mostNegative.start}, ${pct(a.mostNegative.negativeShare)} of ${a.mostNegative.posts} posts negative`);
  const t = a.trend;
  lines.push(t
    ? `Latest: ${TREND_WORDS[t.direction]}, negative ${pct(t.previous.negativeShare)} -> ${pct(t.recent.negativeShare)} (last buckets with posts from ${t.recent.from})`
    : 'Latest: too few recent posts to tell a trend');
  return lines;
}
