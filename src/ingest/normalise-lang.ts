const NAMES: Record<string, string> = {
  english: 'en', french: 'fr', italian: 'it', german: 'de', spanish: 'es', portuguese: 'pt', dutch: 'nl',
  polish: 'pl', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', turkish: 'tr', russian: 'ru',
  arabic: 'ar', japanese: 'ja', chinese: 'zh', korean: 'ko', welsh: 'cy', irish: 'ga',
  // ISO 639-2 codes some tools export
  eng: 'en', fra: 'fr', fre: 'fr', ita: 'it', deu: 'de', ger: 'de', spa: 'es', por: 'pt', nld: 'nl', dut: 'nl',
};

/** ISO 639-1 code from an export's language value (`en`, `en-GB`, `English`); undefined when unknown or `und`. */
export function normaliseLang(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  const code = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(v);
  if (code) return code[1];
  return NAMES[v];
}
