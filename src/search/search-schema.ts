/**
 * Migration 050-search: what search keeps beside the objects' own search columns.
 * - `search_terms`: every word of every name and alias the store has held (in any language), and
 *   `search_term_variants`: each word with one character deleted, so a misspelt query word finds the
 *   names it may mean by index lookups (spelling.ts). Words are only ever suggestions: a corrected
 *   query still goes through the store's visibility, so a word from a hidden name reveals nothing.
 * - `search_state`: which version of the searchable fields (search-fields.ts) the stored search
 *   columns were derived with; a database written before this release has 0 and is re-derived by
 *   `reindexSearch` (run by `opstrack serve` at start and by `opstrack search reindex`).
 * - SQLite: a trigger keeps the FTS5 index in step when search columns are re-derived in place.
 */
import type { Migration } from '../storage/migrations.ts';

const common = (text: string, withoutRowid: string) => `
CREATE TABLE search_terms (term ${text} PRIMARY KEY)${withoutRowid};
CREATE TABLE search_term_variants (
  variant ${text} NOT NULL,
  term ${text} NOT NULL,
  PRIMARY KEY (variant, term)
)${withoutRowid};
CREATE TABLE search_state (id INTEGER PRIMARY KEY, fields_version INTEGER NOT NULL);
-- A database with objects was written by an earlier release: its search columns are re-derived.
INSERT INTO search_state (id, fields_version) SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM objects) THEN 0 ELSE 1 END;
`;

export const searchMigration: Migration = {
  id: '050-search',
  sqlite: `${common('TEXT', ' WITHOUT ROWID')}
CREATE TRIGGER objects_fts_update AFTER UPDATE OF search_text ON objects BEGIN
  INSERT INTO objects_fts (objects_fts, rowid, search_text) SELECT 'delete', old.seq, old.search_text WHERE old.search_text IS NOT NULL;
  INSERT INTO objects_fts (rowid, search_text) SELECT new.seq, new.search_text WHERE new.search_text IS NOT NULL;
END;
`,
  postgres: common('TEXT COLLATE "C"', ''),
};
