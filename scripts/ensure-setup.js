#!/usr/bin/env node
'use strict';
/**
 * First-run setup shared by `npm start`, `npm test`, `npm run bench` and `npm run eval`, so each works
 * on a fresh clone: installs npm dependencies when missing, (re)builds dist/ when sources changed,
 * and makes sure a redis-server binary exists when one will be needed.
 *   --need-redis   always require redis-server (tests); otherwise only when REDIS_URL is unset
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const mtime = (p) => { try { return fs.statSync(p).mtimeMs; } catch { return 0; } };

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(rel));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, mtime(path.join(root, rel)));
  }
  return newest;
}

// 1. npm dependencies
if (mtime(path.join(root, 'node_modules', '.package-lock.json')) < mtime(path.join(root, 'package-lock.json'))) {
  console.error('moodline setup: installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// 2. compiled output
const stamp = path.join(root, 'dist', '.build-stamp');
const sources = Math.max(...['src', 'workers', 'scripts'].map(newestSource), mtime(path.join(root, 'tsconfig.json')), mtime(path.join(root, 'tsconfig.build.json')));
if (mtime(stamp) < sources) {
  console.error('moodline setup: compiling TypeScript (npm run build)…');
  run('npm', ['run', 'build', '--silent']);
  fs.writeFileSync(stamp, new Date().toISOString());
}

// 3. redis-server, when this command will start one (and docker-compose, which the tests use to validate the recipe)
const forTests = process.argv.includes('--need-redis');
const needRedis = forTests || !process.env.REDIS_URL;
const has = (bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0;
const canApt = process.getuid && process.getuid() === 0 && has('apt-get');
const aptInstall = (pkg) => {
  console.error(`moodline setup: ${pkg} missing; installing it with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', pkg]);
};
if (forTests && !has('docker-compose') && canApt) aptInstall('docker-compose');
// The dashboard's browser test drives Debian's chromium (never a downloaded browser).
if (forTests && !fs.existsSync('/usr/bin/chromium') && canApt) aptInstall('chromium');
if (needRedis && !has('redis-server')) {
  if (canApt) {
    aptInstall('redis-server');
  } else {
    console.error([
      'moodline setup: redis-server was not found. Moodline runs a private one when REDIS_URL is unset. Get it with:',
      '  Debian/Ubuntu:  sudo apt-get install -y redis-server',
      '  macOS:          brew install redis',
      '  Docker:         docker compose up',
      'or set REDIS_URL=redis://host:6379 to use a Redis you already run.',
    ].join('\n'));
    process.exit(1);
  }
}
