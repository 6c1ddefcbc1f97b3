import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { ingestCommand } from './ingest';
import { moodCommand } from './mood';
import { serveCommand } from './serve';
import { trainCommand } from './train';
import { workerCommand } from './worker';

export const commands: Command[] = [serveCommand, workerCommand, ingestCommand, moodCommand, analyzeCommand, trainCommand];
