/**
 * PostgreSQL's indexes for search: pg_trgm GIN indexes on the normalised search text
 * (objects-schema.ts) and on names and aliases (052, src/search/search-indexes-schema.ts), created when the
 * extension is available, serve the portable `LIKE '% term%'` checks directly, so no extra
 * candidate filter is needed.
 */
import { frag } from '../sql-fragment.ts';
import type { SearchPart, SearchSource } from '../sql-store.ts';
import type { SearchTerm } from '../search-sql.ts';

export function postgresSearchSource(_terms: readonly SearchTerm[], _part: SearchPart, _phrase?: string): SearchSource {
  return { from: frag('objects o'), seq: 'o.seq' };
}
