/**
 * SQLite's index for search: an FTS5 table (unicode61 words) over the normalised search text, kept
 * in step by triggers (objects-schema.ts). Each term becomes a prefix phrase query, exactly the
 * portable `% term%` rule every backend applies afterwards, so the index only narrows candidates.
 */
import { frag, type SqlFragment } from '../sql-fragment.ts';

export function sqliteSearchCandidates(tokens: string[]): SqlFragment | undefined {
  if (tokens.length === 0) return undefined;
  const expression = tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ');
  return frag('o.seq IN (SELECT rowid FROM objects_fts WHERE objects_fts MATCH ?)', [expression]);
}
