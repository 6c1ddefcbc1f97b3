import { readApiKeyFile } from '../api/embedded-api-key';
import type { Config } from '../config';

/**
 * The bearer key a client command sends: `--api-key`, else MOODLINE_API_KEY, else — for a server on
 * this machine — the key the embedded default generated under the data dir, so `npm start` followed
 * by `moodline ingest` just works.
 */
export function resolveApiKey(flag: string | undefined, server: string, config: Config): string | undefined {
  if (flag) return flag;
  if (config.apiKey) return config.apiKey;
  const host = new URL(server).hostname;
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) ? readApiKeyFile(config.dataDir) : undefined;
}
