import { epochToMs, parseIsoUtc, parseTime } from '../../../src/ingest/parse-time';

const ctx = { tz: 'UTC', now: new Date('2019-01-01T00:00:00Z') };
const iso = (value: unknown, extra: Partial<typeof ctx> & { dateOrder?: 'dmy' | 'mdy' } = {}) => {
  const r = parseTime(value, { ...ctx, ...extra });
  return r.ok ? r.date.toISOString() : r.problem;
};

describe('parseTime', () => {
  it.each([
    ['2018-12-06T10:12:00Z', '2018-12-06T10:12:00.000Z'],
    ['2018-12-06T10:12:00.123+01:00', '2018-12-06T09:12:00.123Z'],
    ['2018-12-06 10:12', '2018-12-06T10:12:00.000Z'],
    ['2018-12-06', '2018-12-06T00:00:00.000Z'],
    ['2018/12/06 10:12:30 -0500', '2018-12-06T15:12:30.000Z'],
    ['Wed Dec 05 10:12:00 +0000 2018', '2018-12-05T10:12:00.000Z'],
    ['Thu, 06 Dec 2018 10:12:00 GMT', '2018-12-06T10:12:00.000Z'],
    ['06/12/2018 10:12', '2018-12-06T10:12:00.000Z'],
    ['13/12/2018 10:12', '2018-12-13T10:12:00.000Z'],
    ['12/13/2018 10:12 PM', '2018-12-13T22:12:00.000Z'],
    ['06.12.2018 10:12', '2018-12-06T10:12:00.000Z'],
    ['Dec 6, 2018 12:05 AM', '2018-12-06T00:05:00.000Z'],
    ['6 December 2018 10:12', '2018-12-06T10:12:00.000Z'],
    ['07-Dec-2018 08:45', '2018-12-07T08:45:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('reads the common ISO UTC layout by its fast path, and leaves impossible or other layouts to the general parsers', () => {
    expect(parseIsoUtc('2018-12-06T04:30:00Z')).toBe(Date.UTC(2018, 11, 6, 4, 30));
    expect(parseIsoUtc('2016-02-29T23:59:59.999Z')).toBe(Date.UTC(2016, 1, 29, 23, 59, 59, 999));
    for (const other of ['2018-02-29T10:00:00Z', '2018-12-06T24:00:00Z', '2018-12-06T10:60:00Z', '2018-12-06 10:12:00Z', '2018-12-06T10:12:00+01:00', '2018-1x-06T10:12:00Z']) {
      expect(parseIsoUtc(other)).toBeUndefined();
    }
    expect(iso('2018-02-29T10:00:00Z')).toBe('unparseable');
    expect(iso('2018-12-06T10:12:00.5Z')).toBe('2018-12-06T10:12:00.500Z');
  });

  it('tells epoch seconds, milliseconds and microseconds apart by size, quoted or not', () => {
    expect(iso(1544090000)).toBe('2018-12-06T09:53:20.000Z');
    expect(iso('1544090000')).toBe('2018-12-06T09:53:20.000Z');
    expect(iso(1544090000123)).toBe('2018-12-06T09:53:20.123Z');
    expect(iso('"1544090000123"')).toBe('2018-12-06T09:53:20.123Z');
    expect(iso(1544090000123456)).toBe('2018-12-06T09:53:20.123Z');
    expect(epochToMs(1e21)).toBeUndefined();
  });

  it('reads times without an offset in the given zone, across daylight saving', () => {
    expect(iso('2018-12-06 10:12', { tz: 'Europe/London' })).toBe('2018-12-06T10:12:00.000Z');
    expect(iso('2018-07-06 10:12', { tz: 'Europe/London' })).toBe('2018-07-06T09:12:00.000Z');
    expect(iso('2018-12-06 10:12', { tz: 'Asia/Kolkata' })).toBe('2018-12-06T04:42:00.000Z');
    expect(iso('2018-12-06T10:12:00Z', { tz: 'Asia/Kolkata' })).toBe('2018-12-06T10:12:00.000Z');
  });

  it('reads an ambiguous slash date day-first unless the file is month-first', () => {
    expect(iso('05/12/2018')).toBe('2018-12-05T00:00:00.000Z');
    expect(iso('05/12/2018', { dateOrder: 'mdy' })).toBe('2018-05-12T00:00:00.000Z');
    expect(iso('25/12/2018', { dateOrder: 'mdy' })).toBe('2018-12-25T00:00:00.000Z');
  });

  it('says what is wrong with an unusable time', () => {
    expect(iso('yesterday')).toBe('unparseable');
    expect(iso('2018-02-30')).toBe('unparseable');
    expect(iso('')).toBe('unparseable');
    expect(iso(null)).toBe('unparseable');
    expect(iso('2005-12-31T23:59:59Z')).toBe('before 2006');
    expect(iso('2019-01-02T00:00:01Z')).toBe('more than a day in the future');
    expect(iso('2019-01-01T23:00:00Z')).toBe('2019-01-01T23:00:00.000Z');
  });
});
