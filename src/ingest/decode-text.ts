import { TextDecoder } from 'node:util';

/** Text encodings Moodline reads; Excel's "Unicode text" export is UTF-16LE. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Guesses the encoding from a BOM, else from where NUL bytes sit in the first bytes (UTF-16 without BOM). */
export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 512) & ~1;
  if (n < 4) return 'utf-8';
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a byte stream into text chunks, dropping a BOM. Invalid sequences become U+FFFD,
 * never an exception; multi-byte characters split across chunks are stitched.
 */
export async function* decodeText(bytes: AsyncIterable<Buffer>, encoding?: TextEncoding): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined = encoding ? new TextDecoder(encoding) : undefined;
  for await (const chunk of bytes) {
    decoder ??= new TextDecoder(sniffEncoding(chunk));
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder?.decode() ?? '';
  if (tail) yield tail;
}

/** Decodes a complete buffer (an inspected head): a cut-off last character is dropped, not replaced. */
export function decodeHead(head: Buffer): string {
  const decoder = new TextDecoder(sniffEncoding(head));
  return decoder.decode(head, { stream: true });
}
