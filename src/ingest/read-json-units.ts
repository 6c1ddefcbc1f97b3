import { JsonScanner, type JsonEvent, type JsonPathSegment } from './json-scanner';
import { peekText } from './peek';
import { splitLines } from './split-lines';

/**
 * What a JSON export is made of, whatever its layout: items (posts, or page entries under a
 * wrapper key such as `data`), the other members of a page object, page ends, and bad units.
 */
export type JsonUnit =
  | { kind: 'item'; line: number; value: unknown; key?: string }
  | { kind: 'member'; line: number; key: string; value: unknown }
  | { kind: 'page-end'; line: number }
  | { kind: 'bad'; line: number; reason: string };

export interface JsonUnitOptions {
  /** Keys whose array values hold the items of a page/collection object (`data`, `orderedItems`…). */
  wrapperKeys: ReadonlySet<string>;
  /** Longest single element/line kept, in characters. */
  maxChars: number;
  /** First line of the text (when a prefix such as `window.YTD… =` was cut off). */
  startLine?: number;
}

/** `lines`: one JSON value per line (NDJSON); `document`: anything else, streamed by the scanner. */
export type JsonLayout = 'lines' | 'document';

/** NDJSON when the first line is a whole object on its own; arrays and pretty-printed JSON are documents. */
export function detectJsonLayout(head: string): JsonLayout {
  const start = head.search(/\S/);
  if (start < 0 || head[start] !== '{') return 'document';
  const nl = head.indexOf('\n', start);
  const first = nl < 0 ? head.slice(start) : head.slice(start, nl);
  try {
    JSON.parse(first);
    return 'lines';
  } catch {
    return 'document';
  }
}

