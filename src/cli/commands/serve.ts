import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../api/create-app';
import { ensureApiKeyFile } from '../../api/embedded-api-key';
import { loadConfig } from '../../config';
import { createLogger } from '../../logging/create-logger';
import { loadSampleOnce, SAMPLE_DATASET } from '../../runtime/load-sample';
import { forkWorker, type ForkedWorker } from '../../runtime/fork-worker';
import { openCore } from '../../runtime/open-core';
import { runWorkers } from '../../runtime/run-workers';
import { startAnalyserThread } from '../../runtime/start-analyser-thread';
import type { Command } from '../command';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline serve [--port N] [--host H] [--no-workers] [--score-processes N] [--no-sample]

Starts the API and dashboard, plus (unless --no-workers) an ingest-worker process and
score-worker processes; a worker that exits on its own is started again. With REDIS_URL
unset, a private redis-server is started with its data under .moodline/redis (append-only
file on) and stopped on exit.

Options:
  --port N              port to listen on (env PORT, default 3000; 0 picks a free port)
  --host H              address to bind (env HOST, default 127.0.0.1)
  --no-workers          API only; run workers elsewhere with \`moodline worker\`
  --score-processes N   score worker processes to fork (env MOODLINE_SCORE_PROCESSES, default: CPU count);
                        0 runs every worker inside this process instead
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
    const analysis = startAnalyserThread({ repoRoot: config.repoRoot, logger });
    // The embedded default is never open for writes: it makes a key on first start and keeps it under the data dir.
    const generated = !config.redisUrl && config.apiKeys.length === 0 ? ensureApiKeyFile(config.dataDir) : undefined;
    const app = createApp({
      redis: core.redis, queues: core.queues, uploads: core.uploads, datasets: core.datasets, analysis, logger, keys: core.keys,
      uploadDir: config.uploadDir, maxUploadBytes: config.maxUploadBytes, apiKeys: generated ? [generated.key] : config.apiKeys,
      publicReads: config.publicReads, webDir: path.join(config.repoRoot, 'src', 'web'), writesPerMinute: config.writesPerMinute,
    });
    const server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
    // Workers: none (--no-workers), all inside this process (--score-processes 0), or forked processes.
    const workers = values['no-workers'] ? 'none' : config.scoreProcesses === 0 ? 'in-process' : 'forked';
    const inProcess = workers === 'in-process' ? runWorkers('all', core, config, logger) : undefined;
    const children: ForkedWorker[] = [];
    if (workers === 'forked') {
      const fork = { repoRoot: config.repoRoot, env: { ...io.env, REDIS_URL: core.redisUrl, DOTENV_CONFIG_QUIET: 'true' }, logger };
      children.push(forkWorker('ingest', fork));
      for (let i = 0; i < config.scoreProcesses; i++) children.push(forkWorker('score', fork));
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
        await Promise.all(children.map((c) => c.stop()));
        await inProcess?.close();
        await analysis.close();
        await core.close();
        resolve(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
  },
};
