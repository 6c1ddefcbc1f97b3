/**
 * One CSV cell, quoted when needed. Cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) get a leading apostrophe, the OWASP-recommended neutralisation.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV record with CRLF, as RFC 4180 and spreadsheets expect. */
export const csvRow = (cells: readonly (string | number | boolean | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;
