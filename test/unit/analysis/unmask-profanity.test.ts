import { unmaskProfanity } from '../../../src/analysis/unmask-profanity';

describe('unmaskProfanity', () => {
  it('writes out a masked swear word whose visible letters and length fit exactly one listed word', () => {
    expect(unmaskProfanity('this is sh*t @O2')).toBe('this is shit @O2');
    expect(unmaskProfanity('what the f**k')).toBe('what the fuck');
    expect(unmaskProfanity('f*****g useless')).toBe('fucking useless');
    expect(unmaskProfanity('quelle m*rde')).toBe('quelle merde');
  });

  it('keeps the case the visible letters show: a capital starts the word, capitals throughout shout', () => {
    expect(unmaskProfanity('F*** this')).toBe('Fuck this');
    expect(unmaskProfanity('SH*T again')).toBe('SHIT again');
  });

  it('leaves alone what is not a masked swear word: names, ratings, footnotes, actions, emoticons', () => {
    for (const text of ['E*Trade is down', '5* service', 'terms apply*', '*sigh*', 'love you :*', 'F* ok']) {
      expect(unmaskProfanity(text)).toBe(text);
    }
  });
});
