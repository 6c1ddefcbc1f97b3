import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const compose = (...args: string[]) =>
  spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { cwd: root, encoding: 'utf8' });

describe('docker-compose.yml', () => {
  it('is valid for docker-compose (install Debian package docker-compose to run this check)', () => {
    const r = compose('config', '-q');
    if (r.error) throw new Error(`docker-compose is not installed: apt-get install -y docker-compose (${r.error.message})`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('declares redis, the API, the ingest worker and a scalable score worker', () => {
    expect(compose('config', '--services').stdout.trim().split('\n').sort()).toEqual(['api', 'ingest', 'redis', 'score']);
  });

  it('runs Redis append-only with noeviction and a healthcheck', () => {
    const cfg = compose('config').stdout;
    expect(cfg).toMatch(/--appendonly\W+yes/);
    expect(cfg).toContain('noeviction');
    expect(cfg).toMatch(/healthcheck:[\s\S]*redis-cli/);
  });
});
