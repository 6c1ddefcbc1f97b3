import { CsvTokenizer, type CsvRecord } from '../../../src/ingest/csv-tokenizer';

function tokenize(text: string, delimiter = ',', maxChars?: number, chunk = 1): CsvRecord[] {
  const t = new CsvTokenizer(delimiter, maxChars);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...t.push(text.slice(i, i + chunk)));
  return out.concat(t.end());
}

describe('CsvTokenizer', () => {
  it('splits records and fields, with quoted delimiters, doubled quotes and newlines', () => {
    expect(tokenize('a,"b,c","say ""hi""\nthere"\r\nd,,\n')).toEqual([
      { line: 1, cells: ['a', 'b,c', 'say "hi"\nthere'] },
      { line: 3, cells: ['d', '', ''] },
    ]);
  });

  it('keeps a quote inside an unquoted field as a literal character', () => {
    expect(tokenize('5" screen,ok')).toEqual([{ line: 1, cells: ['5" screen', 'ok'] }]);
  });

  it('uses the delimiter it is given', () => {
    expect(tokenize('a|b\tc;d', '|')).toEqual([{ line: 1, cells: ['a', 'b\tc;d'] }]);
  });

  it('skips an over-long record without keeping it and resumes at the next one', () => {
    expect(tokenize(`x,"${'y'.repeat(100)}"\nshort\n`, ',', 50, 7)).toEqual([
      { line: 1, error: 'row too long (101 chars, max 50)' },
      { line: 2, cells: ['short'] },
    ]);
  });

  it('reports an unterminated quote at the end', () => {
    expect(tokenize('ok\n"open\nstill open')).toEqual([
      { line: 1, cells: ['ok'] },
      { line: 2, error: 'unterminated quoted field (row starting at line 2 runs to the end of the file)' },
    ]);
  });
});
