import type { NormalisedPost } from './token';

// Grievances are usually first-person reports of something that did not happen or took too long
// ("my order never arrived", "been on hold 40 mins"), in any sector: these shapes carry over to
// brands and products the training posts never name, where single words do not.
const NEGATORS = new Set([
  'not', 'no', 'never', 'cannot', 'cant', 'nothing', 'nobody', 'nowhere', 'none', 'dont', 'doesnt', 'didnt', 'isnt', 'wont', 'wasnt', 'havent', 'hasnt', 'couldnt',
  'pas', 'jamais', 'rien', 'personne', 'non', 'mai', 'niente', 'nessuno', 'nunca', 'nada', 'nadie', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'nichts', 'niemand',
]);
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'my', 'me', 'we', 'our', "we've", 'mine', 'mon', 'ma', 'mes', 'je', "j'ai", 'mio', 'mia', 'miei', 'mie', 'ho', 'mi', 'yo', 'mis', 'tengo', 'ich', 'mein', 'meine', 'meinen', 'mir', 'mich']);
const TIME_UNITS = new Set([
  'min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'wks', 'month', 'months',
  'minuti', 'ore', 'giorni', 'settimane', 'mesi', 'heures', 'jours', 'semaines', 'mois', 'minutos', 'horas', 'dias', 'días', 'semanas', 'meses', 'minuten', 'stunden', 'tage', 'tagen', 'wochen', 'monate', 'monaten',
]);
const COUNT_WORDS = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'ten', 'few', 'several', 'couple', 'due', 'tre', 'deux', 'trois', 'dos', 'tres', 'zwei', 'drei']);
/** wordShapeFlags bit of a negator ("not", "jamais", "didn't"). */
export const NEGATOR = 1;
const FIRST = 2;
const UNIT = 4;
const COUNT = 8;
// One lookup per word on the hot path instead of one per list.
const FLAGS = new Map<string, number>();
for (const [words, flag] of [[NEGATORS, NEGATOR], [FIRST_PERSON, FIRST], [TIME_UNITS, UNIT], [COUNT_WORDS, COUNT]] as const) {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);
}
const DIGITS_UNIT = /^\d+(mins?|hrs?|h|days?|wks?|weeks?)$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Companies answer customers from dedicated handles (@BTCare, @AmazonHelp, @SFR_SAV, @Telekom_hilft):
// a post addressed to one is usually about a problem with the service, whatever the words.
const CARE_HANDLE = /help|support|care|service|custserv|sav$|hilft|kunden|ayuda|atencion|assist|^@ask/;

/** True for an @mention (lower case, with the @) that looks like a customer-service account. */
export function isCareHandle(mention: string): boolean {
  return CARE_HANDLE.test(mention);
}

const NUMBER = 16;
const NUMBER_UNIT = 32;

/** Bit flags of one word for postShapeFeatures; the analyser caches them in its word memo. */
export function wordShapeFlags(w: string): number {
  let flags = FLAGS.get(w) ?? (w.endsWith("n't") ? NEGATOR : 0);
  if (isDigit(w.charCodeAt(0))) {
    if (isDigit(w.charCodeAt(w.length - 1))) flags |= NUMBER;
    else if (DIGITS_UNIT.test(w)) flags |= NUMBER_UNIT;
  }
  return flags;
}

/** Post-level shape features (x:…) for the category model, appended to `out`: negation, waiting time, first person, replies. */
export function postShapeFeatures(post: NormalisedPost, out: string[] = []): string[] {
  let seen = 0;
  let duration = false;
  let prevCounts = false;
  let care = false;
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word') {
      if (t?.kind === 'mention' && !care) care = isCareHandle(t.text);
      prevCounts = false;
      continue;
    }
    const flags = t.memo?.shape ?? wordShapeFlags(t.text);
    seen |= flags;
    if (((flags & UNIT) !== 0 && prevCounts) || (flags & NUMBER_UNIT) !== 0) duration = true;
    prevCounts = (flags & (COUNT | NUMBER)) !== 0;
  }
  const negated = (seen & NEGATOR) !== 0;
  const first = (seen & FIRST) !== 0;
  const lead = tokens[0]?.kind === 'mention';
  if (lead) out.push('x:lead');
  if (care) out.push('x:care');
  if (negated) out.push(post.mentions > 0 ? 'x:neg_at' : 'x:neg');
  if (duration) out.push(post.mentions > 0 ? 'x:wait_at' : 'x:wait');
  if (first) out.push(post.mentions > 0 ? 'x:first_at' : 'x:first');
  if (first && negated) out.push('x:first_neg');
  if (post.questions > 0) out.push(negated || duration || first ? 'x:ask_problem' : 'x:ask_plain');
  return out;
}
