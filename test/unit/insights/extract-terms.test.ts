import { extractTerms } from '../../../src/insights/extract-terms';

describe('extractTerms', () => {
  it('drops URLs, @mentions, stopwords, numbers and short words, keeping each term once', () => {
    expect(extractTerms('@O2 no signal AGAIN, the signal is gone https://t.co/abc123 www.o2.co.uk/status 4G 2018')).toEqual(['signal', 'again', 'gone']);
  });

  it('keeps the word of a hashtag', () => {
    expect(extractTerms('#O2down still no data #compensation')).toEqual(['o2down', 'data', 'compensation']);
  });

  it('removes French, Italian, Spanish and German stopwords and splits elided articles', () => {
    expect(extractTerms("Toujours pas de réseau chez l'opérateur")).toEqual(['réseau', 'opérateur']);
    expect(extractTerms("Ancora niente internet dell'app, che vergogna")).toEqual(['internet', 'app', 'vergogna']);
    expect(extractTerms('Todavía no hay datos en el móvil')).toEqual(['datos', 'móvil']);
    expect(extractTerms('Immer noch kein Netz und keine Daten')).toEqual(['netz', 'daten']);
  });

  it('treats contractions as stopwords', () => {
    expect(extractTerms("I can't believe it's down, don't tell me")).toEqual(['believe', 'down', 'tell']);
  });

  it('returns nothing for empty or symbol-only text', () => {
    expect(extractTerms('')).toEqual([]);
    expect(extractTerms('😡😡 !!! ...')).toEqual([]);
  });
});
