/**
 * A realistic, deterministic outage export for benchmarks and reliability tests: varied posts in five
 * languages (complaints, compensation demands, support, jokes, status updates), with mentions, emoji,
 * hashtags and URLs, over a 36-hour outage curve (onset early morning, mid-day peak, recovery next
 * morning), in time order with jitter. Row `i` is a pure function of `i` and `span`, so two exports
 * over overlapping index ranges share the overlapping posts exactly (same id, time and text).
 */
import fs from 'node:fs';
import { once } from 'node:events';

export type ExportFormat = 'ndjson' | 'csv';

export interface ExportRow {
  index: number;
  id: string;
  createdAtMs: number;
  text: string;
  author: string;
  lang: string;
}

export interface ExportOptions {
  /** First row index (default 0). */
  start?: number;
  /** Rows to write. */
  count: number;
  /** Rows that make up the whole 36-hour curve (default start + count): fixes each index's time. */
  span?: number;
}

export const OUTAGE_START_MS = Date.UTC(2018, 11, 6, 4, 30); // 04:30 UTC, 6 Dec 2018
export const OUTAGE_HOURS = 36;

const OPERATORS = ['@O2', '@VodafoneUK', '@EE', '@giffgaff', '@ThreeUK', '@Orange', '@TIM_Official', '@movistar_es', '@Telekom_hilft'];
const PLACES = ['Leeds', 'London', 'Glasgow', 'Cardiff', 'Belfast', 'Manchester', 'Bristol', 'Paris', 'Lyon', 'Milano', 'Roma', 'Madrid', 'Berlin'];
const EN = [
  'no signal all morning in {place}, sort it out {op}',
  'great, no data again, thanks {op} {tail}',
  'fair play to the engineers working through the night on this {tail}',
  'day {n} without mobile data: I have started talking to my family. They seem nice {tail}',
  'is anyone else getting no 4G in {place}? {tag}',
  'I want compensation for {n} hours without internet, I pay £{price} a month {op}',
  'back up and running in {place}, cheers for the quick fix! {tail}',
  'the network is SOOOO slow tonight, cannot even load a page {tail}',
  'status page says everything is fine https://status.example.com/{n} lol {tail}',
  'my phone is now an expensive torch {tag} {tail}',
  'can\'t call the ambulance line, this is actually dangerous {op}',
  'hope you get it fixed soon, must be a nightmare for the staff {tail}',
  'still nothing in {place} after {n} hours, absolutely useless service {tag}',
  'not bad at all, speeds are actually decent again today',
  'will we get a refund for this? asking for {n} million customers {op}',
];
const FR = [
  'toujours pas de réseau à {place} depuis ce matin, c\'est inadmissible {op}',
  'merci aux techniciens qui bossent dessus {tail}',
  'plus de 4G depuis {n} heures, je veux un remboursement {tag}',
  'mon téléphone ne sert plus à rien, génial {tail}',
];
const IT = [
  'ancora niente linea a {place}, che vergogna, voglio il rimborso {op}',
  'grazie ai tecnici che ci stanno lavorando {tail}',
  'da {n} ore senza internet, servizio pessimo {tag}',
];
const DE = [
  'schon wieder kein Netz in {place}, echt eine Frechheit {op}',
  'danke an die Techniker, die die ganze Nacht arbeiten {tail}',
  'seit {n} Stunden kein Internet, ich will eine Entschädigung {tag}',
];
const ES = [
  'otra vez sin cobertura en {place}, qué vergüenza {op}',
  'gracias a los técnicos que están trabajando en ello {tail}',
  'llevo {n} horas sin datos, quiero una compensación {tag}',
];
const TAILS = ['', '', '😡', '😂😂', '❤️', '👏🏽', ':(', ':)', '!!!', '&amp; still waiting', '🙄', '🤦‍♂️'];
const TAGS = ['#O2outage', '#NoSignalAgain', '#outage', '#panne', '#Störung', '#sinred', '#guasto', ''];
// Language mix of a UK outage with European neighbours: mostly English.
const LANGS: [string, string[], number][] = [['en', EN, 80], ['fr', FR, 6], ['it', IT, 5], ['de', DE, 5], ['es', ES, 4]];

