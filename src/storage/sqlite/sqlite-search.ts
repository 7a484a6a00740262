/**
 * SQLite's indexes for search: FTS5 tables (unicode61 words) over the normalised search columns,
 * kept in step by triggers: `objects_fts` over every searchable text (objects-schema.ts, and the
 * update trigger of 050-search), `objects_names_fts` over names and aliases only (052, in
 * search-names-schema.ts). Each term becomes a prefix phrase query (alternatives joined by OR),
 * exactly the portable `% term%` rule every backend applies afterwards, so an index only narrows
 * candidates.
 */
import { frag } from '../sql-fragment.ts';
import type { SearchSource } from '../sql-store.ts';
import type { SearchTerm } from '../search-sql.ts';

const prefix = (t: string) => `"${t.replace(/"/g, '""')}"*`;

const TABLES = { names: 'objects_names_fts', text: 'objects_fts' } as const;

/**
 * The rows to search: the FTS index's candidates drive the loop (CROSS JOIN fixes the order in
 * SQLite), so the visibility predicate is checked on candidates only and never chosen as the scan.
 * Ordered by `fts.seq` (the index's rowid order), a LIMIT stops the scan early without sorting.
 */
export function sqliteSearchSource(terms: readonly SearchTerm[], over: 'names' | 'text'): SearchSource {
  const expression = terms.map((t) => (t.length === 1 ? prefix(t[0]!) : `(${t.map(prefix).join(' OR ')})`)).join(' AND ');
  const table = TABLES[over];
  return {
    from: frag(`(SELECT rowid AS seq FROM ${table} WHERE ${table} MATCH ?) fts CROSS JOIN objects o ON o.seq = fts.seq`, [expression]),
    seq: 'fts.seq',
  };
}
