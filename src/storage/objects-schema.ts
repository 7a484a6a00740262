/**
 * STIX object versions and what reads need beside them. One row per id+version; `seq` is the
 * store-wide insertion order (the real sort key, cursor and date_added source). `version` is the
 * normalised version key (see versions.ts), `object_json` the object exactly as received.
 * Access control: `tlp` + `owner_org` on each row, grants in object_shares / object_recipients.
 */
import type { Migration } from './migrations.ts';

const COMMON = (seqType: string, text: string, keyed: string) => `
CREATE TABLE objects (
  seq ${seqType} PRIMARY KEY,
  id TEXT NOT NULL,
  version ${text} NOT NULL,
  type TEXT NOT NULL,
  spec_version TEXT NOT NULL,
  date_added ${text} NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  description TEXT,
  aliases TEXT,
  source_ref TEXT,
  target_ref TEXT,
  created_by_ref TEXT,
  tlp TEXT,
  owner_org TEXT,
  object_json TEXT NOT NULL,
  search_name TEXT,
  search_aliases TEXT,
  search_text TEXT,
  UNIQUE (id, version)
);
CREATE INDEX objects_type_seq ON objects (type, seq);
CREATE INDEX objects_date_added ON objects (date_added);
CREATE TABLE object_endpoints (
  seq BIGINT NOT NULL REFERENCES objects (seq) ON DELETE CASCADE,
  ref TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (seq, ref, role)
)${keyed};
CREATE INDEX object_endpoints_ref ON object_endpoints (ref, role);
-- Keyed by the version's seq, not its (random) id: a bulk add appends instead of touching index
-- pages all over the file. object_id + version say which version it is, for readers of the table.
CREATE TABLE collection_objects (
  collection_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  object_id TEXT NOT NULL,
  version ${text} NOT NULL,
  PRIMARY KEY (collection_id, seq)
)${keyed};
CREATE TABLE object_shares (
  object_id TEXT NOT NULL,
  org_id TEXT NOT NULL,
  PRIMARY KEY (object_id, org_id)
)${keyed};
CREATE TABLE object_recipients (
  object_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (object_id, user_id)
)${keyed};
CREATE TABLE store_clock (
  id INTEGER PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_added_ms BIGINT NOT NULL
);
INSERT INTO store_clock (id, last_seq, last_added_ms) VALUES (1, 0, 0);
`;

export const objectsMigration: Migration = {
  id: '001-objects',
  // Link tables are WITHOUT ROWID in SQLite: their key is the table, one B-tree instead of two.
  sqlite: `${COMMON('INTEGER', 'TEXT', ' WITHOUT ROWID')}
CREATE VIRTUAL TABLE objects_fts USING fts5 (search_text, content = 'objects', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER objects_fts_insert AFTER INSERT ON objects WHEN new.search_text IS NOT NULL BEGIN
  INSERT INTO objects_fts (rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER objects_fts_delete AFTER DELETE ON objects WHEN old.search_text IS NOT NULL BEGIN
  INSERT INTO objects_fts (objects_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
`,
  // Versions and timestamps compare as bytes whatever the database's collation.
  postgres: `${COMMON('BIGINT', 'TEXT COLLATE "C"', '')}
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX objects_search_trgm ON objects USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm unavailable: text search scans instead of using an index';
END
$$;
`,
};

/**
 * `date_added` at microsecond precision (TAXII 2.1): older rows' millisecond stamps are padded
 * (`.123Z` -> `.123000Z`, the same instant) so every stamp has one width and text order stays
 * time order; the clock keeps its last stamp in microseconds (`last_added_ms` is kept, unused).
 */
export const dateAddedMicrosecondsMigration: Migration = {
  id: '003-date-added-microseconds',
  sqlite: `
ALTER TABLE store_clock ADD COLUMN last_added_us BIGINT NOT NULL DEFAULT 0;
UPDATE store_clock SET last_added_us = last_added_ms * 1000;
UPDATE objects SET date_added = substr(date_added, 1, 23) || '000Z' WHERE length(date_added) = 24;
`,
  postgres: `
ALTER TABLE store_clock ADD COLUMN last_added_us BIGINT NOT NULL DEFAULT 0;
UPDATE store_clock SET last_added_us = last_added_ms * 1000;
UPDATE objects SET date_added = substr(date_added, 1, 23) || '000Z' WHERE length(date_added) = 24;
`,
};

