import { X_ARCHIVE_PREFIX } from './detect-format';
import { peekText } from './peek';

/**
 * Cuts the `window.YTD.tweets.part0 = ` assignment off an X archive file so the rest is plain
 * JSON (the file is never evaluated). Returns the line the JSON starts on.
 */
export async function stripAssignment(text: AsyncIterable<string>): Promise<{ json: AsyncIterable<string>; startLine: number }> {
  const { head, all } = await peekText(text, 4096);
  const prefix = X_ARCHIVE_PREFIX.exec(head)?.[0] ?? '';
  const startLine = 1 + (prefix.match(/\n/g)?.length ?? 0);
  return { json: skipChars(all, prefix.length), startLine };
}

async function* skipChars(text: AsyncIterable<string>, count: number): AsyncGenerator<string> {
  let left = count;
  for await (const chunk of text) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.slice(left) : chunk;
    left = 0;
  }
}
