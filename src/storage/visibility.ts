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
 */
import type { Viewer } from '../model/viewer.ts';
import { frag, TRUE, type SqlFragment } from './sql-fragment.ts';

/** The grant tables' key for a version's owner: '' stands for the installation (owner_org NULL). */
export const INSTALLATION_OWNER = '';

/** Visibility of the row aliased `alias` by its own marking alone. */
export function markingVisibilitySql(viewer: Viewer, alias: string): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
  const a = alias;
  const owner = `COALESCE(${a}.owner_org, '')`;
  return frag(
    `${a}.tlp IS NULL OR ${a}.tlp IN ('clear', 'green')` +
      ` OR (${a}.tlp = 'amber' AND (${a}.owner_org = ? OR EXISTS (SELECT 1 FROM object_shares sh WHERE sh.object_id = ${a}.id AND sh.org_id = ? AND sh.owner_org = ${owner})))` +
      ` OR (${a}.tlp = 'amber+strict' AND ${a}.owner_org = ?)` +
      ` OR (${a}.tlp = 'red' AND EXISTS (SELECT 1 FROM object_recipients rc WHERE rc.object_id = ${a}.id AND rc.user_id = ? AND rc.owner_org = ${owner}))`,
    [viewer.orgId, viewer.orgId, viewer.orgId, viewer.userId],
  );
}

/** Full visibility of the row aliased `alias`: its marking, and every endpoint it references. */
export function visibilitySql(viewer: Viewer, alias: string): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
  const own = markingVisibilitySql(viewer, alias);
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
