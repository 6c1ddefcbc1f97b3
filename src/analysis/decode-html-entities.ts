const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…' };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
// Some exports keep JSON escapes as literal text ("Don\u2019t").
const ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const MARKER = /[&\\]/;

/** Decodes the HTML entities and literal \\uXXXX escapes exports leave in post text (`&amp;`, `&#39;`). */
export function decodeHtmlEntities(input: string): string {
  // One scan for both kinds of marker first: most posts have neither.
  if (!MARKER.test(input)) return input;
  const text = input.includes('\\u') ? input.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : input;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole: string, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
