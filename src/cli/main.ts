import fs from 'node:fs';
import path from 'node:path';
import type { CliIo, Command } from './command';
import { UsageError } from './command';
import { commands } from './commands';

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'moodline — how the public feels about your outage, hour by hour',
    '',
    'Usage: moodline <command> [options]      (moodline <command> --help for details)',
    '',
    'Commands:',
    ...lines,
    '',
    'Environment: REDIS_URL (unset: a private redis-server is started), PORT (3000), HOST (127.0.0.1),',
    '  MOODLINE_URL and MOODLINE_API_KEY for client commands, MOODLINE_API_KEYS to require keys on writes.',
    '',
  ].join('\n');
}

/** Runs one CLI invocation and resolves to its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`moodline: unknown command '${name}'\n\n${helpText()}`);
    return 2;
  }
  const command: Command = entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`moodline ${name}: ${err.message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    io.stderr.write(`moodline ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
