/**
 * PostgreSQL's index for search: a pg_trgm GIN index on the normalised search text (created when
 * the extension is available, see objects-schema.ts) serves the portable `LIKE '% term%'`
 * checks directly, so no extra candidate filter is needed.
 */
import { frag, type SqlFragment } from '../sql-fragment.ts';
import type { SearchTerm } from '../search-sql.ts';

export function postgresSearchSource(_terms: readonly SearchTerm[]): SqlFragment {
  return frag('objects o');
}
