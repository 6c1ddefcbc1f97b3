import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';

// Hand-written posts whose polarity a word-by-word scorer gets wrong: negated idioms, litotes,
// "can't thank them enough", "couldn't be more disappointed", "thanks for nothing". One file per language.
const dir = join(__dirname, '..', '..', 'fixtures', 'sentiment-idioms');
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [polarity, text] = line.split('\t');
        return { lang: f.replace('.tsv', ''), polarity: polarity as 'positive' | 'negative', text: text ?? '' };
      }),
  );

const analyser = createAnalyser(loadAnalyserResources());

describe('sentiment of idioms and negated expressions', () => {
  it('has fixtures in every supported language', () => {
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'fr', 'it', 'es', 'de']));
  });

  it.each(rows)('[$lang] $polarity: $text', ({ lang, polarity, text }) => {
    const { score } = analyser.analyze(text, { lang }).sentiment;
    if (polarity === 'positive') expect(score).toBeGreaterThan(0);
    else expect(score).toBeLessThan(0);
  });
});
