import { moodNotes } from '../../../src/cli/commands/mood';
import type { MoodSpan } from '../../../src/domain/mood-span';

const span = (from: string, negativeShare: number, mean: number): MoodSpan => ({ from, to: null, posts: 300, negativeShare, mean });

describe('moodNotes (under the moodline mood table)', () => {
  it('gives a line per turn, the most negative bucket and the latest trend', () => {
    const lines = moodNotes({
      turns: [{ start: '2018-12-06T18:00:00Z', direction: 'better', before: span('2018-12-06T04:00:00Z', 0.576, -0.22), after: span('2018-12-06T18:00:00Z', 0.399, -0.0057) }],
      mostNegative: { start: '2018-12-06T13:00:00Z', posts: 291, negativeShare: 0.622 },
      trend: { direction: 'worse', previous: span('2018-12-07T09:00:00Z', 0.286, 0), recent: span('2018-12-07T12:00:00Z', 0.425, 0) },
    });
    expect(lines).toEqual([
      'Mood turned better at 2018-12-06T18:00:00Z: negative 57.6% -> 39.9% of posts (mean -0.220 -> -0.006)',
      'Most negative bucket: 2018-12-06T13:00:00Z, 62.2% of 291 posts negative',
      'Latest: getting worse, negative 28.6% -> 42.5% (last buckets with posts from 2018-12-07T12:00:00Z)',
    ]);
  });

  it('says so when there is no turn, no bucket busy enough and too few posts for a trend', () => {
    expect(moodNotes({ turns: [], mostNegative: null, trend: null })).toEqual([
      'Mood turns: none (no lasting shift of the negative share by 10 points or more)',
      'Latest: too few recent posts to tell a trend',
    ]);
  });
});
