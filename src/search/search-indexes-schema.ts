/**
 * Search's indexes beside 001's, read by the store's search (src/storage/sqlite/sqlite-search.ts),
 * as 050-search's trigger keeps 001's FTS index in step: OpsTrack's store always has them
 * (src/composition.ts lists them after 051).
 *
 * Migration 052-search-names: an index over names and aliases alone, so a search ranks the few
 * objects whose names match without reading every object whose text merely mentions the words
 * (Store.search, sql-store.ts). SQLite: an FTS5 table over `search_name` and `search_aliases`
 * kept in step by triggers (insert, delete, and the in-place re-derivation of search-reindex),
 * built from the stored rows when the migration runs on an existing database. PostgreSQL: pg_trgm
 * GIN indexes on both columns, when the extension is available (as objects_search_trgm).
 *
 * Migration 053-search-prefixes (SQLite): `objects_fts` again, with prefix indexes of two and three
 * characters, rebuilt from the stored rows. A query word is a prefix ("of" finds "offline"); without
 * them FTS5 merges the token lists of every word a short prefix starts before returning a row
 * (tens of milliseconds a word at 100,000 objects), with them it reads one list as it goes. The
 * insert, delete and update triggers (001, 050) name the table and keep working. PostgreSQL's
 * trigram index has no such cost: nothing to do.
 */
import type { Migration } from '../storage/migrations.ts';

const NAMED = (row: string) => `${row}.search_name IS NOT NULL OR ${row}.search_aliases IS NOT NULL`;

export const searchNamesMigration: Migration = {
  id: '052-search-names',
  sqlite: `
CREATE VIRTUAL TABLE objects_names_fts USING fts5 (search_name, search_aliases, content = 'objects', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER objects_names_fts_insert AFTER INSERT ON objects WHEN ${NAMED('new')} BEGIN
  INSERT INTO objects_names_fts (rowid, search_name, search_aliases) VALUES (new.seq, new.search_name, new.search_aliases);
END;
CREATE TRIGGER objects_names_fts_delete AFTER DELETE ON objects WHEN ${NAMED('old')} BEGIN
  INSERT INTO objects_names_fts (objects_names_fts, rowid, search_name, search_aliases) VALUES ('delete', old.seq, old.search_name, old.search_aliases);
END;
CREATE TRIGGER objects_names_fts_update AFTER UPDATE OF search_name, search_aliases ON objects BEGIN
  INSERT INTO objects_names_fts (objects_names_fts, rowid, search_name, search_aliases) SELECT 'delete', old.seq, old.search_name, old.search_aliases WHERE ${NAMED('old')};
  INSERT INTO objects_names_fts (rowid, search_name, search_aliases) SELECT new.seq, new.search_name, new.search_aliases WHERE ${NAMED('new')};
END;
INSERT INTO objects_names_fts (objects_names_fts) VALUES ('rebuild');
`,
  postgres: `
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX objects_search_name_trgm ON objects USING gin (search_name gin_trgm_ops);
  CREATE INDEX objects_search_aliases_trgm ON objects USING gin (search_aliases gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm unavailable: name search scans instead of using an index';
END
$$;
`,
};

export const searchPrefixesMigration: Migration = {
  id: '053-search-prefixes',
  sqlite: `
DROP TABLE objects_fts;
CREATE VIRTUAL TABLE objects_fts USING fts5 (search_text, content = 'objects', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO objects_fts (objects_fts) VALUES ('rebuild');
`,
  postgres: 'SELECT 1;',
};
