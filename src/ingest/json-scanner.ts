/** A step in a JSON path: an object key or an array index. */
export type JsonPathSegment = string | number;

/** What to do with a value about to start at `path` whose first character is `first`. */
export type JsonSelect = (path: readonly JsonPathSegment[], first: string) => 'descend' | 'capture' | 'skip';

export type JsonEvent =
  | { kind: 'value'; path: JsonPathSegment[]; line: number; text: string }
  | { kind: 'too-long'; path: JsonPathSegment[]; line: number; chars: number }
  | { kind: 'open'; path: JsonPathSegment[]; line: number; array: boolean }
  | { kind: 'close'; path: JsonPathSegment[]; line: number }
  | { kind: 'error'; line: number; message: string }
  /** End of input inside a captured value. */
  | { kind: 'truncated'; path: JsonPathSegment[]; line: number }
  /** End of input with a descended container still open. */
  | { kind: 'unclosed'; path: JsonPathSegment[]; line: number };

interface Frame {
  array: boolean;
  path: JsonPathSegment[];
  line: number;
  index: number;
  key: string;
  /** `recover`: after an error inside an object, the next key, comma or closing brace resumes it. */
  expect: 'key' | 'colon' | 'value' | 'comma' | 'recover';
}

interface ValueState {
  path: JsonPathSegment[];
  line: number;
  capture: boolean;
  primitive: boolean;
  depth: number;
  inString: boolean;
  escape: boolean;
  parts: string[];
  chars: number;
  tooLong: boolean;
}

const WS = /[^\s]/g;
const STRUCT = /[\n"\\{}[\]]/g;
const PRIMITIVE_END = /[\s,\]}]/g;

/**
 * Incremental JSON scanner: walks the containers `select` descends into and cuts out the text of
 * the values it captures, one at a time, without building the document. Sequences of top-level
 * values (concatenated JSON) are fine. It never throws on bad input: it reports events.
 */
export class JsonScanner {
  private stack: Frame[] = [];
  private value: ValueState | undefined;
  private key: { parts: string[]; escape: boolean; hasEscape: boolean } | undefined;
  private line: number;
  private out: JsonEvent[] = [];
  private resync = false;

  constructor(private readonly select: JsonSelect, private readonly maxChars: number, startLine = 1) {
    this.line = startLine;
  }

