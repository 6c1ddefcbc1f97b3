import { parseTrainingTsv } from '../../../src/analysis/parse-training-tsv';

describe('parseTrainingTsv', () => {
  it('reads rows after the header', () => {
    const { rows, rejected } = parseTrainingTsv('lang\tcategory\tsentiment\ttext\nen\tcomplaint\tnegative\tno signal\n\n');
    expect(rows).toEqual([{ lang: 'en', category: 'complaint', sentiment: 'negative', text: 'no signal' }]);
    expect(rejected).toEqual([]);
  });

  it('reports rows with an unknown label or no text by line', () => {
    const { rows, rejected } = parseTrainingTsv('lang\tcategory\tsentiment\ttext\nen\tangry\tnegative\tx\npt\tother\tneutral\ty\nen\tother\tneutral\t \n');
    expect(rows).toEqual([]);
    expect(rejected.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('rejects a file with the wrong header', () => {
    expect(parseTrainingTsv('text\tlabel\nx\ty').rejected).toEqual([{ line: 1, reason: expect.stringContaining('header') }]);
  });
});
