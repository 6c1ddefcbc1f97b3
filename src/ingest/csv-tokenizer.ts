/** One CSV record (or why it could not be read), with the physical line it starts on. */
export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string };

const QUOTE = 34;
const NL = 10;
const CR = 13;

/**
 * Incremental RFC 4180-ish CSV tokenizer: quoted fields may hold delimiters, `""` and newlines;
 * a quote inside an unquoted field is literal. A record longer than `maxChars` is skipped without
 * being kept, and reported as an error record.
 */
export class CsvTokenizer {
  private readonly delim: number;
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  private skipping = false;
  private out: CsvRecord[] = [];

  constructor(delimiter: string, private readonly maxChars = Number.MAX_SAFE_INTEGER) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Feeds text; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    this.out = [];
    let start = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.append(chunk.slice(start, i));
          this.inQuotes = false;
          this.afterQuote = true;
          start = i + 1;
        } else if (c === NL) this.line++;
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          this.inQuotes = true; // "" inside a quoted field
          start = i; // keep one quote: it is the first char of the next slice
          continue;
        }
      }
      if (c === this.delim) {
        this.append(chunk.slice(start, i));
        this.endField();
        start = i + 1;
      } else if (c === NL) {
        this.append(chunk.slice(start, i));
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        start = i + 1;
      } else if (c === QUOTE && this.field.trim() === '' && chunk.slice(start, i).trim() === '') {
        this.field = '';
        this.inQuotes = true;
        start = i + 1;
      }
    }
    this.append(chunk.slice(start));
    return this.out;
  }

  /** Flushes the last record at end of input. */
  end(): CsvRecord[] {
    this.out = [];
    if (this.inQuotes) {
      this.out.push({ line: this.recordLine, error: `unterminated quoted field (row starting at line ${this.recordLine} runs to the end of the file)` });
    } else if (this.field !== '' || this.cells.length > 0 || this.skipping) {
      this.endRecord();
    }
    return this.out;
  }

  private append(s: string): void {
    if (s === '') return;
    this.recordChars += s.length;
    if (this.skipping) return;
    if (this.recordChars > this.maxChars) {
      this.skipping = true;
      this.cells = [];
      this.field = '';
      return;
    }
    this.field += s;
  }

  private endField(): void {
    if (!this.skipping) this.cells.push(this.field);
    this.field = '';
  }

  private endRecord(): void {
    if (!this.skipping && this.field.charCodeAt(this.field.length - 1) === CR) this.field = this.field.slice(0, -1);
    this.endField();
    if (this.skipping) {
      this.out.push({ line: this.recordLine, error: `row too long (${this.recordChars} chars, max ${this.maxChars})` });
    } else {
      this.out.push({ line: this.recordLine, cells: this.cells });
    }
    this.cells = [];
    this.recordChars = 0;
    this.skipping = false;
  }
}

/** Tokenizes a complete string (a file head); the last record is dropped when `complete` is false. */
export function tokenizeCsv(text: string, delimiter: string, complete: boolean): CsvRecord[] {
  const t = new CsvTokenizer(delimiter);
  const records = t.push(text);
  return complete ? records.concat(t.end()) : records;
}
