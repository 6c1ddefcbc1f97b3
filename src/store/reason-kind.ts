/** Groups rejection reasons for counting: values in quotes and numbers are blanked, so "unparseable time \"x\"" counts once. */
export function reasonKind(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 120);
}
