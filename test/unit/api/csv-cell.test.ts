import { csvCell, csvRow } from '../../../src/api/csv-cell';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('escapes a text cell starting like a formula: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers, booleans and empty values as they are', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('joins a row with commas and ends it with CRLF', () => {
    expect(csvRow(['a', 1, '=x'])).toBe("a,1,'=x\r\n");
  });
});
