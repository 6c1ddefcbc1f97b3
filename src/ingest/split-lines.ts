/** A physical line of text, or the fact that it was longer than allowed (its text is not kept). */
export type TextLine = { line: number; text: string } | { line: number; tooLong: number };

/**
 * Splits decoded text into lines (`\n`, with a trailing `\r` dropped), a batch per input chunk.
 * A line over `maxChars` is reported as too long without ever being held whole, so a 50 MB
 * single line costs nothing.
 */
export async function* splitLines(text: AsyncIterable<string>, maxChars: number): AsyncGenerator<TextLine[]> {
  let pending = '';
  let pendingChars = 0;
  let skipping = false;
  let line = 1;
  const finish = (s: string): TextLine => {
    const out: TextLine = skipping ? { line, tooLong: pendingChars } : { line, text: s.endsWith('\r') ? s.slice(0, -1) : s };
    pending = '';
    pendingChars = 0;
    skipping = false;
    line++;
    return out;
  };
  for await (const chunk of text) {
    const batch: TextLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      pendingChars += nl - start;
      const full = skipping || pendingChars > maxChars ? '' : pending + chunk.slice(start, nl);
      if (pendingChars > maxChars) skipping = true;
      batch.push(finish(full));
      start = nl + 1;
    }
    if (batch.length > 0) yield batch;
    pendingChars += chunk.length - start;
    if (pendingChars > maxChars) {
      skipping = true;
      pending = '';
    } else if (start < chunk.length) {
      pending += chunk.slice(start);
    }
  }
  if (pendingChars > 0 || pending !== '') yield [finish(pending)];
}
