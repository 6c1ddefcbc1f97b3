import { compileLexicon } from '../../../src/analysis/compile-lexicon';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';
import { normalisePost } from '../../../src/analysis/normalise-post';
import { compoundScore, scoreSentiment } from '../../../src/analysis/score-sentiment';

const resources = loadAnalyserResources();
const lex = (lang: string) => compileLexicon(lang, resources.rules[lang]!, resources.base[lang], resources.emoji);
const en = lex('en');
const score = (text: string, l = en) => scoreSentiment(normalisePost(text), l).compound;

describe('scoreSentiment', () => {
  it('looks back over a bounded run of tokens for negators and boosters: a long run of mentions or emoji is no scope', () => {
    expect(score('not @a @b @c good')).toBeLessThan(0);
    const mentions = Array.from({ length: 15 }, (_, k) => `@u${k}`).join(' ');
    expect(score(`not ${mentions} good`)).toBeCloseTo(score('good'), 3);
  });

  it('scores positive and negative words with the right sign', () => {
    expect(score('the engineers are great')).toBeGreaterThan(0.3);
    expect(score('this service is terrible')).toBeLessThan(-0.3);
  });

  it('flips polarity inside a negation scope', () => {
    expect(score('this is not good')).toBeLessThan(0);
    expect(score("I don't hate it")).toBeGreaterThan(0);
  });

  it('never flips an emoji: the face is the author\'s own feeling', () => {
    expect(score('still nothing 😡')).toBeLessThan(-0.4);
    expect(score('not working 😡')).toBeLessThan(score('not working'));
    expect(score('no complaints ❤️')).toBeGreaterThan(0.4);
  });

  it('does not flip a word after a negator that only offers the alternative ("or not", "may or may not")', () => {
    expect(score('I may or may not be the happiest person ever')).toBeGreaterThan(0.3);
    expect(score('whether or not you agree, it is amazing')).toBeGreaterThan(0.3);
    expect(score("que tu le veuilles ou non, c'est génial", lex('fr'))).toBeGreaterThan(0.3);
    expect(score('I may not be happy')).toBeLessThan(0);
  });

  it('does not carry negation across a sentence break', () => {
    expect(score('not again. good job though')).toBeGreaterThan(0);
  });

  it('intensifies with boosters and softens with dampeners', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('slightly good')).toBeLessThan(score('good'));
  });

  it('weights the clause after "but" more', () => {
    expect(score('the app is nice but the network is awful')).toBeLessThan(0);
  });

  it('adds emphasis for capitals and exclamation marks', () => {
    expect(score('this is BAD')).toBeLessThan(score('this is bad'));
    expect(score('good!!!')).toBeGreaterThan(score('good'));
  });

  it('reads two capitals inside a hashtag as a code, not a chat word or shouting', () => {
    // "nh" is VADER's "nice hand"; in #LebanonNH it is a state.
    expect(score('store closed early #LebanonNH')).toBe(score('store closed early #Lebanon'));
    expect(score('outage again #O2UK')).toBe(score('outage again #O2'));
    expect(score('it is fine #PowerCutFAIL')).toBe(score('it is fine #PowerCut #fail'));
    expect(score('nh')).toBeGreaterThan(0);
  });

  it('scores outage phrases and emoji', () => {
    expect(score('still down')).toBeLessThan(-0.3);
    expect(score('no signal')).toBeLessThan(-0.3);
    expect(score('back up')).toBeGreaterThan(0.2);
    expect(score('😡')).toBeLessThan(-0.4);
    expect(score('❤️')).toBeGreaterThan(0.4);
  });

  it('uses the language lexicon and its negators', () => {
    expect(score('ça ne marche pas, nul', lex('fr'))).toBeLessThan(-0.3);
    expect(score('non è male', lex('it'))).toBeGreaterThan(0);
    expect(score('sin cobertura otra vez', lex('es'))).toBeLessThan(-0.3);
    expect(score('kein Netz, Frechheit', lex('de'))).toBeLessThan(-0.3);
  });

  it('scores service nouns and function words as nothing, whatever the published lexicons say', () => {
    expect(score('la rete, il sito, ancora qui', lex('it'))).toBe(0);
    expect(score('le technicien du fixe et du mobile, tout est si nouveau', lex('fr'))).toBe(0);
    expect(score('am Ende sitze ich unten fest', lex('de'))).toBe(0);
    expect(score('vamos a pagar la carga', lex('es'))).toBe(0);
    expect(score('topped up by credit card, the smart meter says nothing')).toBe(0);
  });

  it('returns 0 for text without sentiment words', () => {
    const s = scoreSentiment(normalisePost('the router is in the hall'), en);
    expect(s).toMatchObject({ compound: 0, hits: 0 });
  });
});

describe('compoundScore', () => {
  it('stays in [-1, 1] and is 0 for no evidence', () => {
    expect(compoundScore(0, 0)).toBe(0);
    expect(compoundScore(1e9, 1)).toBeLessThanOrEqual(1);
    expect(compoundScore(-1e9, 1)).toBeGreaterThanOrEqual(-1);
  });

  it('damps many weak hits below one strong hit of the same sum', () => {
    expect(compoundScore(4, 4)).toBeLessThan(compoundScore(4, 1));
  });
});

