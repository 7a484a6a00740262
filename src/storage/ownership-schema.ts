/**
 * Migration 002-ownership: grants checked against the version's owner, and the columns reads
 * filter on indexed for every stored version (see docs/security.md).
 *
 * - An id belongs to the organisation of its first stored version (`objects.owner_org` of its
 *   lowest `seq`; NULL is the installation). Nothing is rewritten: that is already true of every
 *   existing row, so ownership needs no new column.
 * - `object_shares` and `object_recipients` gain `owner_org` ('' for the installation): a grant
 *   opens only the versions whose own `owner_org` is the granting owner, so writing a version of
 *   someone else's id (which the store now refuses anyway) can never open their versions.
 *   Existing grants move to the owner of the id's latest version, the one whose owner could make
 *   them under the previous release's rules; a grant made by a foreign latest version (the hole
 *   of issue 12, finding 2) thereby stops opening the original owner's versions. Nothing becomes
 *   visible that was not.
 * - Indexes for visibility by owner and TLP level on every version, and grants by grantee.
 */
import type { Migration } from './migrations.ts';

const SQL = (keyed: string) => `
CREATE TABLE object_shares_001 AS SELECT object_id, org_id FROM object_shares;
CREATE TABLE object_recipients_001 AS SELECT object_id, user_id FROM object_recipients;
DROP TABLE object_shares;
DROP TABLE object_recipients;
CREATE TABLE object_shares (
  object_id TEXT NOT NULL,
  org_id TEXT NOT NULL,
  owner_org TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (object_id, org_id, owner_org)
)${keyed};
CREATE TABLE object_recipients (
  object_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  owner_org TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (object_id, user_id, owner_org)
)${keyed};
INSERT INTO object_shares (object_id, org_id, owner_org)
  SELECT s.object_id, s.org_id, COALESCE(o.owner_org, '') FROM object_shares_001 s JOIN objects o ON o.id = s.object_id
  WHERE o.version = (SELECT MAX(x.version) FROM objects x WHERE x.id = s.object_id)
  ON CONFLICT DO NOTHING;
INSERT INTO object_recipients (object_id, user_id, owner_org)
  SELECT r.object_id, r.user_id, COALESCE(o.owner_org, '') FROM object_recipients_001 r JOIN objects o ON o.id = r.object_id
  WHERE o.version = (SELECT MAX(x.version) FROM objects x WHERE x.id = r.object_id)
  ON CONFLICT DO NOTHING;
DROP TABLE object_shares_001;
DROP TABLE object_recipients_001;
CREATE INDEX object_shares_org ON object_shares (org_id, object_id);
CREATE INDEX object_recipients_user ON object_recipients (user_id, object_id);
CREATE INDEX objects_owner_tlp ON objects (owner_org, tlp, seq);
CREATE INDEX objects_tlp_seq ON objects (tlp, seq);
`;

export const ownershipMigration: Migration = { id: '002-ownership', sqlite: SQL(' WITHOUT ROWID'), postgres: SQL('') };
