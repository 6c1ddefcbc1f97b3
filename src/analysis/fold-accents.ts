const MARKS = /\p{M}/gu;
const PLAIN = /^\p{ASCII}*$/u;

/** "très" → "tres": posts often drop accents the lexicons have. */
export function foldAccents(word: string): string {
  return PLAIN.test(word) ? word : word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}
