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
const counts = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(CATS.map((c) => [c, 0]))]));
const sents = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(SENTS.map((s) => [s, 0]))]));
let total = 0;
const seen = new Map(); // duplicates are checked across every file
for (const l of LANGS) if (!fs.existsSync(path.join(D, `${l}.tsv`))) err(`missing ${l}.tsv`);
// Every *.tsv here is training data: the five language files and topical extras (en-brands.tsv, …).
for (const name of fs.readdirSync(D).filter((n) => n.endsWith('.tsv')).sort()) {
  const f = path.join(D, name);
  const fileLang = LANGS.find((l) => name === `${l}.tsv`);
  const buf = fs.readFileSync(f);
  const raw = buf.toString('utf8');
  if (Buffer.compare(Buffer.from(raw, 'utf8'), buf) !== 0) err(`${name}: not valid UTF-8`);
  if (raw.includes('\r')) err(`${name}: contains CR characters`);
  if (!raw.endsWith('\n')) err(`${name}: no trailing newline`);
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== HEADER) err(`${name}: bad header`);
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    const p = line.split('\t');
    if (p.length !== 4) return err(`${name}:${n}: ${p.length} fields`);
    const [lang, cat, sent, text] = p;
    if (!LANGS.includes(lang) || (fileLang && lang !== fileLang)) err(`${name}:${n}: lang "${lang}"`);
    if (!CATS.includes(cat)) err(`${name}:${n}: category "${cat}"`);
    if (!SENTS.includes(sent)) err(`${name}:${n}: sentiment "${sent}"`);
    if (!text.trim() || text !== text.trim()) err(`${name}:${n}: empty or untrimmed text`);
    const key = `${lang}\t${text.trim().toLowerCase()}`;
    if (seen.has(key)) err(`${name}:${n}: duplicate of ${seen.get(key)}`);
    seen.set(key, `${name}:${n}`);
    if (counts[lang] && CATS.includes(cat)) counts[lang][cat]++;
    if (sents[lang] && SENTS.includes(sent)) sents[lang][sent]++;
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
