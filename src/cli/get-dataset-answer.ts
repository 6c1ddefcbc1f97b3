import { loadConfig } from '../config';
import { DATASET_NAME } from '../domain/dataset-name';
import { chooseServer, createApiClient } from './api-client';
import { UsageError } from './command';
import { resolveApiKey } from './resolve-api-key';

/** The flags of a read of one dataset over time (`moodline mood`, `moodline summary`), for parseFlags. */
export const DATASET_READ_FLAGS = {
  dataset: { type: 'string' }, bucket: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  tz: { type: 'string' }, json: { type: 'boolean' }, server: { type: 'string' }, 'api-key': { type: 'string' },
} as const;

/** The options part of such a command's usage; `own` are its own option lines, listed before --json. */
export function datasetReadOptions(jsonInsteadOf: string, own: string[] = []): string {
  return [
    'Options:',
    '  --bucket SIZE   5m, 15m, 30m, 1h (default), 3h, 6h, 12h or 1d',
    "  --from, --to    ISO 8601 instants (default: the dataset's whole time range)",
    '  --tz ZONE       IANA zone for bucket boundaries and times shown (default UTC)',
    ...own,
    `  --json          print the API's JSON answer instead of ${jsonInsteadOf}`,
    '  --server URL    Moodline server (env MOODLINE_URL, default http://127.0.0.1:3000)',
    '  --api-key KEY   bearer token (env MOODLINE_API_KEY)',
    '',
  ].join('\n');
}

export interface DatasetReadValues {
  dataset?: string | undefined;
  bucket?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  tz?: string | undefined;
  server?: string | undefined;
  'api-key'?: string | undefined;
}

/**
 * Checks --dataset, then asks the server the flags and env choose for `GET /api/datasets/:dataset/<read>` with the
 * bucket (default 1h), range and zone flags; the server validates the rest and its errors come back as they are.
 */
export async function getDatasetAnswer<T>(read: 'mood' | 'summary', values: DatasetReadValues, env: NodeJS.ProcessEnv): Promise<T> {
  if (!values.dataset) throw new UsageError('--dataset NAME is required');
  if (!DATASET_NAME.test(values.dataset)) throw new UsageError(`invalid dataset name "${values.dataset}"`);
  const config = loadConfig(env);
  const server = chooseServer(values.server, config.serverUrl);
  const client = createApiClient(server, resolveApiKey(values['api-key'], server, config));
  const query = new URLSearchParams({ bucket: values.bucket ?? '1h' });
  for (const k of ['from', 'to', 'tz'] as const) if (values[k]) query.set(k, values[k]);
  return client.get<T>(`/api/datasets/${values.dataset}/${read}?${query}`);
}
