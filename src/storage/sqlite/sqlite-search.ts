/**
 * SQLite's indexes for search: FTS5 tables (unicode61 words) over the normalised search columns,
 * kept in step by triggers: `objects_fts` over every searchable text (objects-schema.ts, and the
 * update trigger of 050-search), `objects_names_fts` over names and aliases only (052, in
 * src/search/search-indexes-schema.ts), both with prefix indexes of two and three characters (053) so a short
 * word's prefix is one token list rather than the merge of every word it starts. Each term becomes
 * a prefix phrase query (alternatives joined by OR), exactly the portable `% term%` rule every
 * backend applies afterwards, so an index only narrows candidates.
 */
import { and, frag, TRUE, type SqlFragment } from '../sql-fragment.ts';
import type { SearchFilter, SearchPart, SearchSource } from '../sql-store.ts';
import type { SearchTerm } from '../search-sql.ts';

const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
const prefix = (t: string) => `${quoted(t)}*`;

/**
 * The rows to search: the FTS index's candidates drive the loop (CROSS JOIN fixes the order in
 * SQLite), so the visibility predicate is checked on candidates only and never chosen as the scan.
 * Ordered by `fts.seq` (the index's rowid order), a LIMIT stops the scan early without sorting.
 * Each part reads the narrowest superset of its rows: names starting with the query's words (FTS5
 * `^`) or aliases holding them as a phrase; every term in the name; in the aliases; in any text.
 * An indicator's words stand whole and together: every part reads the exact phrase's rows in the
 * text index, whose token lists it reads as it goes (a prefix of a short word, such as an IP
 * address's "7", would merge every word it starts first).
 */
export function sqliteSearchSource(terms: readonly SearchTerm[], part: SearchPart, phrase?: string): SearchSource {
  const all = terms.map((t) => (t.length === 1 ? prefix(t[0]!) : `(${t.map(prefix).join(' OR ')})`)).join(' AND ');
  const words = terms.map((t) => t[0]).join(' ');
  const [table, expression] = phrase ? ['objects_fts', quoted(phrase)]
    : part === 'leading' ? ['objects_names_fts', `search_name : ^${prefix(words)} OR search_aliases : ${quoted(words)}`]
      : part === 'name' ? ['objects_names_fts', `search_name : (${all})`]
        : part === 'aliases' ? ['objects_names_fts', `search_aliases : (${all})`]
          : ['objects_fts', all];
  return {
    from: frag(`(SELECT rowid AS seq FROM ${table} WHERE ${table} MATCH ?) fts CROSS JOIN objects o ON o.seq = fts.seq`, [expression]),
    seq: 'fts.seq',
  };
}

const at = (path: string) => `json_extract(o.object_json, '${path}')`;
const isText = (path: string) => `json_type(o.object_json, '${path}') = 'text'`;

/** The date search reports (search-service.ts's rule), read from the stored object. */
const DATE = `CASE WHEN o.type = 'report' AND ${isText('$.published')} AND json_type(o.object_json, '$.x_opstrack_published_known') IS NOT 'false' THEN ${at('$.published')}` +
  ` WHEN ${isText('$.made_on')} THEN ${at('$.made_on')} WHEN ${isText('$.modified')} THEN ${at('$.modified')}` +
  ` WHEN coalesce(json_type(o.object_json, '$.modified'), 'null') = 'null' AND ${isText('$.created')} THEN ${at('$.created')} END`;

/** Every language the object says one of its texts or names is in. */
const LANGS = `SELECT ${at('$.lang')} AS l UNION ALL SELECT ${at('$.evidence.lang')}` +
  ` UNION ALL SELECT json_extract(a.value, '$.lang') FROM json_each(o.object_json, '$.x_opstrack_aliases') a WHERE a.type = 'object'`;

export function sqliteSearchFilter(filter: SearchFilter): SqlFragment {
  return and([
    filter.since ? frag(`substr(${DATE}, 1, 10) >= ?`, [filter.since]) : TRUE,
    filter.until ? frag(`substr(${DATE}, 1, 10) <= ?`, [filter.until]) : TRUE,
    filter.lang
      ? frag(`EXISTS (SELECT 1 FROM (${LANGS}) langs WHERE typeof(langs.l) = 'text' AND (langs.l = ? OR substr(langs.l, 1, ?) = ?))`,
        [filter.lang, filter.lang.length + 1, `${filter.lang}-`])
      : TRUE,
  ]);
}
