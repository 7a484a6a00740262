/**
 * Migration 004-collection-read-scope: collection read grants restrict reading (issue 12,
 * docs/security.md "Collections").
 *
 * - `collection_scoped` lists the versions readable only through the collections that hold them:
 *   a version first written to a collection other than `default` (TAXII POST). A version written
 *   any other way (default collection, API import, draft publish, claims, CLI) is not listed, and
 *   writing an identical copy of a listed version that way, by its owner, takes it off the list.
 * - `collection_objects_seq` finds the collections holding a version (the table's key starts with
 *   the collection), so the read check is an index probe per row.
 * - Upgrade: every version already held by a collection other than `default` is listed. The
 *   previous release did not record whether it was also written to `default`, so this errs on
 *   the side of confidentiality: nothing opens that was meant to be closed; an owner re-posting
 *   such a version to `default` opens it again.
 */
import type { Migration } from './migrations.ts';

const SQL = (keyed: string) => `
CREATE TABLE collection_scoped (
  seq BIGINT NOT NULL PRIMARY KEY
)${keyed};
CREATE INDEX collection_objects_seq ON collection_objects (seq, collection_id);
INSERT INTO collection_scoped (seq) SELECT DISTINCT co.seq FROM collection_objects co JOIN objects o ON o.seq = co.seq;
`;

export const collectionScopeMigration: Migration = { id: '004-collection-read-scope', sqlite: SQL(' WITHOUT ROWID'), postgres: SQL('') };
