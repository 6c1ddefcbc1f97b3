import { JsonScanner, type JsonEvent } from '../../../src/ingest/json-scanner';

/** Feeds text one character at a time: the hardest chunking there is. */
function scan(text: string, select: ConstructorParameters<typeof JsonScanner>[0], maxChars = 1e6): JsonEvent[] {
  const scanner = new JsonScanner(select, maxChars);
  const events: JsonEvent[] = [];
  for (const ch of text) events.push(...scanner.push(ch));
  return events.concat(scanner.end());
}

const elements = (path: readonly (string | number)[]) => (path.length === 0 ? 'descend' : 'capture');

describe('JsonScanner', () => {
  it('cuts out each element of a top-level array with the line it starts on', () => {
    const events = scan('[\n {"a": "}]\\"["},\n 2, "x",\n null]', elements);
    expect(events.filter((e) => e.kind === 'value')).toEqual([
      { kind: 'value', path: [0], line: 2, text: '{"a": "}]\\"["}' },
      { kind: 'value', path: [1], line: 3, text: '2' },
      { kind: 'value', path: [2], line: 3, text: '"x"' },
      { kind: 'value', path: [3], line: 4, text: 'null' },
    ]);
  });

  it('descends into the keys it is told to and skips the rest without keeping them', () => {
    const select = (path: readonly (string | number)[], first: string) =>
      path.length === 0 || (path[0] === 'data' && path.length === 1 && first === '[') ? 'descend' : path[0] === 'data' ? 'capture' : 'skip';
    const events = scan('{"meta": {"big": [1,2,3]}, "da\\u0074a": [{"id": 1}]}', select);
    expect(events.map((e) => (e.kind === 'value' ? `${e.kind} ${e.path.join('.')} ${e.text}` : `${e.kind} ${'path' in e ? e.path.join('.') : ''}`))).toEqual([
      'open ',
      'open data',
      'value data.0 {"id": 1}',
      'close data',
      'close ',
    ]);
  });

  it('reports an over-long element by size instead of its text', () => {
    const events = scan(`[${JSON.stringify('a'.repeat(100))}, 1]`, elements, 50);
    expect(events.filter((e) => e.kind === 'too-long' || e.kind === 'value')).toEqual([
      { kind: 'too-long', path: [0], line: 1, chars: 102 },
      { kind: 'value', path: [1], line: 1, text: '1' },
    ]);
  });

  it('reports an element cut off by the end of the input, and the container left open', () => {
    const events = scan('[{"a": 1}, {"b": "unfinished', elements);
    expect(events.slice(-2)).toEqual([
      { kind: 'truncated', path: [1], line: 1 },
      { kind: 'unclosed', path: [], line: 1 },
    ]);
  });

  it('reads a sequence of top-level values (concatenated JSON)', () => {
    const events = scan('{"a":1}\n{"a":2}\n', () => 'capture');
    expect(events).toEqual([
      { kind: 'value', path: [], line: 1, text: '{"a":1}' },
      { kind: 'value', path: [], line: 2, text: '{"a":2}' },
    ]);
  });

  it('reports a structural error once per line and carries on', () => {
    const events = scan('{"a" 1 2 3\n}', (p) => (p.length === 0 ? 'descend' : 'capture'));
    expect(events.filter((e) => e.kind === 'error')).toEqual([{ kind: 'error', line: 1, message: 'invalid JSON at line 1: expected ":" but found "1"' }]);
  });
});
