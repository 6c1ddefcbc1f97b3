import type { ColumnMap, FieldRole } from './parse-options';

/** Common header/key names per role, best first (`full_text` beats the truncated `text` of tweets). */
export const HEADER_ALIASES: Record<FieldRole, readonly string[]> = {
  text: [
    'full text', 'text', 'content', 'message', 'body', 'tweet', 'hit sentence', 'snippet',
    'post text', 'tweet text', 'post content', 'mention content', 'sound bite text',
  ],
  time: [
    'created at', 'timestamp', 'datetime', 'date time', 'published', 'published at', 'publish date', 'date published',
    'created', 'created time', 'post date', 'created date', 'time', 'date',
  ],
  date: ['date'],
  id: ['id str', 'id', 'tweet id', 'post id', 'status id', 'mention id', 'url', 'link', 'permalink'],
  author: [
    'author', 'username', 'screen name', 'user', 'handle', 'author handle', 'user name', 'author username', 'influencer',
    'profile', 'profile name', 'account',
  ],
  lang: ['lang', 'language'],
};

/** `Full_Text `, `full text` and `FULL-TEXT` all become `full text`. */
export function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_\-.]+/g, ' ').trim();
}

export type RoleIndex = Partial<Record<FieldRole, number>>;

/**
 * Which header cell plays which role: explicit `map` entries first (exact after normalising),
 * then the aliases. A lone `time` or `date` column is the timestamp; `date` + `time` are combined.
 */
export function assignRoles(headers: readonly string[], map: ColumnMap): RoleIndex {
  const norm = headers.map(normaliseHeader);
  const roles: RoleIndex = {};
  const used = new Set<number>();
  const take = (role: FieldRole, index: number): void => {
    roles[role] = index;
    used.add(index);
  };
  for (const [role, column] of Object.entries(map) as [FieldRole, string][]) {
    const i = norm.indexOf(normaliseHeader(column));
    if (i >= 0) take(role, i);
  }
  for (const role of ['text', 'id', 'author', 'lang', 'time'] as const) {
    if (roles[role] !== undefined) continue;
    for (const alias of HEADER_ALIASES[role]) {
      const i = norm.findIndex((h, j) => h === alias && !used.has(j));
      if (i >= 0) {
        take(role, i);
        break;
      }
    }
  }
  // "Date" + "Time" columns: the time column holds the time of day, the date column the day.
  const timeName = roles.time === undefined ? undefined : norm[roles.time];
  if (roles.date === undefined && timeName === 'time') {
    const d = norm.findIndex((h, j) => h === 'date' && !used.has(j));
    if (d >= 0) take('date', d);
  }
  return roles;
}
