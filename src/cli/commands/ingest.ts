import fs from 'node:fs';
import { loadConfig } from '../../config';
import { DATASET_NAME } from '../../domain/dataset-name';
import type { UploadReport } from '../../domain/upload-report';
import { chooseServer, createApiClient } from '../api-client';
import { resolveApiKey } from '../resolve-api-key';
import { UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';
import { createProgressReporter } from '../progress-reporter';

const usage = `Usage: moodline ingest FILE --dataset NAME [--server URL] [--api-key KEY] [--json] [--no-wait]
                       [--format FORMAT] [--map text=COL,time=COL,...] [--tz ZONE]

Uploads an export of posts to a running Moodline server and follows it until every post is scored.
Formats are detected from the content (CSV/TSV, NDJSON, JSON array, X archive, Twitter API v2,
Mastodon, Bluesky, Reddit; .gz and .zip); --format overrides detection.

Options:
  --dataset NAME   dataset to add the posts to (letters, digits, _ and -)
  --server URL     Moodline server (env MOODLINE_URL, default http://127.0.0.1:3000)
  --api-key KEY    bearer token for servers that require one (env MOODLINE_API_KEY; for a server
                   on this machine, the key 'moodline serve' generated under .moodline/)
  --json           print the final upload report as one JSON object on stdout
  --no-wait        return once the upload is accepted; print its id and status URL
  --map SPEC       which columns hold the fields, e.g. text=Full Text,time=Date
  --tz ZONE        IANA zone for times written without an offset (default UTC)

Exit codes: 0 done, 1 failed or server error, 2 bad arguments.
`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'upload an export to a running server and follow it until scored',
  usage,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      dataset: { type: 'string' }, server: { type: 'string' }, 'api-key': { type: 'string' }, json: { type: 'boolean' },
      'no-wait': { type: 'boolean' }, format: { type: 'string' }, map: { type: 'string' }, tz: { type: 'string' },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('give exactly one FILE to ingest');
    if (!values.dataset) throw new UsageError('--dataset NAME is required');
    if (!DATASET_NAME.test(values.dataset)) throw new UsageError(`invalid dataset name "${values.dataset}": use 1–64 letters, digits, "_" or "-"`);
    try {
      if (!(await fs.promises.stat(file)).isFile()) throw new Error('not a regular file');
    } catch (err) {
      io.stderr.write(`moodline ingest: cannot read ${file}: ${(err as Error).message}\n`);
      return 1;
    }
    const config = loadConfig(io.env);
    const server = chooseServer(values.server, config.serverUrl);
    const client = createApiClient(server, resolveApiKey(values['api-key'], server, config));
    const query = new URLSearchParams();
    for (const k of ['format', 'map', 'tz'] as const) if (values[k]) query.set(k, values[k]);
    const qs = query.size ? `?${query}` : '';
    const accepted = await client.upload<{ uploadId: string; statusUrl: string }>(`/api/datasets/${values.dataset}/uploads${qs}`, file);
    if (values['no-wait']) {
      io.stdout.write(values.json ? `${JSON.stringify(accepted)}\n` : `Upload ${accepted.uploadId} accepted; status: ${accepted.statusUrl}\n`);
      return 0;
    }
    const progress = createProgressReporter(io.stderr);
    let report: UploadReport;
    for (;;) {
      report = await client.get<UploadReport>(accepted.statusUrl);
      progress.update(report);
      if (report.state === 'done' || report.state === 'failed') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    progress.end();
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return report.state === 'done' ? 0 : 1;
  },
};

function formatReport(r: UploadReport): string {
  const lines = [
    `Upload ${r.uploadId} to "${r.dataset}": ${r.state}${r.error ? ` — ${r.error}` : ''}`,
    `  rows read   ${r.accepted + r.duplicates + r.rejected}`,
    `  accepted    ${r.accepted}`,
    `  duplicates  ${r.duplicates}`,
    `  rejected    ${r.rejected}`,
  ];
  for (const [reason, n] of Object.entries(r.rejectedByReason)) lines.push(`    ${n} × ${reason}`);
  for (const e of r.errors.slice(0, 10)) lines.push(`  line ${e.line}: ${e.reason}`);
  if (r.errors.length > 10) lines.push(`  … ${r.rejected - 10} more rejected rows (GET ${'/api/uploads/' + r.uploadId})`);
  return `${lines.join('\n')}\n`;
}
