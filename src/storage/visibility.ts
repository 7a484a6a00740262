/**
 * Access control as a SQL predicate: the one place TLP 2.0 visibility is decided. Every read (get,
 * versions, list, relationships, search) ANDs it in, so nothing hidden is returned or counted.
 * The SQL is portable, so both backends share it.
 *
 * Visibility is decided per version, from columns of that version (docs/security.md): a user sees
 * a version when it carries no TLP marking or CLEAR/GREEN; AMBER when their org owns that version
 * (`owner_org`) or that version's owner shared the object with their org; AMBER+STRICT only when
 * their org owns it; RED only when that version's owner named them a recipient. A grant
 * (object_shares, object_recipients) names the owner that made it, so it never opens versions
 * another organisation wrote. A relationship or sighting is hidden when any endpoint it
 * references is stored but has no version the user may see. The system viewer sees everything.
 *
 * Collections (collectionScopeSql): a version written only to TAXII collections other than
 * `default` (listed in `collection_scoped`) is read, besides its own marking, only by its owner's
 * organisation and by the organisations one of those collections grants reading or writing
 * (`taxii_collection_orgs`) or own (`taxii_collections.owner_org`), or by everyone when one of them
 * is open to every reader. Both checks
 * hold: a grant never opens what the marking closes.
 */
import type { UserViewer, Viewer } from '../model/viewer.ts';
import { frag, planFreeParam, TRUE, type SqlFragment } from './sql-fragment.ts';

/** The viewer's organisation or user id (sql-fragment.ts, planFreeParam: the plan is the same for every viewer). */
const ID = planFreeParam('TEXT');

/** The grant tables' key for a version's owner: '' stands for the installation (owner_org NULL). */
export const INSTALLATION_OWNER = '';

/** Visibility of the row aliased `alias` by its own marking alone. */
export function markingVisibilitySql(viewer: Viewer, alias: string): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
  const a = alias;
  const owner = `COALESCE(${a}.owner_org, '')`;
  const scope = collectionScopeSql(viewer, a);
  return frag(
    `(${a}.tlp IS NULL OR ${a}.tlp IN ('clear', 'green')` +
      ` OR (${a}.tlp = 'amber' AND (${a}.owner_org = ${ID} OR EXISTS (SELECT 1 FROM object_shares sh WHERE sh.object_id = ${a}.id AND sh.org_id = ${ID} AND sh.owner_org = ${owner})))` +
      ` OR (${a}.tlp = 'amber+strict' AND ${a}.owner_org = ${ID})` +
      ` OR (${a}.tlp = 'red' AND EXISTS (SELECT 1 FROM object_recipients rc WHERE rc.object_id = ${a}.id AND rc.user_id = ${ID} AND rc.owner_org = ${owner})))` +
      ` AND (${scope.sql})`,
    [viewer.orgId, viewer.orgId, viewer.orgId, viewer.userId, ...scope.params],
  );
}

/**
 * The collections' part of the visibility of the row aliased `alias`: true unless the version is
 * in `collection_scoped`; then only for its owner's organisation and the organisations granted
 * reading (or writing) one of the collections holding it or owning one, or everyone when one of them is open to
 * every reader. Whether a version is listed is the row's own `scoped` column (005-page-flags:
 * triggers on collection_scoped keep it), so an unlisted version costs no probe; a listed one
 * costs index probes only: collection_objects by (seq, collection_id), taxii_collections and
 * taxii_collection_orgs by their keys.
 */
export function collectionScopeSql(viewer: UserViewer, alias: string): SqlFragment {
  const a = alias;
  return frag(
    `${a}.scoped = 0` +
      ` OR ${a}.owner_org = ${ID}` +
      ` OR EXISTS (SELECT 1 FROM collection_objects cm JOIN taxii_collections tc ON tc.id = cm.collection_id WHERE cm.seq = ${a}.seq` +
      ` AND (tc.everyone_read = 1 OR tc.owner_org = ${ID} OR EXISTS (SELECT 1 FROM taxii_collection_orgs tg WHERE tg.collection_id = cm.collection_id` +
      ` AND tg.org_id = ${ID} AND (tg.can_read = 1 OR tg.can_write = 1))))`,
    [viewer.orgId, viewer.orgId, viewer.orgId],
  );
}

/**
 * True when the version `id`+`version` (columns of another table, e.g. the claim index) is not
 * restricted by collections: for readers that decide open markings without consulting `objects`.
 */
export function notCollectionScopedSql(idColumn: string, versionColumn: string): SqlFragment {
  return frag(
    `NOT EXISTS (SELECT 1 FROM objects so JOIN collection_scoped cs ON cs.seq = so.seq WHERE so.id = ${idColumn} AND so.version = ${versionColumn})`,
  );
}

/**
 * Full visibility of the row aliased `alias`: its marking, and every endpoint it references.
 * `endpoints: false` leaves the endpoints out, for a reader that checks them afterwards on the rows
 * that have any (page-read.ts): the rest of the statement is then the marking alone.
 */
export function visibilitySql(viewer: Viewer, alias: string, options: { endpoints?: boolean } = {}): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
  const own = markingVisibilitySql(viewer, alias);
  if (options.endpoints === false) return own;
  const endpoint = markingVisibilitySql(viewer, 'ev');
  // Only relationships and sightings have endpoints. A per-row count (not NOT EXISTS) keeps
  // PostgreSQL from hashing the check over the whole table on every page.
  return frag(
    `(${own.sql}) AND ((${alias}.source_ref IS NULL AND ${alias}.target_ref IS NULL)` +
      ` OR (SELECT COUNT(*) FROM object_endpoints ep WHERE ep.seq = ${alias}.seq` +
      ` AND EXISTS (SELECT 1 FROM objects ex WHERE ex.id = ep.ref)` +
      ` AND NOT EXISTS (SELECT 1 FROM objects ev WHERE ev.id = ep.ref AND (${endpoint.sql}))) = 0)`,
    [...own.params, ...endpoint.params],
  );
}
