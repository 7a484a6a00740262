/**
 * SQLite's index for search: an FTS5 table (unicode61 words) over the normalised search text, kept
 * in step by triggers (objects-schema.ts, and the update trigger of 050-search). Each term becomes
 * a prefix phrase query (alternatives joined by OR), exactly the portable `% term%` rule every
 * backend applies afterwards, so the index only narrows candidates.
 */
import { frag, type SqlFragment } from '../sql-fragment.ts';
import type { SearchTerm } from '../search-sql.ts';

const prefix = (t: string) => `"${t.replace(/"/g, '""')}"*`;

/**
 * The rows to search: the FTS index's candidates drive the loop (CROSS JOIN fixes the order in
 * SQLite), so the visibility predicate is checked on candidates only and never chosen as the scan.
 */
export function sqliteSearchSource(terms: readonly SearchTerm[]): SqlFragment {
  const expression = terms.map((t) => (t.length === 1 ? prefix(t[0]!) : `(${t.map(prefix).join(' OR ')})`)).join(' AND ');
  return frag('(SELECT rowid AS seq FROM objects_fts WHERE objects_fts MATCH ?) fts CROSS JOIN objects o ON o.seq = fts.seq', [expression]);
}
