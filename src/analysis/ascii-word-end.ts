// Char codes: A-Z, a-z, 0-9 and the ASCII apostrophe.
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

const APOSTROPHE = 39;

/**
 * Where the tokenizer's word pattern, `[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`, would end a match
 * that starts at `start` (an ASCII letter or digit), or -1 when a non-ASCII character could extend
 * it and the regex has to decide. Most words of most posts are plain ASCII: scanning them by hand
 * saves the regex engine's per-match cost, which was about a tenth of the whole analysis.
 */
export function asciiWordEnd(text: string, start: number): number {
  // Reads stay below text.length: charCodeAt past the end returns NaN, and optimised code that
  // has seen that once runs every read of the loop on a slower path.
  const end = text.length;
  let j = start;
  while (j < end && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c >= 128) return -1;
    if (c !== APOSTROPHE || j + 1 === end) return j;
    const next = text.charCodeAt(j + 1);
    if (next >= 128) return -1;
    // "don't": an apostrophe continues a word only when a letter (not a digit) follows it.
    if (!isAsciiLetter(next)) return j;
    j += 2;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
  }
  return j;
}
