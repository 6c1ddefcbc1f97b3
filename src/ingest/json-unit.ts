/**
 * What a JSON export is made of, whatever its layout: items (posts, or page entries under a
 * wrapper key such as `data`), the other members of a page object, page ends, and bad units.
 */
export type JsonUnit =
  | { kind: 'item'; line: number; value: unknown; key?: string }
  | { kind: 'member'; line: number; key: string; value: unknown }
  | { kind: 'page-end'; line: number }
  | { kind: 'bad'; line: number; reason: string };

/** Parses a cut-out JSON text into a unit, or a `bad` unit carrying JSON.parse's message. */
export function parseUnit(text: string, line: number, ok: (value: unknown) => JsonUnit): JsonUnit {
  try {
    return ok(JSON.parse(text));
  } catch (err) {
    return { kind: 'bad', line, reason: `invalid JSON: ${(err as Error).message}` };
  }
}
