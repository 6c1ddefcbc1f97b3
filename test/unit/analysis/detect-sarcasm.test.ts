import { createAnalyser } from '../../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';

const analyser = createAnalyser(loadAnalyserResources());
const sarcastic = (text: string) => analyser.explain(text).explain.sentiment.sarcasm;

describe('detectSarcasm', () => {
  it('flags praise next to a live outage', () => {
    expect(sarcastic('great, no data again, thanks O2')).toBe(true);
    expect(sarcastic('love paying for broadband that is still down every evening')).toBe(true);
    expect(sarcastic('merci SFR, encore une panne ce soir, toujours pas de réseau')).toBe(true);
    expect(sarcastic('perfecto, Tigo. perfecto. sin internet el día de mi examen')).toBe(true);
    expect(sarcastic('che efficienza @TIM, terzo giorno senza linea')).toBe(true);
  });

  it('leaves sincere praise and restorations alone', () => {
    expect(sarcastic('great news, signal is back up, thanks O2')).toBe(false);
    expect(sarcastic('love the internet, so many cat videos')).toBe(false);
    expect(sarcastic('thanks to the engineers for fixing the outage so quickly')).toBe(false);
    expect(sarcastic('drei Tage kein Netz, jetzt endlich geflickt, super @NetzRuhr')).toBe(false);
    expect(sarcastic('tres días sin luz y por fin volvió la luz, genial')).toBe(false);
  });

  it('reads praise after a "but" that follows the problem as sincere', () => {
    expect(sarcastic('no signal since Monday, but the lady in the shop lent me a phone, brilliant')).toBe(false);
    expect(sarcastic('Seit Montag kein Netz, aber die Frau im Shop hat mir ein Leihhandy gegeben. Top, ehrlich.')).toBe(false);
    expect(sarcastic('brilliant, no signal since Monday, but whatever')).toBe(true);
  });

  it('needs a grievance beyond the outage\'s name, and reads "after the outage" as over', () => {
    expect(sarcastic('thank you @EE for the live updates during the outage, really helpful')).toBe(false);
    expect(sarcastic('merci @bouyguestelecom, le crédit de 10€ suite à la panne est bien arrivé')).toBe(false);
    expect(sarcastic('great, the outage again, still no signal, thanks O2')).toBe(true);
  });

  it('flags thanks for something bad, even without outage words', () => {
    expect(sarcastic('@shopco thanks for ignoring all my messages')).toBe(true);
    expect(sarcastic('thanks @parcelco for sending the wrong size again')).toBe(true);
    expect(sarcastic('merci @Orange pour cette panne interminable')).toBe(true);
    expect(sarcastic('gracias @movistar_es por dejarnos sin fibra otra vez')).toBe(true);
  });

  it('keeps thanks sincere when what follows is good, negated or far away', () => {
    expect(sarcastic('thanks for the quick fix, all working')).toBe(false);
    expect(sarcastic('thanks for not ignoring me this time')).toBe(false);
    expect(sarcastic('thanks for keeping us all posted about the delay')).toBe(false);
    expect(sarcastic('merci pour le retour rapide, tout remarche')).toBe(false);
    expect(sarcastic('danke für die schnelle Hilfe')).toBe(false);
  });
});
