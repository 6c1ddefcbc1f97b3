import { AppError } from '../errors/app-error';
import { JsonScanner, type JsonEvent, type JsonPathSegment } from './json-scanner';
import { parseUnit, type JsonUnit } from './json-unit';

const MAX_STRUCTURE_ERRORS = 100;

/**
 * Turns scanner events of a JSON document into units. A "unit" object is a top-level object or,
 * when the format has wrapper keys, an element of a top-level array: its wrapper arrays are
 * descended (their elements are items, however big the page), its other members are kept and, if
 * it had no wrapper array after all, rebuilt into one item.
 */
export class DocumentAssembler {
  readonly scanner: JsonScanner;
  private members: [string, string][] = [];
  private memberChars = 0;
  private isPage = false;
  private objectLine = 0;
  private unitDepth = 0;
  private topArray = false;
  private objectTooLong = false;
  private truncatedReported = false;
  private errors = 0;

  constructor(private readonly wrappers: ReadonlySet<string>, private readonly maxChars: number, startLine?: number) {
    this.scanner = new JsonScanner((path, first) => this.select(path, first), maxChars, startLine);
  }

  *accept(events: JsonEvent[]): Generator<JsonUnit> {
    for (const e of events) yield* this.handle(e);
  }

  /** Runs while scanning, before the events are handled: decides from the path alone. */
  private select(path: readonly JsonPathSegment[], first: string): 'descend' | 'capture' {
    const [a, b] = path;
    if (path.length === 0) return first === '{' || first === '[' ? 'descend' : 'capture';
    if (path.length === 1 && typeof a === 'number') return this.wrappers.size > 0 && first === '{' ? 'descend' : 'capture';
    const key = path.length === 1 ? a : path.length === 2 && typeof a === 'number' ? b : undefined;
    return typeof key === 'string' && this.wrappers.has(key) && first === '[' ? 'descend' : 'capture';
  }

  /** Path relative to the current unit object, or undefined when the path is not inside it. */
  private relative(path: JsonPathSegment[]): JsonPathSegment[] | undefined {
    if (this.objectLine === 0 || path.length <= this.unitDepth) return undefined;
    return path.slice(this.unitDepth);
  }

  private *handle(e: JsonEvent): Generator<JsonUnit> {
    if (e.kind === 'error') {
      // A few structural slips are rejections; a stream of them means this is not JSON we can follow.
      if (++this.errors > MAX_STRUCTURE_ERRORS) {
        throw new AppError('invalid_json', `the JSON structure is broken beyond repair (${this.errors} errors, the last: ${e.message})`, 422);
      }
      yield { kind: 'bad', line: e.line, reason: e.message };
      return;
    }
    const rel = this.relative(e.path);
    const isMember = rel?.length === 1 && typeof rel[0] === 'string';
    switch (e.kind) {
      case 'open':
        if (e.path.length === 0) this.topArray = e.array;
        if (e.path.length === 0 && !e.array) this.startObject(e.line, 0);
        else if (e.path.length === 1 && typeof e.path[0] === 'number') this.startObject(e.line, 1);
        else if (isMember && !this.isPage) {
          this.isPage = true;
          yield* this.releaseMembers();
        }
        return;
      case 'value':
        yield* this.value(rel, e.line, e.text);
        return;
      case 'too-long':
        if (isMember && !this.isPage) {
          this.memberChars += e.chars;
          this.objectTooLong = true;
        } else yield { kind: 'bad', line: e.line, reason: `record too long (${e.chars} chars, max ${this.maxChars})` };
        return;
      case 'close':
        if ((e.path.length === 0 && !this.topArray) || (e.path.length === 1 && typeof e.path[0] === 'number')) yield* this.endObject();
        return;
      case 'truncated':
        if (isMember && !this.isPage) return; // reported by 'unclosed' for the whole object
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

  private *value(rel: JsonPathSegment[] | undefined, line: number, text: string): Generator<JsonUnit> {
    const [first, second] = rel ?? [];
    if (rel?.length === 1 && typeof first === 'string') {
      if (this.isPage) yield parseUnit(text, line, (value) => ({ kind: 'member', line, key: first, value }));
      else this.keepMember(first, text);
      return;
    }
    const key = rel?.length === 2 && typeof first === 'string' && typeof second === 'number' ? first : undefined;
    yield parseUnit(text, line, (value) => ({ kind: 'item', line, value, ...(key ? { key } : {}) }));
  }

  private keepMember(key: string, text: string): void {
    this.memberChars += text.length;
    if (this.memberChars > this.maxChars) {
      this.objectTooLong = true;
      this.members = [];
    } else if (!this.objectTooLong) this.members.push([key, text]);
  }

  private startObject(line: number, depth: number): void {
    this.members = [];
    this.memberChars = 0;
    this.isPage = false;
    this.objectLine = line;
    this.unitDepth = depth;
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
    if (this.objectTooLong) {
      yield { kind: 'bad', line, reason: `record too long (${this.memberChars} chars, max ${this.maxChars})` };
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
