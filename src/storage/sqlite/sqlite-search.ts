/**
 * SQLite's index for search: an FTS5 trigram table over the normalised search text (kept in step
 * by triggers, see schema/001-objects.ts). Trigrams need three characters, so shorter tokens are
 * left to the portable LIKE check that every backend applies.
 */
import { frag, type SqlFragment } from '../sql-fragment.ts';

export function sqliteSearchCandidates(tokens: string[]): SqlFragment | undefined {
  const indexed = tokens.filter((t) => [...t].length >= 3);
  if (indexed.length === 0) return undefined;
  const expression = indexed.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
  return frag('o.seq IN (SELECT rowid FROM objects_fts WHERE objects_fts MATCH ?)', [expression]);
}
