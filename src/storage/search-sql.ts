/**
 * Search matching and ranking as portable SQL on the normalised texts (search-text.ts), so every
 * backend returns the same objects in the same order; a backend's index only narrows candidates.
 * Stored search texts put a space before every word, so `% term%` reads "a word starts with term".
 */
import { and, frag, likeEscape, type SqlFragment } from './sql-fragment.ts';

export interface SearchSql {
  /** Every term in the object's name, aliases or description. */
  match: SqlFragment;
  /**
   * Best first: exact name, exact alias, name starting with the query, all terms in the name,
   * all terms in the aliases, then description-only matches.
   */
  score: SqlFragment;
}

export function searchSql(tokens: string[], alias: string): SearchSql {
  const whole = ` ${tokens.join(' ')}`;
  const allIn = (column: string) =>
    and(tokens.map((t) => frag(`${alias}.${column} LIKE ? ESCAPE '\\'`, [`% ${likeEscape(t)}%`])));
  const inName = allIn('search_name');
  const inAliases = allIn('search_aliases');
  return {
    match: allIn('search_text'),
    score: frag(
      `CASE WHEN ${alias}.search_name = ? THEN 6 WHEN ${alias}.search_aliases LIKE ? ESCAPE '\\' THEN 5` +
        ` WHEN ${alias}.search_name LIKE ? ESCAPE '\\' THEN 4 WHEN ${inName.sql} THEN 3 WHEN ${inAliases.sql} THEN 2 ELSE 1 END`,
      [whole, `%\n${likeEscape(whole)}\n%`, `${likeEscape(whole)}%`, ...inName.params, ...inAliases.params],
    ),
  };
}
