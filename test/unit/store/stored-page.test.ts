import { recordsOfPage } from '../../../src/store/stored-page';

describe('recordsOfPage', () => {
  it('reads every record of a page whose posts were all new', () => {
    expect(recordsOfPage('["a",1]\n["b",2]')).toEqual(['["a",1]', '["b",2]']);
  });

  it('reads a single-record element as a page of one', () => {
    expect(recordsOfPage('["a",1,"tab\\tand\\nnewline escaped"]')).toEqual(['["a",1,"tab\\tand\\nnewline escaped"]']);
  });

  it('leaves out the records its keep-mask marks as duplicates', () => {
    expect(recordsOfPage('1001\t["a"]\n["b"]\n["c"]\n["d"]')).toEqual(['["a"]', '["d"]']);
  });
});
