import { createAnalyser } from '../../../src/analysis/create-analyser';
import { loadAnalyserResources } from '../../../src/analysis/load-analyser-resources';

const analyser = createAnalyser(loadAnalyserResources());

/** The longest post text ingest and POST /api/analyze accept (parse-options.ts, analyze-routes.ts). */
const LONGEST = 20_000;
const filled = (unit: string): string => unit.repeat(Math.ceil(LONGEST / unit.length)).slice(0, LONGEST);

// Whatever a post of the longest allowed length is made of, the analyser gives a finite score and does not throw.
// (The runs of emoji and the run-together hashtags here once cost seconds a post; the bounds that fixed that are
// specified in score-sentiment.test.ts and segment-hashtags.test.ts.)
describe('the analyser on the longest posts it may be given', () => {
  it.each([
    ['a run-together hashtag', `#${filled('nosignalagain')}`.slice(0, LONGEST)],
    ['a run of emoji before a word', `${filled('😡').slice(0, LONGEST - 5)} down`],
    ['negators', filled('not ')],
    ['emoticons', filled(':-( ')],
    ['an elongated word', `s${filled('o')}`],
    ['outage words', filled('no signal still down ')],
    ['mentions', filled('@O2 ')],
    ['half an emoji', filled('\uD83D')],
  ])('scores %s', (_, text) => {
    expect(Number.isFinite(analyser.analyze(text).sentiment.score)).toBe(true);
    expect(Number.isFinite(analyser.explain(text).sentiment.score)).toBe(true);
  });
});
