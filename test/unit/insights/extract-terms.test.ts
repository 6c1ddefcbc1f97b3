import { extractTerms } from '../../../src/insights/extract-terms';

describe('extractTerms', () => {
  it('drops URLs, @mentions, stopwords, numbers and short words, keeping each term once', () => {
    expect(extractTerms('@O2 no signal AGAIN, the signal is gone https://t.co/abc123 www.o2.co.uk/status 4G 2018')).toEqual(['signal', 'again', 'gone', 'no signal', 'signal again']);
  });

  it('keeps the word of a hashtag', () => {
    expect(extractTerms('#O2down still no data #compensation')).toEqual(['o2down', 'data', 'compensation', 'no data']);
  });

  it('removes French, Italian, Spanish and German stopwords and splits elided articles', () => {
    expect(extractTerms("Toujours pas de réseau chez l'opérateur")).toEqual(['réseau', 'opérateur']);
    expect(extractTerms("Ancora niente internet dell'app, che vergogna")).toEqual(['internet', 'app', 'vergogna']);
    expect(extractTerms('Todavía no hay datos en el móvil')).toEqual(['datos', 'móvil']);
    expect(extractTerms('Immer noch kein Netz und keine Daten')).toEqual(['netz', 'daten', 'kein netz', 'keine daten']);
  });

  it('treats contractions as stopwords', () => {
    expect(extractTerms("I can't believe it's down, don't tell me")).toEqual(['believe', 'down', 'tell']);
  });

  it('adds two-word phrases of adjacent terms, or of a negation and a term, after the words', () => {
    expect(extractTerms('Is anyone else getting this? Certificate expired')).toEqual(['anyone', 'else', 'certificate', 'expired', 'anyone else', 'certificate expired']);
    expect(extractTerms('senza linea da ieri, sin datos, sans réseau')).toEqual(['senza', 'linea', 'ieri', 'datos', 'réseau', 'senza linea', 'sin datos', 'sans réseau']);
  });

  it('makes no phrase across punctuation, a line break, a hashtag, a link, a mention or a dropped word', () => {
    expect(extractTerms('signal gone. engineers\nworking #outage today @O2 refund https://t.co/x please the staff')).toEqual(
      ['signal', 'gone', 'engineers', 'working', 'outage', 'today', 'refund', 'please', 'staff', 'signal gone'],
    );
  });

  it('returns nothing for empty or symbol-only text', () => {
    expect(extractTerms('')).toEqual([]);
    expect(extractTerms('😡😡 !!! ...')).toEqual([]);
  });
});
