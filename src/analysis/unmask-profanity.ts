/**
 * Swear words people mask with asterisks ("f***", "sh*t", "f*cking", "m*rde"), which would otherwise split into
 * meaningless letters. A masked word is read as the one listed word it can be: same visible letters at its start and
 * end, the stars covering the rest exactly.
 */
const PROFANITIES = [
  'fuck', 'fucks', 'fucking', 'fucked', 'fucker', 'fuckers', 'shit', 'shite', 'shitty', 'bullshit', 'bitch', 'bitches',
  'asshole', 'arsehole', 'arse', 'bastard', 'bastards', 'bollocks', 'crap', 'crappy', 'damn', 'dick', 'piss', 'pissed',
  'merde', 'putain', 'bordel', 'connard', 'connards', 'cazzo', 'merda', 'stronzi', 'stronzo', 'mierda', 'joder', 'coño',
  'cabrón', 'scheiße', 'scheisse', 'scheiß', 'scheiss', 'arschloch', 'kacke',
];

// Letters, then one run of 1–6 stars, then letters or nothing; not part of a longer run of letters or stars.
const MASKED = /(?<![\p{L}\p{N}*])(\p{L}{1,4})(\*{1,6})(\p{L}{0,6})(?![\p{L}\p{N}*])/gu;

function unmaskedWord(head: string, stars: number, tail: string): string | undefined {
  const h = head.toLowerCase();
  const t = tail.toLowerCase();
  const length = head.length + stars + tail.length;
  const fits = PROFANITIES.filter((w) => w.length === length && w.startsWith(h) && w.endsWith(t));
  return fits.length === 1 ? fits[0] : undefined;
}

/** `text` with each masked swear word written out, in the case its visible letters show. */
export function unmaskProfanity(text: string): string {
  if (!text.includes('*')) return text;
  return text.replace(MASKED, (masked: string, head: string, stars: string, tail: string) => {
    const word = unmaskedWord(head, stars.length, tail);
    if (word === undefined) return masked;
    const visible = head + tail;
    if (visible.length > 1 && visible === visible.toUpperCase()) return word.toUpperCase(); // "SH*T": shouting
    return head[0] === head[0]?.toLowerCase() ? word : (word[0] as string).toUpperCase() + word.slice(1); // "F***": capitalised
  });
}
