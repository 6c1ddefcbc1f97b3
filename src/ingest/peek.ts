/** The first part of a stream plus the whole stream again (head replayed, then the rest). */
export interface Peeked<T> {
  head: T[];
  /** True when the head is the whole stream. */
  complete: boolean;
  all: AsyncIterable<T>;
}

/**
 * Reads chunks until `enough(sizeSoFar)` or the end, and returns them together with an iterable
 * that replays them before continuing with the same underlying iterator (nothing is read twice).
 */
export async function peek<T extends { length: number }>(source: AsyncIterable<T>, size: number): Promise<Peeked<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let total = 0;
  let done = false;
  while (total < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    total += next.value.length;
  }
  async function* all(): AsyncGenerator<T> {
    let finished = done;
    try {
      yield* head;
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else yield next.value;
      }
    } finally {
      // A consumer that stops early must still release the source (file handles, inflaters).
      if (!finished) await iterator.return?.();
    }
  }
  return { head, complete: done, all: all() };
}

/** How many characters of decoded text detection and header finding look at. */
export const HEAD_CHARS = 64 * 1024;

export async function peekText(
  source: AsyncIterable<string>,
  size = HEAD_CHARS,
): Promise<{ head: string; complete: boolean; all: AsyncIterable<string> }> {
  const p = await peek(source, size);
  return { head: p.head.join(''), complete: p.complete, all: p.all };
}
