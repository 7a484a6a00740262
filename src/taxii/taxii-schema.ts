/**
 * Migration 018-taxii-collections: TAXII collections with per-organisation read/write grants, and the status
 * resources of TAXII POSTs (src/taxii). A fresh installation gets one collection, `default`, that
 * every authenticated user may read and every editor or admin may write; it holds every object.
 * Object membership of the other collections is the Store's `collection_objects`.
 */
import type { Migration } from '../storage/migrations.ts';

const TABLES = (text: string) => `
CREATE TABLE taxii_collections (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  alias TEXT UNIQUE,
  media_types TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0,
  everyone_read INTEGER NOT NULL DEFAULT 0,
  everyone_write INTEGER NOT NULL DEFAULT 0,
  created ${text} NOT NULL
);
CREATE UNIQUE INDEX taxii_collections_one_default ON taxii_collections (is_default) WHERE is_default = 1;
CREATE TABLE taxii_collection_orgs (
  collection_id TEXT NOT NULL REFERENCES taxii_collections (id) ON DELETE CASCADE,
  org_id TEXT NOT NULL,
  can_read INTEGER NOT NULL DEFAULT 0,
  can_write INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (collection_id, org_id)
);
CREATE INDEX taxii_collection_orgs_org ON taxii_collection_orgs (org_id);
CREATE TABLE taxii_status (
  id TEXT PRIMARY KEY,
  collection_id TEXT NOT NULL,
  user_id TEXT,
  org_id TEXT,
  request_timestamp ${text} NOT NULL,
  status TEXT NOT NULL,
  total_count INTEGER NOT NULL,
  success_count INTEGER NOT NULL,
  failure_count INTEGER NOT NULL,
  pending_count INTEGER NOT NULL,
  details TEXT NOT NULL
);
`;

const DEFAULT_COLUMNS = 'id, title, description, media_types, is_default, everyone_read, everyone_write, created';
const DEFAULT_VALUES = `'default', 'Every object this installation holds, as each caller is allowed to see it.', '["application/stix+json;version=2.1"]', 1, 1, 1`;

export const taxiiCollectionsMigration: Migration = {
  id: '018-taxii-collections',
  // A random version-4 UUID, built from randomblob since SQLite has no UUID function.
  sqlite: `${TABLES('TEXT')}
INSERT INTO taxii_collections (${DEFAULT_COLUMNS}) VALUES (
  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
  ${DEFAULT_VALUES}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
`,
  postgres: `${TABLES('TEXT COLLATE "C"')}
INSERT INTO taxii_collections (${DEFAULT_COLUMNS}) VALUES (
  gen_random_uuid()::text,
  ${DEFAULT_VALUES}, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
`,
};

/**
 * Migration 019-taxii-collection-owner: the organisation that created a collection (NULL for the
 * installation's, and for every collection an earlier release made). Its users read the collection
 * and its editors and admins write and manage it, whatever the grants say, so a collection made for
 * a partner stays in its creator's list without granting the creator's organisation anything.
 */
export const taxiiCollectionOwnerMigration: Migration = {
  id: '019-taxii-collection-owner',
  sqlite: 'ALTER TABLE taxii_collections ADD COLUMN owner_org TEXT;',
  postgres: 'ALTER TABLE taxii_collections ADD COLUMN owner_org TEXT COLLATE "C";',
};
