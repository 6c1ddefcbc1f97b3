/**
 * Stable JSON for committed model files: object keys in insertion order, one entry per line at
 * the top two levels, arrays and deeper values compact — small diffs, byte-identical reruns.
 */
export function formatModelJson(value: unknown, depth = 0): string {
  if (depth < 2 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const pad = '  '.repeat(depth + 1);
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pad}${JSON.stringify(k)}: ${formatModelJson(v, depth + 1)}`);
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${'  '.repeat(depth)}}`;
  }
  return JSON.stringify(value);
}
