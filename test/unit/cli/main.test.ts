import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/main';

function io() {
  const out = { stdout: '', stderr: '' };
  const sink = (k: 'stdout' | 'stderr') => {
    const s = new PassThrough();
    s.on('data', (d: Buffer) => (out[k] += d.toString()));
    return s;
  };
  return { out, io: { stdin: new PassThrough(), stdout: sink('stdout'), stderr: sink('stderr'), env: {} } };
}

describe('moodline (CLI entry)', () => {
  it('lists every command with --help and exits 0', async () => {
    const { out, io: cli } = io();
    expect(await main(['--help'], cli)).toBe(0);
    for (const name of ['serve', 'worker', 'ingest', 'mood', 'summary', 'analyze', 'train']) expect(out.stdout).toContain(`  ${name} `);
  });

  it('prints a command’s usage for `<command> --help`', async () => {
    const { out, io: cli } = io();
    expect(await main(['ingest', '--help'], cli)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: moodline ingest FILE --dataset NAME/);
  });

  it('exits 2 for an unknown command or flag, saying what was wrong', async () => {
    const a = io();
    expect(await main(['bogus'], a.io)).toBe(2);
    expect(a.out.stderr).toContain("unknown command 'bogus'");
    const b = io();
    expect(await main(['mood', '--dataset', 'x', '--colour'], b.io)).toBe(2);
    expect(b.out.stderr).toMatch(/--colour/);
  });

  it('exits 2 for a summary without a dataset or with --samples out of range', async () => {
    const none = io();
    expect(await main(['summary'], none.io)).toBe(2);
    expect(none.out.stderr).toContain('--dataset NAME is required');
    const many = io();
    expect(await main(['summary', '--dataset', 'x', '--samples', '9'], many.io)).toBe(2);
    expect(many.out.stderr).toContain('--samples must be 0, 1, 2 or 3');
  });
});
