/**
 * Scored posts are stored a page at a time: one Redis list element holds the records of one batch's
 * posts in one hour, joined by `\n` (JSON records never contain a raw newline). One push per page
 * instead of one per post keeps the commit script cheap.
 *
 * When some posts of a page turn out to be duplicates, the commit script prefixes the page with a
 * keep-mask, one `1`/`0` per record, and a tab: `1101\t[..]\n[..]\n[..]\n[..]`. A page whose posts
 * are all new is stored bare, and a page of duplicates only is not stored at all.
 */

export const RECORD_SEPARATOR = '\n';
export const MASK_SEPARATOR = '\t';

/** The raw records a page element keeps, in order (duplicates left out). */
export function recordsOfPage(element: string): string[] {
  if (element.startsWith('[')) return element.split(RECORD_SEPARATOR);
  const tab = element.indexOf(MASK_SEPARATOR);
  const mask = element.slice(0, tab);
  const records = element.slice(tab + 1).split(RECORD_SEPARATOR);
  return records.filter((_, i) => mask.charCodeAt(i) === 49); // '1'
}
