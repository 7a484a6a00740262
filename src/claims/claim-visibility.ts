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
 * recipients): the cost follows what the viewer was given, not the size of the index.
 */
import type { UserViewer, Viewer } from '../model/viewer.ts';
import { frag, TRUE, type SqlFragment } from '../storage/sql-fragment.ts';

/** The TLP levels of the claims their owner's own organisation sees without a grant. */
export const OWN_TLP_SQL = `('amber', 'amber+strict')`;

/** Whether the viewer may see the claim index row aliased `a` (its claim's id in column `idColumn`). */
export function claimRowVisibleSql(viewer: Viewer, a: string, idColumn = `${a}.id`): SqlFragment {
  if (viewer.kind === 'system') return TRUE;
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
 * The ids of the restricted claims a user sees through a grant only (not as their organisation's
 * own): AMBER ones another owner shared with their organisation, RED ones whose owner named them.
 * Driven from the user's grants (indexed by grantee), so it costs what they were given.
 */
export function grantedClaimsSql(viewer: UserViewer): SqlFragment {
  return frag(
    `SELECT c.id FROM object_shares sh JOIN claims c ON c.id = sh.object_id` +
      ` WHERE sh.org_id = ? AND c.tlp = 'amber' AND sh.owner_org = COALESCE(c.owner_org, '') AND COALESCE(c.owner_org, '') <> ?` +
      ` UNION SELECT c.id FROM object_recipients rc JOIN claims c ON c.id = rc.object_id` +
      ` WHERE rc.user_id = ? AND c.tlp = 'red' AND rc.owner_org = COALESCE(c.owner_org, '')`,
    [viewer.orgId, viewer.orgId, viewer.userId],
  );
}