/** Streams the units of a JSON export in file order, NDJSON or document alike. */
export async function* readJsonUnits(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit> {
  const { head, all } = await peekText(text);
  if (detectJsonLayout(head) === 'lines') yield* readLines(all, options);
  else yield* readDocument(all, options);
}

async function* readLines(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit> {
  for await (const l of splitLines(text, options.maxChars)) {
    if ('tooLong' in l) {
      yield { kind: 'bad', line: l.line, reason: `line too long (${l.tooLong} chars, max ${options.maxChars})` };
      continue;
    }
    if (l.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(l.text);
    } catch (err) {
      yield { kind: 'bad', line: l.line, reason: `invalid JSON: ${(err as Error).message}` };
      continue;
    }
    yield* unitsOfValue(value, l.line, options.wrapperKeys);
  }
}

/** Splits one parsed line into units: a page's members and items, or one item. */
function* unitsOfValue(value: unknown, line: number, wrapperKeys: ReadonlySet<string>): Generator<JsonUnit> {
  const obj = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  const wrappers = obj ? Object.keys(obj).filter((k) => wrapperKeys.has(k) && Array.isArray(obj[k])) : [];
  if (!obj || wrappers.length === 0) {
    yield { kind: 'item', line, value };
    return;
  }
  for (const [key, member] of Object.entries(obj)) if (!wrappers.includes(key)) yield { kind: 'member', line, key, value: member };
  for (const key of wrappers) for (const item of obj[key] as unknown[]) yield { kind: 'item', line, value: item, key };
  yield { kind: 'page-end', line };
}

async function* readDocument(text: AsyncIterable<string>, options: JsonUnitOptions): AsyncGenerator<JsonUnit> {
  const doc = new DocumentAssembler(options);
  for await (const chunk of text) yield* doc.accept(doc.scanner.push(chunk));
  yield* doc.accept(doc.scanner.end());
}

/** Turns scanner events into units; a top-level object without wrapper arrays is rebuilt as one item. */
class DocumentAssembler {
  readonly scanner: JsonScanner;
  private members: [string, string][] = [];
  private memberChars = 0;
  private isPage = false;
  private objectLine = 0;
  private objectTooLong = false;
  private truncatedReported = false;

  constructor(private readonly options: JsonUnitOptions) {
    const wrappers = options.wrapperKeys;
    this.scanner = new JsonScanner(
      (path, first) => {
        if (path.length === 0) return first === '{' || first === '[' ? 'descend' : 'capture';
        if (path.length === 1 && typeof path[0] === 'string' && wrappers.has(path[0]) && first === '[') return 'descend';
        return 'capture';
      },
      options.maxChars,
      options.startLine,
    );
  }

  *accept(events: JsonEvent[]): Generator<JsonUnit> {
    for (const e of events) yield* this.handle(e);
  }

  private *handle(e: JsonEvent): Generator<JsonUnit> {
    const where = e.kind === 'error' ? [] : e.path;
    switch (e.kind) {
      case 'open':
        if (where.length === 0) this.startObject(e.array ? 0 : e.line);
        else if (!this.isPage) {
          this.isPage = true;
          yield* this.releaseMembers();
        }
        return;
      case 'value':
        yield* this.value(e.path, e.line, e.text);
        return;
      case 'too-long':
        if (e.path.length === 1 && typeof e.path[0] === 'string' && !this.isPage) {
          this.memberChars += e.chars;
          this.objectTooLong = true;
        } else yield { kind: 'bad', line: e.line, reason: `record too long (${e.chars} chars, max ${this.options.maxChars})` };
        return;
      case 'close':
        if (where.length === 0) yield* this.endObject();
        return;
      case 'error':
        yield { kind: 'bad', line: e.line, reason: e.message };
        return;
      case 'truncated':
        if (e.path.length === 1 && typeof e.path[0] === 'string' && !this.isPage) return; // reported by 'unclosed'
        this.truncatedReported = true;
        yield { kind: 'bad', line: e.line, reason: `invalid JSON: the file ends inside the element starting at line ${e.line}` };
        return;
      case 'unclosed':
        if (this.truncatedReported) return;
        if (this.objectLine > 0 && !this.isPage) {
          yield { kind: 'bad', line: this.objectLine, reason: `invalid JSON: the file ends inside the object starting at line ${this.objectLine}` };
        } else {
          yield { kind: 'bad', line: e.line, reason: `invalid JSON: the file ends before the value opened at line ${e.line} is closed` };
        }
    }
  }

  private *value(path: JsonPathSegment[], line: number, text: string): Generator<JsonUnit> {
    const [first, second] = path;
    if (path.length === 1 && typeof first === 'string') {
      if (this.isPage) yield parseUnit(text, line, (value) => ({ kind: 'member', line, key: first, value }));
      else {
        this.memberChars += text.length;
        if (this.memberChars > this.options.maxChars) {
          this.objectTooLong = true;
          this.members = [];
        } else if (!this.objectTooLong) this.members.push([first, text]);
      }
      return;
    }
    const key = path.length === 2 && typeof first === 'string' && typeof second === 'number' ? first : undefined;
    yield parseUnit(text, line, (value) => ({ kind: 'item', line, value, ...(key ? { key } : {}) }));
  }

  private startObject(line: number): void {
    this.members = [];
    this.memberChars = 0;
    this.isPage = false;
    this.objectLine = line;
    this.objectTooLong = false;
  }

  private *releaseMembers(): Generator<JsonUnit> {
    for (const [key, text] of this.members) yield parseUnit(text, this.objectLine, (value) => ({ kind: 'member', line: this.objectLine, key, value }));
    this.members = [];
  }

  private *endObject(): Generator<JsonUnit> {
    const line = this.objectLine;
    this.objectLine = 0;
    if (this.isPage) {
      yield { kind: 'page-end', line };
      return;
    }
    if (line === 0) return; // a top-level array closed
    if (this.objectTooLong) {
      yield { kind: 'bad', line, reason: `record too long (${this.memberChars} chars, max ${this.options.maxChars})` };
      return;
    }
    const obj: Record<string, unknown> = {};
    for (const [key, text] of this.members) {
      try {
        obj[key] = JSON.parse(text);
      } catch (err) {
        yield { kind: 'bad', line, reason: `invalid JSON in "${key}": ${(err as Error).message}` };
        return;
      }
    }
    this.members = [];
    yield { kind: 'item', line, value: obj };
  }
}

function parseUnit(text: string, line: number, ok: (value: unknown) => JsonUnit): JsonUnit {
  try {
    return ok(JSON.parse(text));
  } catch (err) {
    return { kind: 'bad', line, reason: `invalid JSON: ${(err as Error).message}` };
  }
}
