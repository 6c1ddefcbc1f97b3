import type { RawPost } from './build-post';
import { HEADER_ALIASES, normaliseHeader } from './header-aliases';
import type { ColumnMap, FieldRole } from './parse-options';
import { stripHtml } from './strip-html';

const ROLES: readonly FieldRole[] = ['text', 'time', 'id', 'author', 'lang'];
const NESTED_AUTHOR_KEYS = ['screen_name', 'username', 'handle', 'acct', 'name'];
const resolutions = new Map<string, Partial<Record<FieldRole, string>>>();

/** Which key of a JSON record plays which role, by `map` (dotted paths allowed) or common names. */
export function rawPostFromRecord(record: Record<string, unknown>, map: ColumnMap): RawPost {
  const keys = Object.keys(record);
  const signature = keys.join('\0');
  let keyFor = resolutions.get(signature);
  if (!keyFor) {
    keyFor = resolveKeys(keys);
    if (resolutions.size > 1000) resolutions.clear(); // records of one export share a few shapes
    resolutions.set(signature, keyFor);
  }
  const raw: RawPost = {};
  for (const role of ROLES) {
    const key = map[role] ?? keyFor[role];
    if (key !== undefined) raw[role] = { value: valueAt(record, key), kind: 'field', name: key };
  }
  if (raw.author === undefined || typeof raw.author.value === 'object') nestedAuthor(record, raw);
  // Mastodon API statuses and similar carry HTML in `content`.
  const text = raw.text?.value;
  if (typeof text === 'string' && text.startsWith('<') && /<\/?(p|br|span|a)\b/i.test(text)) raw.text = { ...raw.text!, value: stripHtml(text) };
  return raw;
}

/**
 * Which key of a record of this shape plays each role by its common name. It ignores the column map (applied by
 * the caller), so the cache of resolutions by shape holds for every upload: one upload's map must not leave a
 * role unresolved for the next upload of the same shape.
 */
function resolveKeys(keys: string[]): Partial<Record<FieldRole, string>> {
  const norm = keys.map(normaliseHeader);
  const out: Partial<Record<FieldRole, string>> = {};
  for (const role of ROLES) {
    for (const alias of HEADER_ALIASES[role]) {
      const i = norm.indexOf(alias);
      if (i >= 0) {
        out[role] = keys[i]!;
        break;
      }
    }
  }
  return out;
}

/** `user.screen_name` style lookups; a key containing dots is tried whole first. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let cur: unknown = record;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Tweets carry `user.screen_name`, other APIs `author.username` or `account.acct`. */
function nestedAuthor(record: Record<string, unknown>, raw: RawPost): void {
  for (const holder of ['user', 'author', 'account']) {
    const obj = record[holder];
    if (obj === null || typeof obj !== 'object') continue;
    for (const key of NESTED_AUTHOR_KEYS) {
      const v = (obj as Record<string, unknown>)[key];
      if (typeof v === 'string' && v !== '') {
        raw.author = { value: v, kind: 'field', name: `${holder}.${key}` };
        return;
      }
    }
  }
}
