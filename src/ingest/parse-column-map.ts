import { AppError } from '../errors/app-error';
import { FIELD_ROLES, type ColumnMap, type FieldRole } from './parse-options';

/**
 * Parses `--map text=Full Text,time=Date` (or the `map` query parameter) into a column map.
 * Names may be quoted to hold a comma: `text="Text, full"`. Mistakes are a 400 AppError that
 * says which entry is wrong.
 */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  const problems: string[] = [];
  for (const entry of splitEntries(spec)) {
    if (entry.trim() === '') continue;
    const eq = entry.indexOf('=');
    const role = (eq < 0 ? entry : entry.slice(0, eq)).trim().toLowerCase();
    const column = eq < 0 ? '' : unquote(entry.slice(eq + 1).trim());
    if (!(FIELD_ROLES as readonly string[]).includes(role)) problems.push(`"${role}" is not a field (use ${FIELD_ROLES.join(', ')})`);
    else if (eq < 0 || column === '') problems.push(`"${entry.trim()}" needs a column name: ${role}=COLUMN`);
    else if (map[role as FieldRole] !== undefined) problems.push(`${role} is mapped twice`);
    else map[role as FieldRole] = column;
  }
  if (problems.length === 0 && Object.keys(map).length === 0) problems.push('the map is empty: use text=COLUMN,time=COLUMN');
  if (problems.length > 0) {
    throw new AppError('invalid_column_map', `invalid column map "${spec}": ${problems.join('; ')}`, 400, false, problems);
  }
  return map;
}

function splitEntries(spec: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of spec) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}
