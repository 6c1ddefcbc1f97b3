import { loadConfig } from '../../config';
import { CATEGORIES } from '../../domain/analysis';
import { DATASET_NAME } from '../../domain/dataset-name';
import type { SummaryAnswer } from '../../api/summary-reader';
import type { SummaryBucket } from '../../insights/summary-accumulator';
import { chooseServer, createApiClient } from '../api-client';
import { resolveApiKey } from '../resolve-api-key';
import { UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline summary --dataset NAME [--bucket 1h] [--from ISO] [--to ISO] [--tz ZONE] [--samples N] [--json] [--server URL]

Prints what people are saying, bucket by bucket, from a running Moodline server: per bucket with
posts its count and mean sentiment, the shares of complaints, support, humour and other posts,
compensation demands, the languages, the words and phrases rising most against the whole range,
and the most representative post of each category. Empty buckets are left out.

Options:
  --bucket SIZE   5m, 15m, 30m, 1h (default), 3h, 6h, 12h or 1d
  --from, --to    ISO 8601 instants (default: the dataset's whole time range)
  --tz ZONE       IANA zone for bucket boundaries and times shown (default UTC)
  --samples N     representative posts shown per category and bucket, 0 to 3 (default 1)
  --json          print the API's JSON answer instead of text
  --server URL    Moodline server (env MOODLINE_URL, default http://127.0.0.1:3000)
  --api-key KEY   bearer token (env MOODLINE_API_KEY)
`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'print what people are saying per bucket: shares, rising words and phrases, sample posts',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, {
      dataset: { type: 'string' }, bucket: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      tz: { type: 'string' }, samples: { type: 'string' }, json: { type: 'boolean' }, server: { type: 'string' }, 'api-key': { type: 'string' },
    }, false);
    if (!values.dataset) throw new UsageError('--dataset NAME is required');
    if (!DATASET_NAME.test(values.dataset)) throw new UsageError(`invalid dataset name "${values.dataset}"`);
    if (!/^[0-3]$/.test(values.samples ?? '1')) throw new UsageError(`--samples must be 0, 1, 2 or 3 (got "${values.samples}")`);
    const samples = Number(values.samples ?? '1');
    const config = loadConfig(io.env);
    const server = chooseServer(values.server, config.serverUrl);
    const client = createApiClient(server, resolveApiKey(values['api-key'], server, config));
    const query = new URLSearchParams({ bucket: values.bucket ?? '1h' });
    for (const k of ['from', 'to', 'tz'] as const) if (values[k]) query.set(k, values[k]);
    const answer = await client.get<SummaryAnswer>(`/api/datasets/${values.dataset}/summary?${query}`);
    io.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : formatSummary(answer, samples));
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
  const languages = Object.entries(b.languages).slice(0, 3).map(([lang, n]) => `${lang} ${percent(n, b.posts)}`).join(' ');
  const lines = [`${b.start}  ${b.posts} posts · mean ${b.sentiment.mean.toFixed(2)} · ${shares}${extras}${languages ? ` · ${languages}` : ''}`];
  if (b.topTerms.length > 0) lines.push(`  saying: ${b.topTerms.map((t) => t.term).join(', ')}`);
  if (samples > 0) {
    for (const c of CATEGORIES) for (const p of b.samples[c].slice(0, samples)) lines.push(`  ${c}: "${oneLine(p.text)}"`);
  }
  return lines;
}
