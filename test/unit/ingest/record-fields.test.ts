import { rawPostFromRecord } from '../../../src/ingest/record-fields';

describe('rawPostFromRecord', () => {
  it('finds the text, time, id, author and lang of a record by their common names', () => {
    const raw = rawPostFromRecord({ id: '1', created_at: '2018-12-06T10:00:00Z', text: 'no data', user: { screen_name: 'ann' }, lang: 'en' }, {});
    expect(raw.text?.value).toBe('no data');
    expect(raw.time?.value).toBe('2018-12-06T10:00:00Z');
    expect(raw.id?.value).toBe('1');
    expect(raw.author?.value).toBe('ann');
    expect(raw.lang?.value).toBe('en');
  });

  it('follows a column map, dotted paths included', () => {
    const raw = rawPostFromRecord({ body: 'mapped', meta: { when: '2018-12-06T10:00:00Z' } }, { text: 'body', time: 'meta.when' });
    expect(raw.text?.value).toBe('mapped');
    expect(raw.time?.value).toBe('2018-12-06T10:00:00Z');
  });

  it('does not carry one upload’s column map over to the next upload of the same shape', () => {
    const record = { text: 'own text', body: 'mapped body', created_at: '2018-12-06T10:00:00Z' };
    expect(rawPostFromRecord(record, { text: 'body' }).text?.value).toBe('mapped body');
    expect(rawPostFromRecord(record, {}).text?.value).toBe('own text');
  });
});
