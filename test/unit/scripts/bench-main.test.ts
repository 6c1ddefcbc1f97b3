import { benchMain } from '../../../scripts/bench-main';

describe('npm run bench: arguments', () => {
  let out: jest.SpyInstance;
  let err: jest.SpyInstance;
  beforeEach(() => {
    out = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('prints what every bench measures for --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      out.mockClear();
      await expect(benchMain([flag])).resolves.toBe(0);
      const text = out.mock.calls.flat().join('\n');
      for (const bench of ['all', 'e2e', 'scaling', 'ingest', 'formats', 'analysis', 'api', 'soak', '--posts', '--minutes']) expect(text).toContain(bench);
    }
  });

  it('refuses an unknown bench, an unknown flag or a bad number with exit 2 and the usage, before starting anything', async () => {
    await expect(benchMain(['fast'])).resolves.toBe(2);
    expect(err.mock.calls.flat().join('\n')).toContain('unknown bench "fast"');
    await expect(benchMain(['--bogus'])).resolves.toBe(2);
    expect(err.mock.calls.flat().join('\n')).toContain("Unknown option '--bogus'");
    for (const bad of [['e2e', '--posts', '0'], ['e2e', '--posts', '12x'], ['e2e', '--posts', '1.5'], ['soak', '--minutes=-1'], ['soak', '--minutes', 'ten']]) {
      err.mockClear();
      await expect(benchMain(bad)).resolves.toBe(2);
      expect(err.mock.calls.flat().join('\n')).toMatch(/--(posts|minutes) must be a positive/);
    }
  });
});
