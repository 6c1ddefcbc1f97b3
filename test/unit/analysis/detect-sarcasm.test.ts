import { createAnalyser } from '../../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';

const analyser = createAnalyser(loadAnalyserResources());
const sarcastic = (text: string) => analyser.explain(text).explain.sentiment.sarcasm;

describe('detectSarcasm', () => {
  it('flags praise next to a live outage', () => {
    expect(sarcastic('great, no data again, thanks O2')).toBe(true);
    expect(sarcastic('love paying for broadband that is still down every evening')).toBe(true);
    expect(sarcastic('merci SFR, encore une panne ce soir, toujours pas de réseau')).toBe(true);
  });

  it('leaves sincere praise and restorations alone', () => {
    expect(sarcastic('great news, signal is back up, thanks O2')).toBe(false);
    expect(sarcastic('love the internet, so many cat videos')).toBe(false);
    expect(sarcastic('thanks to the engineers for fixing the outage so quickly')).toBe(false);
  });
});
