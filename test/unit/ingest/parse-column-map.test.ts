import { parseColumnMap } from '../../../src/ingest/parse-column-map';

describe('parseColumnMap', () => {
  it('reads role=column pairs, keeping spaces inside column names', () => {
    expect(parseColumnMap('text=Full Text, time=Date ,author=Author Handle')).toEqual({ text: 'Full Text', time: 'Date', author: 'Author Handle' });
  });

  it('allows a quoted column name holding a comma', () => {
    expect(parseColumnMap('text="Text, full",date=Day')).toEqual({ text: 'Text, full', date: 'Day' });
  });

  it('rejects unknown roles, missing columns and duplicates with a 400 naming each problem', () => {
    expect(() => parseColumnMap('body=Text,time,text=A,text=B')).toThrow(
      expect.objectContaining({
        code: 'invalid_column_map',
        status: 400,
        message: expect.stringContaining('"body" is not a field (use text, time, date, id, author, lang); "time" needs a column name: time=COLUMN; text is mapped twice'),
      }),
    );
  });

  it('rejects an empty map', () => {
    expect(() => parseColumnMap(' ')).toThrow(/the map is empty/);
  });
});
