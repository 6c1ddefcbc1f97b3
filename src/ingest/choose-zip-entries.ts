export type ZipChoice = { ok: true; names: string[] } | { ok: false; reason: string; status: 415 | 422 };

const X_TWEETS = /(^|\/)tweets?(-part(\d+))?\.js$/i;
const DATA_FILE = /\.(csv|tsv|tab|txt|json|jsonl|ndjson|js)$/i;

/** True for folders and OS clutter (`__MACOSX/`, `.DS_Store`) that are never the export. */
export function isZipClutter(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name);
}

/** Whether the archive is an Excel workbook rather than a zipped export. */
export function isXlsx(names: readonly string[]): boolean {
  return names.some((n) => n === '[Content_Types].xml' || n.startsWith('xl/'));
}

/** An X archive zip: `Your archive.html`, `data/manifest.js` and friends. */
export function isXArchive(names: readonly string[]): boolean {
  return names.some((n) => /(^|\/)(Your archive\.html|data\/manifest\.js|data\/account\.js)$/.test(n));
}

export function isXTweetsFile(name: string): boolean {
  return X_TWEETS.test(name);
}

/**
 * Which entries of a zip to parse: every `tweets.js` part of an X archive (in part order), the
 * `outbox.json` of a Mastodon archive, else the single data file it holds. Several candidates are an error rather than a silent pick.
 */
export function chooseZipEntries(allNames: readonly string[]): ZipChoice {
  if (isXlsx(allNames)) return { ok: false, status: 415, reason: 'an Excel workbook (.xlsx) is not supported: save it as CSV UTF-8 and upload that' };
  const names = allNames.filter((n) => !isZipClutter(n));
  const tweets = names.filter((n) => X_TWEETS.test(n));
  if (tweets.length > 0) return { ok: true, names: tweets.sort((a, b) => partNumber(a) - partNumber(b)) };
  if (isXArchive(names)) return { ok: false, status: 422, reason: 'this X archive has no data/tweets.js' };
  const outbox = names.filter((n) => /(^|\/)outbox\.json$/.test(n)); // a Mastodon archive: posts are in its outbox
  if (outbox.length === 1) return { ok: true, names: outbox };
  const data = names.filter((n) => DATA_FILE.test(n));
  const candidates = data.length > 0 ? data : names;
  if (candidates.length === 1) return { ok: true, names: candidates };
  if (candidates.length === 0) return { ok: false, status: 422, reason: 'the zip archive holds no files' };
  const shown = candidates.slice(0, 5).join(', ') + (candidates.length > 5 ? ', …' : '');
  return { ok: false, status: 422, reason: `the zip archive holds ${candidates.length} candidate exports (${shown}): upload one at a time` };
}

function partNumber(name: string): number {
  return Number(X_TWEETS.exec(name)?.[3] ?? 0);
}
