/* eslint-disable @typescript-eslint/no-require-imports -- lazy `require` keeps `moodline --help` and client commands from loading the server's dependencies */
import type { Command } from '../command';

/** A sub-command as `moodline --help` lists it; its module (and its heavy imports) loads only when used. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Command;
}

export const commands: CommandEntry[] = [
  { name: 'serve', summary: 'run the API, dashboard and workers (embedded Redis when REDIS_URL is unset)', load: () => (require('./serve') as typeof import('./serve')).serveCommand },
  { name: 'worker', summary: 'run standalone ingest and/or score workers against REDIS_URL', load: () => (require('./worker') as typeof import('./worker')).workerCommand },
  { name: 'ingest', summary: 'upload an export to a running server and follow it until scored', load: () => (require('./ingest') as typeof import('./ingest')).ingestCommand },
  { name: 'mood', summary: 'print hourly (or other bucket) mood of a dataset as a table or JSON', load: () => (require('./mood') as typeof import('./mood')).moodCommand },
  { name: 'summary', summary: 'print what people are saying per bucket: shares, rising words and phrases, sample posts', load: () => (require('./summary') as typeof import('./summary')).summaryCommand },
  { name: 'analyze', summary: 'score posts (one per line, text or JSON) without Redis; --explain shows why', load: () => (require('./analyze') as typeof import('./analyze')).analyzeCommand },
  { name: 'train', summary: 'rebuild the analyser model (data/model) from data/training', load: () => (require('./train') as typeof import('./train')).trainCommand },
];
