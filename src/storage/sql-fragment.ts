/** A piece of SQL with its `?` parameters, so query builders compose without counting placeholders. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const TRUE: SqlFragment = Object.freeze({ sql: '1 = 1', params: [] }) as SqlFragment;

export function frag(sql: string, params: unknown[] = []): SqlFragment {
  return { sql, params };
}

/**
 * A `?` parameter the query planner does not look at: `CAST(? AS TEXT)` (or BIGINT). On SQLite built
 * with STAT4 (better-sqlite3 is), a bare `?` compared with an indexed column whose statistics hold
 * samples (any table after ANALYZE) makes the whole statement re-prepare at every run, to re-plan
 * for the bound value: a page's statement, with its visibility subqueries, then costs twice what it
 * reads. Use it where the plan must not depend on the value anyway (the viewer's ids, a keyset
 * cursor); the comparison is the same for a value of that type, on both backends.
 */
export function planFreeParam(type: 'TEXT' | 'BIGINT'): string {
  return `CAST(? AS ${type})`;
}

/** Joins fragments with AND (empty list = TRUE). */
export function and(parts: SqlFragment[]): SqlFragment {
  const real = parts.filter((p) => p !== TRUE);
  if (real.length === 0) return TRUE;
  return { sql: real.map((p) => `(${p.sql})`).join(' AND '), params: real.flatMap((p) => p.params) };
}

/** Joins fragments with OR (empty list = always false). */
export function or(parts: SqlFragment[]): SqlFragment {
  if (parts.length === 0) return { sql: '1 = 0', params: [] };
  if (parts.some((p) => p === TRUE)) return TRUE;
  return { sql: parts.map((p) => `(${p.sql})`).join(' OR '), params: parts.flatMap((p) => p.params) };
}

/**
 * `column IN (?, ?, ...)` for a non-empty list; with `planFree`, each value is a planFreeParam of
 * that type (for the read path's statements, whose plan must not depend on the values).
 */
export function inList(column: string, values: readonly unknown[], planFree?: 'TEXT' | 'BIGINT'): SqlFragment {
  if (values.length === 0) return { sql: '1 = 0', params: [] };
  const one = planFree ? planFreeParam(planFree) : '?';
  return { sql: `${column} IN (${values.map(() => one).join(', ')})`, params: [...values] };
}

/** Escapes LIKE wildcards; use with `ESCAPE '\'`. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
