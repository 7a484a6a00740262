/**
 * PostgreSQL's index for search: a pg_trgm GIN index on the normalised search text (created when
 * the extension is available, see objects-schema.ts) serves the portable `LIKE '% term%'`
 * checks directly, so no extra candidate filter is needed.
 */
import type { SqlFragment } from '../sql-fragment.ts';

export function postgresSearchCandidates(_tokens: string[]): SqlFragment | undefined {
  return undefined;
}
