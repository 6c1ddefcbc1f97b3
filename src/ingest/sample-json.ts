import { isRecord } from './generic-json-rows';
import { JsonScanner } from './json-scanner';
import { detectJsonLayout } from './read-json-units';

/** The shape of a JSON export as far as its head shows: top-level keys and first elements. */
export interface JsonSample {
  layout: 'lines' | 'document';
  /** The first top-level value's kind. */
  top: 'object' | 'array' | 'other';
  /** Members of the first top-level object that the head shows whole (arrays: first element only). */
  members: Record<string, unknown>;
  /** Keys seen in the first top-level object, even when their values were cut off. */
  keys: string[];
  /** First element of the top-level array, when it is whole in the head. */
  first: unknown;
}

/** Looks at the first top-level value of a JSON head without parsing (or needing) the whole file. */
export function sampleJson(head: string): JsonSample {
  const layout = detectJsonLayout(head);
  if (layout === 'lines') {
    const nl = head.indexOf('\n', head.search(/\S/));
    const value: unknown = JSON.parse(nl < 0 ? head : head.slice(0, nl));
    return fromValue(value, layout);
  }
  const sample: JsonSample = { layout, top: 'other', members: {}, keys: [], first: undefined };
  const start = head.search(/\S/);
  sample.top = head[start] === '{' ? 'object' : head[start] === '[' ? 'array' : 'other';
  const scanner = new JsonScanner((path, first) => {
    if (path.length === 0) return 'descend';
    if (path.length === 1 && typeof path[0] === 'string' && first === '[') return 'descend';
    const last = path[path.length - 1];
    return typeof last === 'number' && last > 0 ? 'skip' : 'capture';
  }, head.length);
  let topValues = 0;
  for (const e of scanner.push(head)) {
    if (e.kind === 'open' && e.path.length === 0 && ++topValues > 1) break;
    if (e.kind === 'open' && e.path.length === 1) {
      const key = String(e.path[0]);
      sample.keys.push(key);
      sample.members[key] = [];
    }
    if (e.kind !== 'value') continue;
    const parsed = tryParse(e.text);
    const [a, b] = e.path;
    if (e.path.length === 1 && typeof a === 'number') sample.first = parsed;
    else if (e.path.length === 1 && typeof a === 'string') {
      sample.keys.push(a);
      sample.members[a] = parsed;
    } else if (e.path.length === 2 && typeof a === 'string' && b === 0) sample.members[a] = [parsed];
  }
  return sample;
}

function fromValue(value: unknown, layout: 'lines' | 'document'): JsonSample {
  if (Array.isArray(value)) return { layout, top: 'array', members: {}, keys: [], first: value[0] };
  if (!isRecord(value)) return { layout, top: 'other', members: {}, keys: [], first: undefined };
  const members: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) members[k] = Array.isArray(v) ? v.slice(0, 1) : v;
  return { layout, top: 'object', members, keys: Object.keys(value), first: undefined };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
