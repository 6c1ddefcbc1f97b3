import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../api/create-app';
import { ensureApiKeyFile } from '../../api/embedded-api-key';
import { createAnalyser } from '../../analysis/create-analyser';
import { loadAnalyserResources } from '../../analysis/load-analyser-resources';
import { loadConfig } from '../../config';
import { createLogger } from '../../logging/create-logger';
import { loadSampleOnce, SAMPLE_DATASET } from '../../runtime/load-sample';
import { openCore } from '../../runtime/open-core';
import { runWorkers } from '../../runtime/run-workers';
import type { Command } from '../command';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline serve [--port N] [--host H] [--no-workers] [--score-processes N] [--no-sample]

Starts the API and dashboard, plus (unless --no-workers) an in-process ingest worker and
score-worker child processes. With REDIS_URL unset, a private redis-server is started with
its data under .moodline/redis (append-only file on) and stopped on exit.

Options:
  --port N              port to listen on (env PORT, default 3000; 0 picks a free port)
  --host H              address to bind (env HOST, default 127.0.0.1)
  --no-workers          API only; run workers elsewhere with \`moodline worker\`
  --score-processes N   score worker processes to fork (env MOODLINE_SCORE_PROCESSES, default: CPU count)
  --no-sample           do not load the bundled sample dataset on first start
`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the API, dashboard and workers (embedded Redis when REDIS_URL is unset)',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, {
      port: { type: 'string' }, host: { type: 'string' }, 'no-workers': { type: 'boolean' },
      'score-processes': { type: 'string' }, 'no-sample': { type: 'boolean' },
    }, false);
    const config = loadConfig({
      ...io.env,
      ...(values.port !== undefined ? { PORT: values.port } : {}),
      ...(values.host !== undefined ? { HOST: values.host } : {}),
      ...(values['score-processes'] !== undefined ? { MOODLINE_SCORE_PROCESSES: values['score-processes'] } : {}),
    });
    const logger = createLogger(config.logLevel, 'moodline-serve');
    const core = await openCore(config, logger);
    const analyser = createAnalyser(loadAnalyserResources());
    // The embedded default is never open for writes: it makes a key on first start and keeps it under the data dir.
    const generated = !config.redisUrl && config.apiKeys.length === 0 ? ensureApiKeyFile(config.dataDir) : undefined;
    const app = createApp({
      redis: core.redis, queues: core.queues, uploads: core.uploads, datasets: core.datasets, analyser, logger, keys: core.keys,
      uploadDir: config.uploadDir, maxUploadBytes: config.maxUploadBytes, apiKeys: generated ? [generated.key] : config.apiKeys,
      publicReads: config.publicReads, webDir: path.join(config.repoRoot, 'src', 'web'), writesPerMinute: config.writesPerMinute,
    });
    const server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
    const children: ChildProcess[] = [];
    const inProcess = values['no-workers'] ? undefined : runWorkers(config.scoreProcesses === 0 ? 'all' : 'ingest', core, config, logger);
    if (!values['no-workers']) {
      for (let i = 0; i < config.scoreProcesses; i++) {
        // A capped heap keeps each worker's RSS flat (~170 MB) instead of growing lazily towards V8's default;
        // a 32 MB young generation halves the time spent copying a batch's live posts in minor GCs.
        children.push(fork(path.join(config.repoRoot, 'dist', 'workers', 'score.js'), [], {
          execArgv: ['--max-old-space-size=192', '--max-semi-space-size=32'],
          env: { ...io.env, REDIS_URL: core.redisUrl, DOTENV_CONFIG_QUIET: 'true' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }));
      }
    }
    if (config.loadSample && !values['no-sample'] && (await loadSampleOnce(core, config.repoRoot))) {
      io.stdout.write(`Loading the sample dataset "${SAMPLE_DATASET}"…\n`);
    }
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    io.stdout.write(`Moodline is running at ${url}  (Ctrl-C to stop)\n`);
    io.stdout.write(`  hourly mood: ${url}/api/datasets/${SAMPLE_DATASET}/mood?bucket=1h&tz=Europe/London\n`);
    io.stdout.write(`  API docs:    ${url}/api/docs\n`);
    if (generated?.created) io.stdout.write(`  API key for uploads and deletes (saved in ${generated.file}; paste it in the dashboard's key field, or export MOODLINE_API_KEY):\n    ${generated.key}\n`);
    else if (generated) io.stdout.write(`  API key for uploads and deletes: in ${generated.file}\n`);
    else if (config.apiKeys.length === 0) io.stdout.write('  Warning: MOODLINE_API_KEYS is unset, so uploads and deletes are open to anyone who can reach this server.\n');

    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        io.stderr.write('Stopping Moodline…\n');
        server.close();
        server.closeAllConnections();
        await Promise.all(children.map((c) => new Promise((r) => { if (c.exitCode !== null) r(null); else { c.once('exit', r); c.kill('SIGTERM'); } })));
        await inProcess?.close();
        await core.close();
        resolve(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
  },
};
