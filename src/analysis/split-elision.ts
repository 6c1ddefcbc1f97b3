// French and Italian elided articles/pronouns: "l'internet" scores as "internet".
const ELISION = /^(l|d|j|n|s|c|m|t|qu|un|dell|all|nell|sull|dall|quell|po)['’](.{2,})$/;

/** Splits "l'internet" into ["l'", "internet"]; other words come back as [word]. */
export function splitElision(word: string): [string] | [string, string] {
  const m = word.includes("'") || word.includes('’') ? ELISION.exec(word) : null;
  return m && m[1] !== undefined && m[2] !== undefined ? [`${m[1]}'`, m[2]] : [word];
}