describe('scoreSentiment emphasis and phrases', () => {
  it('reads "no no no" as emphasis rather than a double negative', () => {
    expect(score('no no no, this is awful')).toBeLessThan(-0.2);
  });

  it('does not score "no" itself before a scored word', () => {
    expect(score('no good')).toBeLessThan(0);
  });

  it('boosts elongated words', () => {
    expect(score('goood')).toBeGreaterThan(score('good'));
  });

  it('scores phrases over their words', () => {
    expect(score("can't wait")).toBeGreaterThan(0.3);
  });
});

describe('scoreSentiment: when negation is emphasis', () => {
  it('reads "can\'t … enough" and "couldn\'t be more …" as emphasis, not a flip', () => {
    expect(score("can't thank the engineers enough")).toBeGreaterThan(score('thank the engineers'));
    expect(score("couldn't be more disappointed")).toBeLessThan(score('disappointed'));
  });

  it('reads disbelief ("can\'t believe …") as emphasis of what follows, not its negation', () => {
    expect(score("can't believe it's still down")).toBeLessThan(score("it's still down"));
    expect(score("can't believe how good the engineers have been")).toBeGreaterThan(0.3);
    // Not believing is still a negation when the negator cannot be emphatic.
    expect(score("I don't believe it's good")).toBeLessThan(0);
  });

  it('keeps plain negation and "not … enough" as negation', () => {
    expect(score('not good enough')).toBeLessThan(0);
    expect(score("can't say it's good")).toBeLessThan(0);
  });

  it('uses each language\'s own marks and positions', () => {
    expect(score('ich kann den Technikern nicht genug danken', lex('de'))).toBeGreaterThan(0);
    expect(score('nicht gut genug', lex('de'))).toBeLessThan(0);
  });

  it('lets a neutral phrase take its words out of play', () => {
    expect(score('nothing but love for the staff')).toBeGreaterThan(0.3);
    expect(score('no wonder the network is great')).toBeGreaterThan(0.3);
    expect(score('no way this is still broken')).toBeLessThan(-0.3);
  });

  it('says in the cue notes why a word kept its sign', () => {
    const cues = scoreSentiment(normalisePost("can't thank them enough"), en, true).cues ?? [];
    expect(cues.flatMap((c) => c.notes)).toContain('emphasised by "can\'t … enough"');
  });
});

describe('scoreSentiment: negation after the verb (German, spoken French)', () => {
  const de = lex('de');
  const fr = lex('fr');

  it('flips a listed verb when its negator follows a few words later', () => {
    expect(score('seit dem Update läuft die App nicht mehr', de)).toBeLessThan(0);
    expect(score('die neue Version gefällt mir überhaupt nicht', de)).toBeLessThan(0);
    expect(score("j'aime vraiment pas cette appli", fr)).toBeLessThan(0);
    expect(score('ça marche toujours pas depuis hier', fr)).toBeLessThan(0);
  });

  it('leaves the verb alone without a negator, or when a negator already came before it', () => {
    expect(score('endlich läuft die App wieder', de)).toBeGreaterThan(0);
    expect(score("j'aime cette appli", fr)).toBeGreaterThan(0);
    // "ne … pas" is one negation, not two.
    expect(score("je n'aime pas du tout cette appli", fr)).toBeLessThan(0);
  });

  it('stops at punctuation and at the next scored word, and ignores words that are not listed verbs', () => {
    expect(score('läuft, nicht wie gestern', de)).toBeGreaterThan(0);
    expect(score('das Essen war gut und nicht teuer', de)).toBeGreaterThan(0);
    const explained = scoreSentiment(normalisePost('das Essen war gut und nicht teuer'), de, true).cues ?? [];
    expect(explained.find((c) => c.text === 'gut')?.notes).toEqual([]);
  });
});

describe('scoreSentiment: compound insults (German)', () => {
  const de = lex('de');

  it('gives an unknown compound the valence of the insult it starts with', () => {
    expect(score('was für ein Scheißnetz', de)).toBeLessThan(-0.3);
    expect(score('Drecksfirma', de)).toBeLessThan(-0.3);
    expect(score('der nächste Abzockvertrag', de)).toBeLessThan(-0.3);
  });

  it('needs three more letters, and leaves words the lexicon knows alone', () => {
    expect(score('Kackwurst', de)).toBeLessThan(0);
    expect(score('Kacker', de)).toBe(0);
    expect(score('Abzocke', de)).toBe(score('Abzocke', { ...de, compounds: [] }));
  });

  it('belongs to the language that lists it: English words starting the same way stay neutral', () => {
    expect(score('schrottnetz')).toBe(0);
  });
});

describe('scoreSentiment: insults aimed at a provider', () => {
  it('reads clowns and amateurs as insults in every language, not as fun', () => {
    expect(score('quelle bande de bouffons', lex('fr'))).toBeLessThan(-0.3);
    expect(score('sois payasos', lex('es'))).toBeLessThan(-0.3);
    expect(score('absolute Vollpfosten', lex('de'))).toBeLessThan(-0.3);
    expect(score('un servizio che è un cesso', lex('it'))).toBeLessThan(-0.3);
  });
});
