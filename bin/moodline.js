#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (prepare) or `npm run build`.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('moodline: not built yet. Run `npm ci` (or `npm run build`) in ' + path.join(__dirname, '..') + '\n');
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => { process.exitCode = code; })
  .catch((err) => { process.stderr.write(`moodline: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; });
