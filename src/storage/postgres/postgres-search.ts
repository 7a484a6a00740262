/**
 * PostgreSQL's indexes for search: pg_trgm GIN indexes on the normalised search text
 * (objects-schema.ts) and on names and aliases (052, src/search/search-indexes-schema.ts), created when the
 * extension is available, serve the portable `LIKE '% term%'` checks directly, so no extra
 * candidate filter is needed.
 */
import { and, frag, TRUE, type SqlFragment } from '../sql-fragment.ts';
import type { SearchFilter, SearchPart, SearchSource } from '../sql-store.ts';
import type { SearchTerm } from '../search-sql.ts';

export function postgresSearchSource(_terms: readonly SearchTerm[], _part: SearchPart, _phrase?: string): SearchSource {
  return { from: frag('objects o'), seq: 'o.seq' };
}

const J = '(o.object_json::jsonb)';
const isText = (key: string) => `jsonb_typeof(${J} -> '${key}') = 'string'`;

/** The date search reports (search-service.ts's rule), read from the stored object. */
const DATE = `CASE WHEN o.type = 'report' AND ${isText('published')} AND (${J} -> 'x_opstrack_published_known') IS DISTINCT FROM 'false'::jsonb THEN ${J} ->> 'published'` +
  ` WHEN ${isText('made_on')} THEN ${J} ->> 'made_on' WHEN ${isText('modified')} THEN ${J} ->> 'modified'` +
  ` WHEN coalesce(jsonb_typeof(${J} -> 'modified'), 'null') = 'null' AND ${isText('created')} THEN ${J} ->> 'created' END`;

/** Every language the object says one of its texts or names is in. */
const LANGS = `SELECT ${J} -> 'lang' AS l UNION ALL SELECT ${J} -> 'evidence' -> 'lang'` +
  ` UNION ALL SELECT a -> 'lang' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${J} -> 'x_opstrack_aliases') = 'array'` +
  ` THEN ${J} -> 'x_opstrack_aliases' ELSE '[]'::jsonb END) a`;

export function postgresSearchFilter(filter: SearchFilter): SqlFragment {
  return and([
    filter.since ? frag(`substr(${DATE}, 1, 10) COLLATE "C" >= ?`, [filter.since]) : TRUE,
    filter.until ? frag(`substr(${DATE}, 1, 10) COLLATE "C" <= ?`, [filter.until]) : TRUE,
    filter.lang
      ? frag(`EXISTS (SELECT 1 FROM (${LANGS}) langs WHERE jsonb_typeof(langs.l) = 'string' AND (langs.l #>> '{}' = ? OR left(langs.l #>> '{}', ?) = ?))`,
        [filter.lang, filter.lang.length + 1, `${filter.lang}-`])
      : TRUE,
  ]);
}
