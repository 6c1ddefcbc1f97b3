import { CATEGORIES } from '../../domain/analysis';
import type { SummaryAnswer } from '../../api/summary-reader';
import type { SummaryBucket } from '../../insights/summary-accumulator';
import { UsageError, type Command } from '../command';
import { DATASET_READ_FLAGS, datasetReadOptions, getDatasetAnswer } from '../get-dataset-answer';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline summary --dataset NAME [--bucket 1h] [--from ISO] [--to ISO] [--tz ZONE] [--samples N] [--json] [--server URL]

Prints what people are saying, bucket by bucket, from a running Moodline server: per bucket with
posts its count and mean sentiment, the shares of complaints, support, humour and other posts,
compensation demands, the languages, the words and phrases rising most against the whole range,
and the most representative post of each category. Empty buckets are left out.

${datasetReadOptions('text', ['  --samples N     representative posts shown per category and bucket, 0 to 3 (default 1)'])}`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'print what people are saying per bucket: shares, rising words and phrases, sample posts',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, { ...DATASET_READ_FLAGS, samples: { type: 'string' } }, false);
    if (!/^[0-3]$/.test(values.samples ?? '1')) throw new UsageError(`--samples must be 0, 1, 2 or 3 (got "${values.samples}")`);
    const answer = await getDatasetAnswer<SummaryAnswer>('summary', values, io.env);
    io.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : formatSummary(answer, Number(values.samples ?? '1')));
    return 0;
  },
};

const SAMPLE_CHARS = 120;
const percent = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;
const oneLine = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SAMPLE_CHARS ? `${flat.slice(0, SAMPLE_CHARS - 1)}…` : flat;
};

/** The summary as text: a header, then a block per bucket with posts. */
export function formatSummary(a: SummaryAnswer, samples = 1): string {
  const withPosts = a.buckets.filter((b) => b.posts > 0);
  const total = withPosts.reduce((n, b) => n + b.posts, 0);
  const head = [`Summary of "${a.dataset}" by ${a.bucket} (${a.tz}): ${total} posts in ${withPosts.length} buckets with posts`];
  if (a.truncated) head.push(`(the range holds more posts than one summary reads: words and samples cover the first ${a.scanned})`);
  if (withPosts.length === 0) return `${head.join('\n')}\n`;
  return `${[...head, '', ...withPosts.flatMap((b) => [...bucketLines(b, samples), ''])].join('\n')}`;
}

function bucketLines(b: SummaryBucket, samples: number): string[] {
  const shares = CATEGORIES.map((c) => `${c} ${percent(b.categories[c], b.posts)}`).join(' · ');
  const extras = b.flags.compensation > 0 ? ` · compensation ${percent(b.flags.compensation, b.posts)}` : '';
  // Shares of the posts the summary read (fewer than `posts` when it was truncated), as the dashboard gives them.
  const read = Object.values(b.languages).reduce((n, k) => n + k, 0);
  const languages = Object.entries(b.languages).slice(0, 3).map(([lang, n]) => `${lang} ${percent(n, read)}`).join(' ');
  const lines = [`${b.start}  ${b.posts} posts · mean ${b.sentiment.mean.toFixed(2)} · ${shares}${extras}${languages ? ` · ${languages}` : ''}`];
  if (b.topTerms.length > 0) lines.push(`  saying: ${b.topTerms.map((t) => t.term).join(', ')}`);
  if (samples > 0) {
    for (const c of CATEGORIES) for (const p of b.samples[c].slice(0, samples)) lines.push(`  ${c}: "${oneLine(p.text)}"`);
  }
  return lines;
}
