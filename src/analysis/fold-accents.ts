const MARKS = /\p{M}/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** "très" → "tres": posts often drop accents the lexicons have. */
export function foldAccents(word: string): string {
  return isAscii(word) ? word : word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}
