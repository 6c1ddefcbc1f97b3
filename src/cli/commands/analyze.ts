import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createAnalyser, type Analyser } from '../../analysis/create-analyser';
import { loadAnalyserResources } from '../../analysis/load-analyser-resources';
import type { CliIo, Command } from '../command';
import { UsageError } from '../command';
import { parseFlags } from '../parse-flags';

const USAGE = `Usage: moodline analyze [FILE|-] [--lang CODE] [--explain]
       moodline analyze --text "POST" [--text "POST"…] [--lang CODE] [--explain]

Scores one post per line (plain text, or a JSON object with "text" and optional "id" and "lang")
and writes one JSON result per line, in the same order. Reads stdin when FILE is - or missing.
  --text POST  score this post instead of reading lines (repeat for several)
  --lang CODE  the posts' language as a hint (en, fr, it, es, de…), for posts that do not carry their own
  --explain    include the cues and words that moved the score and the category

Example: moodline analyze --explain --text "great, no data again, thanks O2"
`;

const jsonPost = z.object({
  text: z.string(),
  id: z.union([z.string(), z.number()]).optional(),
  lang: z.string().optional(),
});

/** One output line for one input line: a result, or {line, error} for a malformed JSON line. */
export function analyzeLine(analyser: Analyser, line: string, lineNo: number, explain: boolean, defaultLang?: string): string {
  let text = line;
  let id: string | number | undefined;
  let lang = defaultLang;
  if (line.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return JSON.stringify({ line: lineNo, error: `invalid JSON: ${(err as Error).message}` });
    }
    const parsed = jsonPost.safeParse(value);
    if (!parsed.success) return JSON.stringify({ line: lineNo, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'post'}: ${i.message}`).join('; ') });
    ({ text, id } = parsed.data);
    lang = parsed.data.lang ?? defaultLang;
  }
  return resultLine(analyser, text, lang, id, explain);
}

/** One post's result as a JSON line, with its id when it came with one. */
function resultLine(analyser: Analyser, text: string, lang: string | undefined, id: string | number | undefined, explain: boolean): string {
  const hint = lang ? { lang } : undefined;
  const result = explain ? analyser.explain(text, hint) : analyser.analyze(text, hint);
  return JSON.stringify(id === undefined ? result : { id, ...result });
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'score posts (one per line, text or JSON) without Redis; --explain shows why',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, { explain: { type: 'boolean', default: false }, text: { type: 'string', multiple: true }, lang: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError('analyze takes at most one FILE (quote a post and pass it with --text "…")');
    const file = positionals[0];
    const texts = values.text ?? [];
    if (texts.length > 0 && file !== undefined) throw new UsageError('give posts with --text or a FILE, not both');
    if (file !== undefined && file !== '-' && !existsSync(file)) {
      throw new UsageError(`no file named "${file}" (to score a post given on the command line, use --text "${file}")`);
    }
    const explain = values.explain === true;
    const analyser = createAnalyser(loadAnalyserResources());
    // Each --text is one post, a newline inside it included: no line reading.
    if (texts.length > 0) {
      io.stdout.write(texts.map((t) => `${resultLine(analyser, t, values.lang, undefined, explain)}\n`).join(''));
      return 0;
    }
    const input = file === undefined || file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    let pending = '';
    // Results go out in ~64 KB writes: one write per line costs a syscall each on files and pipes.
    const flush = async () => {
      const chunk = pending;
      pending = '';
      if (chunk && !io.stdout.write(chunk)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    };
    for await (const line of lines) {
      lineNo += 1;
      pending += `${analyzeLine(analyser, line, lineNo, explain, values.lang)}\n`;
      if (pending.length >= 65_536) await flush();
    }
    await flush();
    return 0;
  },
};
