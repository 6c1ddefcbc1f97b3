import { compileLanguageDetector, detectLanguage } from '../../../src/analysis/detect-language';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';
import { normalisePost } from '../../../src/analysis/normalise-post';

const resources = loadAnalyserResources();
const detector = compileLanguageDetector(resources.stopwords, resources.language);
const detect = (text: string, hint?: string) => detectLanguage(normalisePost(text), detector, text, hint).lang;

describe('detectLanguage', () => {
  it('recognises the five supported languages', () => {
    expect(detect('still no signal in the whole town and nobody is telling us anything')).toBe('en');
    expect(detect("toujours pas de réseau chez moi depuis ce matin, c'est une blague")).toBe('fr');
    expect(detect('ancora niente linea a casa mia da stamattina, che schifo')).toBe('it');
    expect(detect('otra vez sin cobertura en casa desde esta mañana, qué vergüenza')).toBe('es');
    expect(detect('schon wieder kein Netz bei mir seit heute morgen, echt eine Frechheit')).toBe('de');
  });

  it('recognises some unsupported languages', () => {
    expect(detect('de storing is nog steeds niet opgelost, ik heb geen bereik')).toBe('nl');
    expect(detect('Привет, интернет опять не работает')).toBe('ru');
    expect(detect('ネットが使えない')).toBe('ja');
  });

  it("says 'und' when the text is too short or has no evidence", () => {
    expect(detect('')).toBe('und');
    expect(detect('😡😡')).toBe('und');
    expect(detect('Vodafone')).toBe('und');
  });

  it('lets a declared language tip a thin post', () => {
    expect(detect('sin red', 'es')).toBe('es');
  });

  it('takes the declared language for a post too thin to tell', () => {
    expect(detect('Katastrophe', 'de')).toBe('de');
    expect(detect('me mola', 'es')).toBe('es');
    expect(detect('me mola')).toBe('und');
    expect(detect('Vodafone', 'it')).toBe('it');
    expect(detect('Vodafone')).toBe('und');
    // A declared language the detector does not know changes nothing.
    expect(detect('Vodafone', 'xx')).toBe('und');
  });
});

describe('detectLanguage orthography and endings', () => {
  it('uses telling letters and marks for unseen words', () => {
    expect(detect('¿alguien más sin conexión?')).toBe('es');
    expect(detect('Größter Ärger überhaupt, Straße komplett ohne Netz')).toBe('de');
  });

  it('needs two pieces of evidence without a declared language', () => {
    expect(detect('Spammer. Die.')).toBe('und');
  });
});
