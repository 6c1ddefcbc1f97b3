import { runWorkerProcess } from '../../runtime/run-worker-process';
import { UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

const usage = `Usage: moodline worker --role ingest|score|all

Runs standalone workers against REDIS_URL (required) until SIGTERM/SIGINT. Start as many score
workers, on as many machines, as you like: results are identical to one worker's.

  --role ingest   parse uploaded files into score batches (needs the upload folder, MOODLINE_UPLOAD_DIR)
  --role score    analyse batches and write aggregates
  --role all      both in one process
`;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'run standalone ingest and/or score workers against REDIS_URL',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, { role: { type: 'string' } }, false);
    const role = values.role;
    if (role !== 'ingest' && role !== 'score' && role !== 'all') throw new UsageError('--role must be ingest, score or all');
    if (!io.env.REDIS_URL) {
      io.stderr.write('moodline worker: REDIS_URL is required (workers join an existing Redis; `moodline serve` embeds one)\n');
      return 2;
    }
    await runWorkerProcess(role, io.env);
    return new Promise<number>(() => undefined); // runs until a signal ends the process
  },
};
