import { findMoodTurns } from '../../../src/domain/find-mood-turns';
import { level, moodSeries } from '../../helpers/mood-series';

const END = '2018-12-08T00:00:00Z';

describe('findMoodTurns', () => {
  it('finds the onset and the recovery of an outage, with the levels either side', () => {
    const series = moodSeries([...level(6, 100, 0.1), ...level(8, 300, 0.6), ...level(6, 150, 0.25)]);
    const turns = findMoodTurns(series, END);
    expect(turns.map((t) => [t.start, t.direction])).toEqual([
      ['2018-12-06T06:00:00Z', 'worse'],
      ['2018-12-06T14:00:00Z', 'better'],
    ]);
    expect(turns[0]!.before).toEqual({ from: '2018-12-06T00:00:00Z', to: '2018-12-06T06:00:00Z', posts: 600, negativeShare: 0.1, mean: -0.1 });
    expect(turns[0]!.after).toMatchObject({ from: '2018-12-06T06:00:00Z', to: '2018-12-06T14:00:00Z', posts: 2400, negativeShare: 0.6 });
    expect(turns[1]!.after).toMatchObject({ from: '2018-12-06T14:00:00Z', to: END, posts: 900, negativeShare: 0.253 });
  });

  it('finds nothing in a level series with hour-to-hour noise', () => {
    const noisy: Array<[number, number, number]> = [[40, 60, 0], [52, 48, 0], [45, 55, 0], [38, 62, 0], [50, 50, 0], [47, 53, 0], [41, 59, 0], [49, 51, 0]];
    expect(findMoodTurns(moodSeries(noisy), END)).toEqual([]);
  });

  it('ignores a shift smaller than 10 points however many posts carry it', () => {
    expect(findMoodTurns(moodSeries([...level(5, 5000, 0.3), ...level(5, 5000, 0.37)]), END)).toEqual([]);
  });

  it('says nothing when either side has too few posts', () => {
    expect(findMoodTurns(moodSeries([...level(3, 5, 0), ...level(3, 5, 1)]), END)).toEqual([]);
  });

  it('starts a turn at the first bucket with posts after a quiet spell', () => {
    const series = moodSeries([...level(4, 100, 0.1), ...level(3, 0, 0), ...level(4, 100, 0.7)]);
    expect(findMoodTurns(series, END).map((t) => t.start)).toEqual(['2018-12-06T07:00:00Z']);
  });

  it('keeps at most six turns, the strongest first found', () => {
    const zigzag = Array.from({ length: 12 }, (_, i) => level(2, 200, i % 2 === 0 ? 0.1 : 0.7)).flat();
    const turns = findMoodTurns(moodSeries(zigzag), END);
    expect(turns).toHaveLength(6);
    expect(turns.every((t, i) => i === 0 || t.direction !== turns[i - 1]!.direction)).toBe(true);
  });

  it('reads an empty series as no turns', () => {
    expect(findMoodTurns([], null)).toEqual([]);
  });
});
