import { bucketStart } from '../../../src/domain/bucket';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('bucketStart', () => {
  it('floors to the UTC hour in UTC', () => {
    expect(iso(bucketStart(t('2018-12-06T05:41:13Z'), '1h', 'UTC'))).toBe('2018-12-06T05:00:00.000Z');
  });

  it('aligns hours to local wall-clock time in a half-hour zone', () => {
    // 05:41Z is 11:11 in Kolkata (+05:30): the local hour starts at 11:00 = 05:30Z.
    expect(iso(bucketStart(t('2018-12-06T05:41:13Z'), '1h', 'Asia/Kolkata'))).toBe('2018-12-06T05:30:00.000Z');
  });

  it('aligns quarter hours in a 45-minute zone', () => {
    // Kathmandu is +05:45: 05:41Z is 11:26 local, whose quarter starts 11:15 = 05:30Z.
    expect(iso(bucketStart(t('2018-12-06T05:41:13Z'), '15m', 'Asia/Kathmandu'))).toBe('2018-12-06T05:30:00.000Z');
  });

  it('starts days at local midnight', () => {
    expect(iso(bucketStart(t('2018-12-06T05:41:13Z'), '1d', 'America/New_York'))).toBe('2018-12-06T05:00:00.000Z');
    expect(iso(bucketStart(t('2018-12-06T04:59:00Z'), '1d', 'America/New_York'))).toBe('2018-12-05T05:00:00.000Z');
  });

  it('starts a day at local midnight on a DST change day', () => {
    // London springs forward on 2019-03-31: midnight is still GMT (00:00Z), the day is 23 hours long.
    expect(iso(bucketStart(t('2019-03-31T22:30:00Z'), '1d', 'Europe/London'))).toBe('2019-03-31T00:00:00.000Z');
    expect(iso(bucketStart(t('2019-03-31T23:30:00Z'), '1d', 'Europe/London'))).toBe('2019-03-31T23:00:00.000Z');
  });

  it('keeps the two repeated local hours of a DST fall-back apart', () => {
    const first = bucketStart(t('2018-10-28T00:30:00Z'), '1h', 'Europe/London'); // 01:30 BST
    const second = bucketStart(t('2018-10-28T01:30:00Z'), '1h', 'Europe/London'); // 01:30 GMT
    expect(first).not.toBe(second);
    expect(iso(second)).toBe('2018-10-28T01:00:00.000Z');
  });
});
