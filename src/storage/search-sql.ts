/**
 * Search matching and ranking as portable SQL on the normalised texts (search-text.ts), so every
 * backend returns the same objects in the same order; a backend's index only narrows candidates.
 * Stored search texts put a space before every word, so `% term%` reads "a word starts with term".
 * A term may have alternatives (spelling corrections): any of them matches. A phrase (an
 * indicator such as an IP address or a domain) must stand as whole consecutive words.
 */
import { and, frag, likeEscape, or, TRUE, type SqlFragment } from './sql-fragment.ts';

export interface SearchSql {
  /** Every term (one of its alternatives) in the object's names or texts; the phrase, whole. */
  match: SqlFragment;
  /**
   * Best first: exact name, exact alias, name starting with the query, all terms in the name,
   * all terms in the aliases, then matches in descriptions and texts only.
   */
  score: SqlFragment;
}

/** One query term and its alternatives (the term first). */
export type SearchTerm = readonly string[];

export function searchSql(terms: readonly SearchTerm[], alias: string, phrase?: string): SearchSql {
  const whole = ` ${terms.map((t) => t[0]).join(' ')}`;
  const allIn = (column: string) =>
    and(terms.map((t) => or(t.map((v) => frag(`${alias}.${column} LIKE ? ESCAPE '\\'`, [`% ${likeEscape(v)}%`])))));
  const inName = allIn('search_name');
  const inAliases = allIn('search_aliases');
  const wholePhrase = phrase
    ? and([
        frag(`${alias}.search_text LIKE ? ESCAPE '\\'`, [`% ${likeEscape(phrase)}%`]),
        frag(`(${alias}.search_text || ' ') LIKE ? ESCAPE '\\'`, [`% ${likeEscape(phrase)} %`]),
      ])
    : TRUE;
  return {
    match: and([allIn('search_text'), wholePhrase]),
    score: frag(
      `CASE WHEN ${alias}.search_name = ? THEN 6 WHEN ${alias}.search_aliases LIKE ? ESCAPE '\\' THEN 5` +
        ` WHEN ${alias}.search_name LIKE ? ESCAPE '\\' THEN 4 WHEN ${inName.sql} THEN 3 WHEN ${inAliases.sql} THEN 2 ELSE 1 END`,
      [whole, `%\n${likeEscape(whole)}\n%`, `${likeEscape(whole)}%`, ...inName.params, ...inAliases.params],
    ),
  };
}
