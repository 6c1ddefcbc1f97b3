import { HEADER_ALIASES, assignRoles, type RoleIndex } from './header-aliases';
import type { ColumnMap } from './parse-options';
import { tokenizeCsv } from './csv-tokenizer';

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

export interface CsvHeader {
  delimiter: string;
  /** Records before the header (preamble lines of social-listening exports). */
  headerIndex: number;
  columns: string[];
  roles: RoleIndex;
  /** Data rows from the head (up to 200), for inferring the date order. */
  sample: string[][];
}

export type CsvHeaderResult = ({ ok: true } & CsvHeader) | { ok: false; reason: string; columns?: string[] };

const MAX_PREAMBLE_RECORDS = 50;

/**
 * Finds the delimiter and the header row within the first records of a file: the row that names
 * a text column (by alias or `map.text`), preferring more recognised columns and rows whose
 * following records have the same width.
 */
export function findCsvHeader(head: string, map: ColumnMap, complete: boolean): CsvHeaderResult {
  let best: (CsvHeader & { score: number }) | undefined;
  let widest: string[] | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const records = tokenizeCsv(head, delimiter, complete).slice(0, MAX_PREAMBLE_RECORDS + 200);
    const rows = records.map((r) => ('cells' in r ? r.cells : []));
    for (let index = 0; index < Math.min(rows.length, MAX_PREAMBLE_RECORDS); index++) {
      const columns = rows[index]!;
      if (columns.length > (widest?.length ?? 0)) widest = columns;
      const roles = assignRoles(columns, map);
      if (roles.text === undefined) continue;
      const following = rows.slice(index + 1).filter((r) => !(r.length === 1 && r[0] === ''));
      const sameWidth = following.slice(0, 20).filter((r) => r.length === columns.length).length;
      const score = Object.keys(roles).length * 10 + (columns.length > 1 ? 5 : 0) + sameWidth;
      if (!best || score > best.score) best = { delimiter, headerIndex: index, columns, roles, sample: following, score };
    }
  }
  if (best) {
    const { score: _score, ...header } = best;
    return { ok: true, ...header };
  }
  const wanted = map.text ? `a column named "${map.text}"` : `a text column (${HEADER_ALIASES.text.join(', ')})`;
  const seen = widest && widest.length > 1 ? `; columns seen: ${widest.slice(0, 20).join(', ')}` : '';
  return { ok: false, reason: `no text column: expected ${wanted} in the first ${MAX_PREAMBLE_RECORDS} lines${seen}`, columns: widest };
}
