/**
 * Migration 005-page-flags: two columns on each stored version that spare a page read an index
 * probe per row (issue 13, deliverable 1: a page is one range scan with per-row column checks).
 *
 * - `later` is 1 when a later version of the same id may be stored. A row with `later = 0` is the
 *   last version of its id, so match[version]=last (the default) accepts it without probing the
 *   (id, version) index (versions.ts). Set by SqlStore.put for the older versions of an id that
 *   gains a version, and recomputed for an id whose versions are deleted; a stale 1 only costs the
 *   probe it would have made anyway.
 * - `scoped` is 1 while the version is listed in `collection_scoped` (readable only through the
 *   collections that hold it, 004-collection-read-scope). A row with `scoped = 0` needs no probe of
 *   that table (visibility.ts). Triggers on `collection_scoped` keep it, so no writer can list a
 *   version without flagging it: `scoped = 0` never opens a restricted version.
 *
 * On PostgreSQL these probes were most of a page's server CPU (a reader of another organisation,
 * 100k objects: 1.8 ms of PostgreSQL CPU per page of 100, 0.9 ms of it in the two probes).
 */
import type { Migration } from './migrations.ts';

const COLUMNS = `
ALTER TABLE objects ADD COLUMN later INTEGER NOT NULL DEFAULT 0;
ALTER TABLE objects ADD COLUMN scoped INTEGER NOT NULL DEFAULT 0;
UPDATE objects SET later = 1 WHERE EXISTS (SELECT 1 FROM objects x WHERE x.id = objects.id AND x.version > objects.version);
UPDATE objects SET scoped = 1 WHERE seq IN (SELECT cs.seq FROM collection_scoped cs);
`;

export const pageFlagsMigration: Migration = {
  id: '005-page-flags',
  sqlite: `${COLUMNS}
CREATE TRIGGER collection_scoped_flag AFTER INSERT ON collection_scoped BEGIN
  UPDATE objects SET scoped = 1 WHERE seq = new.seq;
END;
CREATE TRIGGER collection_scoped_unflag AFTER DELETE ON collection_scoped BEGIN
  UPDATE objects SET scoped = 0 WHERE seq = old.seq;
END;
`,
  postgres: `${COLUMNS}
CREATE FUNCTION collection_scoped_flag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE objects SET scoped = 1 WHERE seq IN (SELECT n.seq FROM collection_scoped_new n);
  ELSE
    UPDATE objects SET scoped = 0 WHERE seq IN (SELECT d.seq FROM collection_scoped_old d);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER collection_scoped_flag AFTER INSERT ON collection_scoped
  REFERENCING NEW TABLE AS collection_scoped_new FOR EACH STATEMENT EXECUTE FUNCTION collection_scoped_flag();
CREATE TRIGGER collection_scoped_unflag AFTER DELETE ON collection_scoped
  REFERENCING OLD TABLE AS collection_scoped_old FOR EACH STATEMENT EXECUTE FUNCTION collection_scoped_flag();
`,
};
