import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import type { CliIo } from '../../../src/cli/command';

async function run(args: string[], input = ''): Promise<{ code: number; lines: string[]; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const io: CliIo = { stdin, stdout, stderr, env: {} };
  const code = await analyzeCommand.run(args, io);
  return { code, lines: out.split('\n').filter((l) => l.length > 0), stderr: err };
}

describe('analyzeCommand', () => {
  it('scores plain-text lines from stdin in order', async () => {
    const { code, lines } = await run([], 'No signal all morning, sort it out @O2 😡\nFair play to the engineers, legends ❤️\n');
    expect(code).toBe(0);
    const results = lines.map((l) => JSON.parse(l));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ category: 'complaint', sentiment: { label: 'negative' } });
    expect(results[1]).toMatchObject({ category: 'support', sentiment: { label: 'positive' } });
  });

  it('keeps the id of JSON posts and uses their lang as a hint', async () => {
    const { lines } = await run(['-'], '{"id":"a1","text":"sin red otra vez","lang":"es"}\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'a1', lang: 'es' });
  });

  it('reports a malformed JSON line on its own output line and carries on', async () => {
    const { code, lines } = await run([], '{"text": broken\n{"id":1}\nok fine\n');
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toEqual({ line: 1, error: expect.stringContaining('invalid JSON') });
    expect(JSON.parse(lines[1]!)).toEqual({ line: 2, error: expect.stringContaining('text') });
    expect(JSON.parse(lines[2]!)).toHaveProperty('sentiment');
  });

  it('reads a file and explains with --explain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moodline-analyze-'));
    try {
      const file = join(dir, 'posts.txt');
      writeFileSync(file, 'great, no data again, thanks O2\n');
      const { lines } = await run([file, '--explain']);
      const result = JSON.parse(lines[0]!);
      expect(result.category).toBe('complaint');
      expect(result.explain.sentiment.sarcasm).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects more than one file', async () => {
    await expect(run(['a', 'b'])).rejects.toThrow('at most one FILE');
  });

  it('scores posts given with --text, one result each, a newline inside a post included', async () => {
    const { code, lines } = await run(['--text', 'great, no data again, thanks O2', '--text', 'Fair play to the engineers\nlegends', '--explain']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ category: 'complaint', explain: { sentiment: { sarcasm: true } } });
    expect(JSON.parse(lines[1]!).explain.tokens).toEqual(expect.arrayContaining(['engineers', 'legends']));
  });

  it('takes --lang as the hint for posts that carry no lang of their own', async () => {
    const { lines } = await run(['--lang', 'de', '--explain'], 'Drecksladen echt\n{"text":"sin red","lang":"es"}\n');
    expect(JSON.parse(lines[0]!).explain.language.hint).toBe('de');
    expect(JSON.parse(lines[1]!).explain.language.hint).toBe('es');
  });

  it('says a missing FILE is missing and points a post typed in its place to --text', async () => {
    await expect(run(['no signal again'])).rejects.toThrow('no file named "no signal again" (to score a post given on the command line, use --text');
    await expect(run(['--text', 'a', 'posts.txt'])).rejects.toThrow('not both');
  });
});
