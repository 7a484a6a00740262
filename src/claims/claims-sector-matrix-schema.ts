/**
 * Migration 080-claims-sector-matrix: the accuser-by-accused counts per targeted sector, kept like
 * the whole matrix (migrations 020 and 044), so the matrix of one sector answers an ordinary user
 * from a summary as fast as the system viewer (issue 13, deliverable 3). Before it, a user's
 * one-sector matrix checked the visibility of every accusing claim of the sector, row by row.
 *
 * - `claim_sector_matrix_stats`: per sector and accuser/accused cell, the number of accusing claims
 *   (`n`) and of restricted ones among them (`r_n`: AMBER, AMBER+STRICT, RED), over every claim;
 * - `claim_sector_matrix_restricted`: the restricted ones per owner ('' for the installation) and
 *   level, keyed by owner first, so a user's organisation's own are one index range.
 *
 * A cell counts a claim once per sector it targets (a `claim_sectors` row) and addressee, as the
 * row query over `claim_sectors` and `claim_addressees` does. Existing index rows are backfilled, so
 * a database of the previous release answers at once; the indexer (claim-index.ts) keeps both
 * tables in step from then on, and rebuildClaimStats recomputes them (SECTOR_MATRIX_STATS_SQL).
 */
import type { Migration } from '../storage/migrations.ts';
import { ACCUSING_STANCES } from '../model/claim.ts';
import { RESTRICTED_TLP_SQL } from './claims-visibility-schema.ts';

const ACCUSING = ACCUSING_STANCES.map((s) => `'${s}'`).join(', ');

/** Recomputes both sector tables from the index rows (the migration's backfill, and rebuildClaimStats after a bulk load). */
export const SECTOR_MATRIX_STATS_SQL = `
DELETE FROM claim_sector_matrix_stats;
DELETE FROM claim_sector_matrix_restricted;
INSERT INTO claim_sector_matrix_stats (sector, party_ref, addressee_ref, n, r_n)
  SELECT s.sector, a.party_ref, a.addressee_ref, COUNT(*), SUM(CASE WHEN a.tlp IN ${RESTRICTED_TLP_SQL} THEN 1 ELSE 0 END)
  FROM claim_sectors s JOIN claim_addressees a ON a.claim_id = s.claim_id WHERE a.stance IN (${ACCUSING})
  GROUP BY s.sector, a.party_ref, a.addressee_ref;
INSERT INTO claim_sector_matrix_restricted (owner_org, tlp, sector, party_ref, addressee_ref, n)
  SELECT COALESCE(a.owner_org, ''), a.tlp, s.sector, a.party_ref, a.addressee_ref, COUNT(*)
  FROM claim_sectors s JOIN claim_addressees a ON a.claim_id = s.claim_id WHERE a.stance IN (${ACCUSING}) AND a.tlp IN ${RESTRICTED_TLP_SQL}
  GROUP BY COALESCE(a.owner_org, ''), a.tlp, s.sector, a.party_ref, a.addressee_ref;
`;

const sql = `
CREATE TABLE claim_sector_matrix_stats (
  sector TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  r_n INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sector, party_ref, addressee_ref)
);
CREATE TABLE claim_sector_matrix_restricted (
  owner_org TEXT NOT NULL,
  tlp TEXT NOT NULL,
  sector TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner_org, tlp, sector, party_ref, addressee_ref)
);
${SECTOR_MATRIX_STATS_SQL}
`;

export const claimsSectorMatrixMigration: Migration = { id: '080-claims-sector-matrix', sqlite: sql, postgres: sql };

/**
 * Migration 081-claims-matrix-index: the matrix filtered by date scans `claim_addressees` by stance
 * and date; its index now also carries each row's TLP, owner and claim id, so deciding an ordinary
 * user's visibility needs no table lookup per row (an index-only scan, as for the system viewer:
 * 3 times less work for a user's one-year matrix at 1M claims). It replaces the narrower index of
 * migration 020 (the same leading columns), so writes maintain one index, as before.
 */
const matrixIndexSql = `
DROP INDEX claim_addressees_matrix;
CREATE INDEX claim_addressees_matrix_visible ON claim_addressees (stance, made_on, party_ref, addressee_ref, tlp, owner_org, claim_id);
`;

export const claimsMatrixIndexMigration: Migration = { id: '081-claims-matrix-index', sqlite: matrixIndexSql, postgres: matrixIndexSql };