  push(chunk: string): JsonEvent[] {
    this.out = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.value) i = this.scanValue(chunk, i);
      else if (this.key) i = this.scanKey(chunk, i);
      else i = this.scanStruct(chunk, i);
    }
    return this.out;
  }

  end(): JsonEvent[] {
    this.out = [];
    const v = this.value;
    if (v && v.primitive && !v.inString) this.finishValue('', 0);
    else if (v) this.out.push({ kind: 'truncated', path: v.path, line: v.line });
    const outer = this.stack[0];
    if (outer) this.out.push({ kind: 'unclosed', path: outer.path, line: outer.line });
    this.value = undefined;
    this.stack = [];
    return this.out;
  }

  private scanStruct(chunk: string, from: number): number {
    WS.lastIndex = from;
    let i = from;
    for (;;) {
      const m = WS.exec(chunk);
      const stop = m ? m.index : chunk.length;
      // Only the whitespace before `stop` is looked at: searching on for the next line break crossed the rest of a
      // one-line (minified) document after every token, which made such files four times slower to read.
      for (let j = i; j < stop; j++) {
        if (chunk.charCodeAt(j) === 10) {
          this.line++;
          this.resync = false;
        }
      }
      if (!m) return chunk.length;
      i = m.index;
      if (!this.resync) break;
      i++;
      WS.lastIndex = i;
    }
    return this.structChar(chunk, i);
  }

  private structChar(chunk: string, i: number): number {
    const ch = chunk[i]!;
    const frame = this.stack[this.stack.length - 1];
    const expect = frame ? frame.expect : 'value';
    if ((ch === '}' || ch === ']') && frame && frame.array === (ch === ']') && expect !== 'colon') {
      this.closeFrame();
      return i + 1;
    }
    if (expect === 'recover' && frame) {
      if (ch === ',') {
        frame.expect = 'key';
        return i + 1;
      }
      if (ch !== '"') return this.fail(`expected a key but found ${JSON.stringify(ch)}`, i);
      frame.expect = 'key';
    }
    if (frame?.expect === 'key') {
      if (ch !== '"') return this.fail(`expected a key but found ${JSON.stringify(ch)}`, i);
      this.key = { parts: [], escape: false, hasEscape: false };
      return i + 1;
    }
    if (expect === 'colon' && frame) {
      if (ch !== ':') return this.fail(`expected ":" but found ${JSON.stringify(ch)}`, i);
      frame.expect = 'value';
      return i + 1;
    }
    if (expect === 'comma' && frame) {
      if (ch === ',') {
        frame.expect = frame.array ? 'value' : 'key';
        if (frame.array) frame.index++;
        return i + 1;
      }
      if (!frame.array) return this.fail(`expected "," or "}" but found ${JSON.stringify(ch)}`, i);
      frame.index++; // a missing comma between array elements is forgiven
    }
    if (ch === ',' || ch === ':' || ch === '}' || ch === ']') return this.fail(`unexpected ${JSON.stringify(ch)}`, i);
    return this.startValue(chunk, i, frame);
  }

  private startValue(chunk: string, i: number, frame: Frame | undefined): number {
    const ch = chunk[i]!;
    const path = frame ? [...frame.path, frame.array ? frame.index : frame.key] : [];
    const decision = this.select(path, ch);
    if (frame) frame.expect = 'comma';
    if (decision === 'descend' && (ch === '{' || ch === '[')) {
      this.stack.push({ array: ch === '[', path, line: this.line, index: 0, key: '', expect: ch === '[' ? 'value' : 'key' });
      this.out.push({ kind: 'open', path, line: this.line, array: ch === '[' });
      return i + 1;
    }
    const primitive = ch !== '{' && ch !== '[' && ch !== '"';
    this.value = {
      path, line: this.line, capture: decision !== 'skip', primitive, depth: primitive || ch === '"' ? 0 : 1,
      inString: ch === '"', escape: false, parts: [], chars: 0, tooLong: false,
    };
    this.keep(ch);
    return i + 1;
  }

  private scanValue(chunk: string, from: number): number {
    const v = this.value!;
    if (v.primitive) {
      PRIMITIVE_END.lastIndex = from;
      const m = PRIMITIVE_END.exec(chunk);
      const end = m ? m.index : chunk.length;
      this.keep(chunk.slice(from, end));
      if (m) this.finishValue('', 0);
      return end;
    }
    let i = from;
    if (v.escape) {
      v.escape = false;
      i++;
    }
    STRUCT.lastIndex = i;
    for (let m = STRUCT.exec(chunk); m; m = STRUCT.exec(chunk)) {
      const ch = m[0];
      if (ch === '\n') this.line++;
      else if (ch === '\\') {
        if (v.inString) {
          if (m.index + 1 >= chunk.length) {
            v.escape = true;
            break;
          }
          STRUCT.lastIndex = m.index + 2;
        }
      } else if (ch === '"') {
        v.inString = !v.inString;
        if (!v.inString && v.depth === 0) return this.finishValue(chunk.slice(from, m.index + 1), m.index + 1);
      } else if (!v.inString) {
        v.depth += ch === '{' || ch === '[' ? 1 : -1;
        if (v.depth === 0) return this.finishValue(chunk.slice(from, m.index + 1), m.index + 1);
      }
    }
    this.keep(chunk.slice(from));
    return chunk.length;
  }

  private scanKey(chunk: string, from: number): number {
    const k = this.key!;
    let i = from;
    if (k.escape) {
      k.escape = false;
      i++;
    }
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 92 /* \ */) {
        k.hasEscape = true;
        if (i + 1 >= chunk.length) {
          k.parts.push(chunk.slice(from));
          k.escape = true;
          return chunk.length;
        }
        i++;
      } else if (c === 34 /* " */) {
        k.parts.push(chunk.slice(from, i));
        this.finishKey();
        return i + 1;
      } else if (c === 10) this.line++;
    }
    k.parts.push(chunk.slice(from));
    return chunk.length;
  }

  private finishKey(): void {
    const k = this.key!;
    const raw = k.parts.join('');
    let key = raw;
    if (k.hasEscape) {
      try {
        key = JSON.parse(`"${raw}"`) as string;
      } catch {
        key = raw;
      }
    }
    this.key = undefined;
    const frame = this.stack[this.stack.length - 1]!;
    frame.key = key;
    frame.expect = 'colon';
  }

  private keep(s: string): void {
    const v = this.value!;
    if (!v.capture || s === '') return;
    v.chars += s.length;
    if (v.tooLong) return;
    if (v.chars > this.maxChars) {
      v.tooLong = true;
      v.parts = [];
      return;
    }
    v.parts.push(s);
  }

  private finishValue(last: string, next: number): number {
    this.keep(last);
    const v = this.value!;
    this.value = undefined;
    if (v.capture && v.tooLong) this.out.push({ kind: 'too-long', path: v.path, line: v.line, chars: v.chars });
    else if (v.capture) this.out.push({ kind: 'value', path: v.path, line: v.line, text: v.parts.join('') });
    return next;
  }

  private closeFrame(): void {
    const frame = this.stack.pop()!;
    this.out.push({ kind: 'close', path: frame.path, line: frame.line });
  }

  private fail(message: string, i: number): number {
    this.out.push({ kind: 'error', line: this.line, message: `invalid JSON at line ${this.line}: ${message}` });
    const frame = this.stack[this.stack.length - 1];
    if (frame && !frame.array) frame.expect = 'recover';
    this.resync = true; // skip to the next line so one bad line is one error
    return i + 1;
  }
}
