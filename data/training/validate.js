#!/usr/bin/env node
// Checks the Moodline training TSVs and prints counts per language x category (markdown table).
// Usage: node validate.js            -> report, exit code 1 on any problem
//        node validate.js --readme   -> also rewrite the counts table in README.md
'use strict';
const fs = require('fs');
const path = require('path');
const D = __dirname;
const LANGS = ['en', 'fr', 'it', 'es', 'de'];
const CATS = ['complaint', 'support', 'humour', 'other'];
const SENTS = ['negative', 'neutral', 'positive'];
const HEADER = 'lang\tcategory\tsentiment\ttext';
let errors = 0;
const err = (m) => { errors++; console.error(m); };
const counts = {}; const sents = {}; let total = 0;
for (const l of LANGS) {
  const f = path.join(D, `${l}.tsv`);
  if (!fs.existsSync(f)) { err(`missing ${l}.tsv`); continue; }
  const buf = fs.readFileSync(f);
  const raw = buf.toString('utf8');
  if (Buffer.compare(Buffer.from(raw, 'utf8'), buf) !== 0) err(`${l}: not valid UTF-8`);
  if (raw.includes('\r')) err(`${l}: contains CR characters`);
  if (!raw.endsWith('\n')) err(`${l}: no trailing newline`);
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== HEADER) err(`${l}: bad header`);
  counts[l] = Object.fromEntries(CATS.map((c) => [c, 0]));
  sents[l] = Object.fromEntries(SENTS.map((s) => [s, 0]));
  const seen = new Map();
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    const p = line.split('\t');
    if (p.length !== 4) return err(`${l}:${n}: ${p.length} fields`);
    const [lang, cat, sent, text] = p;
    if (lang !== l) err(`${l}:${n}: lang "${lang}"`);
    if (!CATS.includes(cat)) err(`${l}:${n}: category "${cat}"`);
    if (!SENTS.includes(sent)) err(`${l}:${n}: sentiment "${sent}"`);
    if (!text.trim() || text !== text.trim()) err(`${l}:${n}: empty or untrimmed text`);
    const key = text.trim().toLowerCase();
    if (seen.has(key)) err(`${l}:${n}: duplicate of line ${seen.get(key)}`);
    seen.set(key, n);
    if (CATS.includes(cat)) counts[l][cat]++;
    if (SENTS.includes(sent)) sents[l][sent]++;
    total++;
  });
}
const colTot = Object.fromEntries(CATS.map((c) => [c, 0]));
let table = '| lang | complaint | support | humour | other | total | negative / neutral / positive |\n|---|---|---|---|---|---|---|\n';
for (const l of LANGS) {
  if (!counts[l]) continue;
  const t = CATS.reduce((a, c) => a + counts[l][c], 0);
  CATS.forEach((c) => { colTot[c] += counts[l][c]; });
  table += `| ${l} | ${CATS.map((c) => counts[l][c]).join(' | ')} | ${t} | ${SENTS.map((s) => sents[l][s]).join(' / ')} |\n`;
}
table += `| **all** | ${CATS.map((c) => colTot[c]).join(' | ')} | ${total} | |\n`;
console.log(table);
console.log(errors ? `${errors} problem(s)` : 'OK: all files valid');
if (process.argv.includes('--readme')) {
  const rp = path.join(D, 'README.md');
  const r = fs.readFileSync(rp, 'utf8');
  fs.writeFileSync(rp, r.replace(/<!-- COUNTS -->[\s\S]*<!-- \/COUNTS -->/, `<!-- COUNTS -->\n${table}<!-- /COUNTS -->`));
}
process.exit(errors ? 1 : 0);
