import { classifyJson } from './classify-json';
import type { ExportFormat } from './export-format';
import { findCsvHeader } from './find-csv-header';
import type { ColumnMap } from './parse-options';
import { sampleJson } from './sample-json';

export type DetectionCode = 'empty_file' | 'unsupported_format' | 'unrecognised_format' | 'no_text_column';
export type Detection = { ok: true; format: ExportFormat; columns?: string[] } | { ok: false; reason: string; code: DetectionCode };

/** `window.YTD.tweets.part0 = [` (and `tweets-part1.js`'s `part1`); the name says what the file holds. */
export const X_ARCHIVE_PREFIX = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*/;
const X_TWEET_FILES = /^(tweets?|deleted_tweets?|community_tweet)$/;

/**
 * Decides what kind of export a decoded head is, by content only. `format` forces the answer but
 * the head must still be text, and a forced CSV must still have a text column.
 */
export function detectFormat(head: string, complete: boolean, options: { format?: ExportFormat; map: ColumnMap }): Detection {
  const start = head.search(/\S/);
  if (start < 0) return { ok: false, code: 'empty_file', reason: head.length === 0 ? 'the file is empty' : 'the file holds only whitespace' };
  if (looksBinary(head)) {
    // A Bluesky repository export (CAR) starts with a small CBOR header naming `roots` and `version`.
    const car = /roots[\s\S]{0,80}version|version[\s\S]{0,80}roots/.test(head.slice(0, 120));
    const reason = car
      ? 'binary data: a Bluesky repository export (.car) is not supported; export the posts as JSON (com.atproto.repo.listRecords or getAuthorFeed)'
      : 'binary data, not a text export (CSV, JSON, NDJSON or an X archive)';
    return { ok: false, code: 'unsupported_format', reason };
  }
  const forced = options.format;
  if (forced && forced !== 'csv') return { ok: true, format: forced };
  const first = head[start];
  if (!forced && (first === '{' || first === '[')) {
    // A first line longer than the head (e.g. one 50 MB record) cannot be judged here: let the
    // streaming parser decide, which rejects over-long rows one by one.
    if (!complete && !head.includes('\n', start)) return { ok: true, format: first === '[' ? 'json-array' : 'ndjson' };
    return detectJson(head);
  }
  const x = X_ARCHIVE_PREFIX.exec(head);
  if (!forced && x) {
    return X_TWEET_FILES.test(x[1]!)
      ? { ok: true, format: 'x-archive' }
      : { ok: false, code: 'unrecognised_format', reason: `this X archive file holds "${x[1]}", not tweets: upload data/tweets.js (or the whole archive .zip)` };
  }
  const header = findCsvHeader(head, options.map, complete);
  if (header.ok) return { ok: true, format: 'csv', columns: header.columns };
  const tabular = forced === 'csv' || /[,;\t|]/.test(head.slice(start, start + 2000).split('\n')[0] ?? '');
  return tabular ? { ok: false, code: 'no_text_column', reason: header.reason } : { ok: false, code: 'unrecognised_format', reason: `not JSON, and not a CSV with a header row: ${header.reason}` };
}

function detectJson(head: string): Detection {
  try {
    const c = classifyJson(sampleJson(head));
    return c.ok ? { ok: true, format: c.format } : { ok: false, code: 'unrecognised_format', reason: c.reason };
  } catch (err) {
    return { ok: false, code: 'unrecognised_format', reason: `unreadable JSON: ${(err as Error).message}` };
  }
}

/** Control characters (other than tab/CR/LF) or replacement characters in bulk mean this is not text. */
function looksBinary(head: string): boolean {
  const n = Math.min(head.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 127) odd++;
  }
  return odd > Math.max(8, n * 0.05);
}
