/**
 * Who sees a claim, decided on the claim index's own rows (migration 044-claims-visibility): each
 * row carries the indexed version's `tlp` and `owner_org`, so a claim query never consults `objects`
 * to filter. The rules are the store's (src/storage/visibility.ts, docs/security.md): unmarked,
 * CLEAR and GREEN claims are everyone's; AMBER the owner organisation's and the organisations that
 * owner shared the claim with; AMBER+STRICT the owner organisation's; RED the users that owner named.
 * test/claims/claim-visibility.test.ts checks every query against the store's own answer per viewer.
 *
 * Counts come from summary tables kept over every claim. For a user they are the summary, minus the
 * restricted (AMBER/AMBER+STRICT/RED) claims, plus the restricted claims their organisation owns
 * (an index range of the per-owner restricted tables) and those granted to them (their shares and
 * recipients), minus those hidden from them by restricted TAXII collections: the cost follows what
 * the viewer was given and what was written to restricted collections, not the size of the index.
 */
import type { UserViewer, Viewer } from '../model/viewer.ts';
import { frag, TRUE, type SqlFragment } from '../storage/sql-fragment.ts';
import { notCollectionScopedSql, visibilitySql } from '../storage/visibility.ts';

/** The TLP levels of the claims their owner's own organisation sees without a grant. */
export const OWN_TLP_SQL = `('amber', 'amber+strict')`;

/** The row's marking alone (TLP level, owner, grants), on the claim index row aliased `a`. */
function claimMarkingSql(viewer: UserViewer, a: string, idColumn: string): SqlFragment {
  const owner = `COALESCE(${a}.owner_org, '')`;
  return frag(
    `${a}.tlp IS NULL OR ${a}.tlp IN ('clear', 'green')` +
      ` OR (${a}.tlp IN ${OWN_TLP_SQL} AND ${a}.owner_org = ?)` +
      ` OR (${a}.tlp = 'amber' AND EXISTS (SELECT 1 FROM object_shares sh WHERE sh.object_id = ${idColumn} AND sh.org_id = ? AND sh.owner_org = ${owner}))` +
      ` OR (${a}.tlp = 'red' AND EXISTS (SELECT 1 FROM object_recipients rc WHERE rc.object_id = ${idColumn} AND rc.user_id = ? AND rc.owner_org = ${owner}))`,
    [viewer.orgId, viewer.orgId, viewer.userId],
  );
}

/**
 * Whether the viewer may see the claim index row aliased `a` (its claim's id in `idColumn`, the
 * indexed version in `versionSql`): its marking, and, for a version written only to restricted TAXII
 * collections (src/storage/visibility.ts, collection_scoped), the store's own check. While no
 * version is collection-scoped, one probe of that table per query settles the second part.
 */
export function claimRowVisibleSql(viewer: Viewer, a: string, idColumn = `${a}.id`, versionSql = `${a}.version`): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
  const marking = claimMarkingSql(viewer, a, idColumn);
  const open = notCollectionScopedSql(idColumn, versionSql);
  const vis = visibilitySql(viewer, 'vo');
  return frag(
    `(${marking.sql}) AND (NOT EXISTS (SELECT 1 FROM collection_scoped) OR ${open.sql}` +
      ` OR EXISTS (SELECT 1 FROM objects vo WHERE vo.id = ${idColumn} AND vo.version = ${versionSql} AND (${vis.sql})))`,
    [...marking.params, ...open.params, ...vis.params],
  );
}

/**
 * The ids of the claims whose marking lets the user see them (so the counts include them) but which
 * are hidden from them by the restricted collections they were written to: the counts subtract
 * them. Driven from collection_scoped, so it costs what was written to restricted collections.
 */
export function scopedHiddenClaimsSql(viewer: UserViewer): SqlFragment {
  const marking = claimMarkingSql(viewer, 'c', 'c.id');
  const vis = visibilitySql(viewer, 'so');
  return frag(
    // CROSS JOIN keeps SQLite's join order (an empty collection_scoped has no statistics, and the
    // planner then scanned every claim instead); PostgreSQL plans it as the inner join it is.
    `SELECT DISTINCT c.id FROM collection_scoped cs CROSS JOIN objects so CROSS JOIN claims c` +
      ` WHERE so.seq = cs.seq AND c.id = so.id AND c.version = so.version AND (${marking.sql}) AND NOT (${vis.sql})`,
    [...marking.params, ...vis.params],
  );
}

/**
 * The ids of the restricted claims a user sees through a grant only (not as their organisation's
 * own): AMBER ones another owner shared with their organisation, RED ones whose owner named them.
 * Driven from the user's grants (indexed by grantee), so it costs what they were given.
 */
export function grantedClaimsSql(viewer: UserViewer): SqlFragment {
  return frag(
    // CROSS JOIN: driven from the grants whatever the statistics say (not from every RED claim).
    `SELECT c.id FROM object_shares sh CROSS JOIN claims c` +
      ` WHERE sh.org_id = ? AND c.id = sh.object_id AND c.tlp = 'amber' AND sh.owner_org = COALESCE(c.owner_org, '') AND COALESCE(c.owner_org, '') <> ?` +
      ` UNION SELECT c.id FROM object_recipients rc CROSS JOIN claims c` +
      ` WHERE rc.user_id = ? AND c.id = rc.object_id AND c.tlp = 'red' AND rc.owner_org = COALESCE(c.owner_org, '')`,
    [viewer.orgId, viewer.orgId, viewer.userId],
  );
}
