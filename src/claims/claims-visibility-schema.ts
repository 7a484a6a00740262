/**
 * Migration 044-claims-visibility: what decides who sees a claim sits on the claim index's own rows,
 * so claim queries answer an ordinary user as fast as the system viewer (issue 13, deliverable 3).
 *
 * - `claims.owner_org` (beside the `tlp` it already had) and `claim_addressees.tlp`/`owner_org`:
 *   the indexed version's owner and TLP level, copied from its `objects` row (NULL owner: the
 *   installation). A claim row is visible by the store's rules (src/storage/visibility.ts) decided
 *   on these columns; see claim-visibility.ts.
 * - Restricted counts (AMBER, AMBER+STRICT and RED claims, the only ones anyone can be denied):
 *   per subject and per accuser/accused cell, in total (`r_*` columns of the summary tables) and per
 *   owner and level (`claim_subject_restricted`, `claim_matrix_restricted`, keyed by owner first, ''
 *   for the installation). A user's counts are the summary minus the restricted total, plus what
 *   their organisation owns (one index range), plus what they were granted (shares, recipients):
 *   no claim-by-claim visibility check over the whole index.
 *
 * Existing rows are backfilled from `objects` and the index itself, so an upgraded database answers
 * at once; the indexer (claim-index.ts) keeps every column and table in step from then on.
 */
import type { Migration } from '../storage/migrations.ts';
import { ACCUSING_STANCES, DENYING_STANCES } from '../model/claim.ts';

const list = (values: readonly string[]) => values.map((s) => `'${s}'`).join(', ');
const ACCUSING = list(ACCUSING_STANCES);
const DENYING = list(DENYING_STANCES);
/** The TLP levels that hide a claim from someone (every other claim is visible to every user). */
export const RESTRICTED_TLP_SQL = `('amber', 'amber+strict', 'red')`;

const sql = () => `
ALTER TABLE claims ADD COLUMN owner_org TEXT;
UPDATE claims SET owner_org = o.owner_org FROM objects o
  WHERE o.id = claims.id AND o.version = claims.version AND o.owner_org IS NOT NULL;
ALTER TABLE claim_addressees ADD COLUMN tlp TEXT;
ALTER TABLE claim_addressees ADD COLUMN owner_org TEXT;
UPDATE claim_addressees SET tlp = c.tlp, owner_org = c.owner_org FROM claims c
  WHERE c.id = claim_addressees.claim_id AND (c.tlp IS NOT NULL OR c.owner_org IS NOT NULL);
ALTER TABLE claim_subject_stats ADD COLUMN r_accusing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_subject_stats ADD COLUMN r_denying INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_subject_stats ADD COLUMN r_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_matrix_stats ADD COLUMN r_n INTEGER NOT NULL DEFAULT 0;
CREATE TABLE claim_subject_restricted (
  owner_org TEXT NOT NULL,
  tlp TEXT NOT NULL,
  subject_ref TEXT NOT NULL,
  n_accusing INTEGER NOT NULL,
  n_denying INTEGER NOT NULL,
  n_total INTEGER NOT NULL,
  PRIMARY KEY (owner_org, tlp, subject_ref)
);
CREATE TABLE claim_matrix_restricted (
  owner_org TEXT NOT NULL,
  tlp TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner_org, tlp, party_ref, addressee_ref)
);
${RESTRICTED_STATS_SQL}
`;

/** Fills the restricted tables and columns from the index rows (the migration, and rebuildClaimStats after a bulk load). */
export const RESTRICTED_STATS_SQL = `
DELETE FROM claim_subject_restricted;
DELETE FROM claim_matrix_restricted;
INSERT INTO claim_subject_restricted (owner_org, tlp, subject_ref, n_accusing, n_denying, n_total)
  SELECT COALESCE(c.owner_org, ''), c.tlp, cs.subject_ref, SUM(CASE WHEN cs.stance IN (${ACCUSING}) THEN 1 ELSE 0 END),
         SUM(CASE WHEN cs.stance IN (${DENYING}) THEN 1 ELSE 0 END), COUNT(*)
  FROM claim_subjects cs JOIN claims c ON c.id = cs.claim_id WHERE c.tlp IN ${RESTRICTED_TLP_SQL}
  GROUP BY COALESCE(c.owner_org, ''), c.tlp, cs.subject_ref;
UPDATE claim_subject_stats SET r_accusing = 0, r_denying = 0, r_total = 0;
UPDATE claim_subject_stats SET r_accusing = r.a, r_denying = r.d, r_total = r.t
  FROM (SELECT subject_ref, SUM(n_accusing) AS a, SUM(n_denying) AS d, SUM(n_total) AS t FROM claim_subject_restricted GROUP BY subject_ref) r
  WHERE r.subject_ref = claim_subject_stats.subject_ref;
INSERT INTO claim_matrix_restricted (owner_org, tlp, party_ref, addressee_ref, n)
  SELECT COALESCE(a.owner_org, ''), a.tlp, a.party_ref, a.addressee_ref, COUNT(*)
  FROM claim_addressees a WHERE a.tlp IN ${RESTRICTED_TLP_SQL} AND a.stance IN (${ACCUSING})
  GROUP BY COALESCE(a.owner_org, ''), a.tlp, a.party_ref, a.addressee_ref;
UPDATE claim_matrix_stats SET r_n = 0;
UPDATE claim_matrix_stats SET r_n = r.n
  FROM (SELECT party_ref, addressee_ref, SUM(n) AS n FROM claim_matrix_restricted GROUP BY party_ref, addressee_ref) r
  WHERE r.party_ref = claim_matrix_stats.party_ref AND r.addressee_ref = claim_matrix_stats.addressee_ref;
`;

export const claimsVisibilityMigration: Migration = { id: '044-claims-visibility', sqlite: sql(), postgres: sql() };