/** splitmix32: a well-mixed hash of the row index, so rows are independent of each other. */
function mix(i: number, salt: number): number {
  let z = (i * 0x9e3779b9 + salt * 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
  return (z ^ (z >>> 15)) >>> 0;
}

const pick = <T>(list: readonly T[], i: number, salt: number): T => list[mix(i, salt) % list.length]!;

/** Outage intensity per minute: quiet onset, mid-day peak, evening lull, small second-morning wave, recovery. */
function intensity(minute: number): number {
  const h = minute / 60; // hours since 04:30 UTC
  const bump = (centre: number, width: number, height: number) => height * Math.exp(-(((h - centre) / width) ** 2));
  return 0.05 + bump(6, 3, 1) + bump(3, 1.2, 0.6) + bump(26, 2.5, 0.35) + bump(30, 3, 0.15);
}

let cdfCache: Float64Array | undefined;
function cdf(): Float64Array {
  if (cdfCache) return cdfCache;
  const minutes = OUTAGE_HOURS * 60;
  const c = new Float64Array(minutes + 1);
  for (let m = 0; m < minutes; m++) c[m + 1] = c[m]! + intensity(m + 0.5);
  for (let m = 0; m <= minutes; m++) c[m] = c[m]! / c[minutes]!;
  return (cdfCache = c);
}

/** Time of row `i` of `span`: the inverse CDF of the outage curve, plus ±20 s of jitter (near, not strictly, ordered). */
function timeOf(i: number, span: number): number {
  const c = cdf();
  const u = ((i % span) + 0.5) / span;
  let lo = 0;
  let hi = c.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (c[mid]! <= u) lo = mid;
    else hi = mid;
  }
  const frac = (u - c[lo]!) / Math.max(1e-12, c[hi]! - c[lo]!);
  const jitter = (mix(i, 7) % 40_000) - 20_000;
  return Math.max(OUTAGE_START_MS, Math.round(OUTAGE_START_MS + (lo + frac) * 60_000 + jitter));
}

function languageOf(i: number): [string, string[]] {
  let r = mix(i, 1) % 100;
  for (const [lang, templates, weight] of LANGS) {
    if (r < weight) return [lang, templates];
    r -= weight;
  }
  return ['en', EN];
}

/** Row `i` of an export whose whole curve spans `span` rows. */
export function exportRow(i: number, span: number): ExportRow {
  const [lang, templates] = languageOf(i);
  const text = pick(templates, i, 2)
    .replace('{place}', pick(PLACES, i, 3))
    .replace('{op}', pick(OPERATORS, i, 4))
    .replace('{tail}', pick(TAILS, i, 5))
    .replace('{tag}', pick(TAGS, i, 6))
    .replace('{n}', String(1 + (mix(i, 8) % 40)))
    .replace('{price}', String(10 + (mix(i, 9) % 50)))
    .trim();
  return { index: i, id: String(1070000000000000000n + BigInt(i) * 7919n), createdAtMs: timeOf(i, span), text, author: `user${mix(i, 10) % 250_000}`, lang };
}

/** The rows of an export, in file order. */
export function* exportRows(o: ExportOptions): Generator<ExportRow> {
  const start = o.start ?? 0;
  const span = o.span ?? start + o.count;
  for (let i = start; i < start + o.count; i++) yield exportRow(i, span);
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** One file line for a row; CSV leaves out `lang` (as most CSV exports do) so the analyser detects it. */
export function formatRow(r: ExportRow, format: ExportFormat): string {
  const iso = new Date(r.createdAtMs).toISOString();
  if (format === 'csv') return `${r.id},${iso},${csvField(r.author)},${csvField(r.text)}\n`;
  return `${JSON.stringify({ id: r.id, created_at: iso, user: { screen_name: r.author }, lang: r.lang, text: r.text })}\n`;
}

export const CSV_HEADER = 'id,created_at,author,text\n';

/** The whole export as one string (tests: up to a few hundred thousand rows). */
export function exportText(o: ExportOptions, format: ExportFormat): string {
  const parts: string[] = format === 'csv' ? [CSV_HEADER] : [];
  for (const r of exportRows(o)) parts.push(formatRow(r, format));
  return parts.join('');
}

/** Streams an export to `file` (never whole in memory); returns its size in bytes. */
export async function writeExport(file: string, o: ExportOptions, format: ExportFormat): Promise<number> {
  const out = fs.createWriteStream(file);
  let chunk = format === 'csv' ? CSV_HEADER : '';
  for (const r of exportRows(o)) {
    chunk += formatRow(r, format);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return (await fs.promises.stat(file)).size;
}
