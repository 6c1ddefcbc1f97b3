/**
 * Twitter (v1.1, v2, archives) and Reddit escape `&`, `<` and `>` in post text as HTML entities
 * even though the text is not HTML; this undoes exactly that and nothing else.
 */
export function decodeBasicEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}
