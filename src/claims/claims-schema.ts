/**
 * Migration 020-claims: the claim index (src/claims). Claims themselves are STIX objects in `objects`;
 * these tables index the latest version of each claim for fast queries, and are rebuilt from the
 * store by `reindexClaims` if ever lost. One row per claim in `claims`, one per list item in the
 * child tables (with the fields queries group by copied in, so they need no join), and two summary
 * tables kept in step by the indexer: per-subject accusing/denying counts (contested subjects) and
 * accuser-by-addressee counts (the matrix), both over every claim regardless of viewer; readers
 * subtract what the viewer may not see (see src/claims/claim-queries.ts). `claim_index_state` holds
 * the last `objects.seq` whose claims are indexed: every write indexes its claims in its own
 * transaction (claim-index-hook.ts), and `opstrack claims reindex` catches up a database written
 * by a release that did not.
 */
import type { Migration } from '../storage/migrations.ts';

const sql = (text: string) => `
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  version ${text} NOT NULL,
  claimant_ref TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  stance TEXT NOT NULL,
  made_on ${text} NOT NULL,
  source_ref TEXT NOT NULL,
  confidence INTEGER,
  basis TEXT,
  measure TEXT,
  cameo_code TEXT,
  tlp TEXT
);
CREATE INDEX claims_claimant ON claims (claimant_ref, made_on);
CREATE INDEX claims_party ON claims (party_ref, made_on);
CREATE INDEX claims_source ON claims (source_ref);
CREATE INDEX claims_made_on ON claims (made_on);
CREATE INDEX claims_tlp ON claims (tlp);
CREATE TABLE claim_subjects (
  subject_ref TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  stance TEXT NOT NULL,
  PRIMARY KEY (subject_ref, claim_id)
);
CREATE INDEX claim_subjects_claim ON claim_subjects (claim_id);
CREATE TABLE claim_addressees (
  addressee_ref TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  stance TEXT NOT NULL,
  made_on ${text} NOT NULL,
  PRIMARY KEY (addressee_ref, claim_id)
);
CREATE INDEX claim_addressees_claim ON claim_addressees (claim_id, stance, party_ref, addressee_ref);
CREATE INDEX claim_addressees_matrix ON claim_addressees (stance, made_on, party_ref, addressee_ref);
CREATE TABLE claim_sectors (
  sector TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (sector, claim_id)
);
CREATE INDEX claim_sectors_claim ON claim_sectors (claim_id);
CREATE TABLE claim_countries (
  country TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (country, claim_id)
);
CREATE INDEX claim_countries_claim ON claim_countries (claim_id);
CREATE TABLE claim_responses (
  claim_id TEXT NOT NULL,
  responds_to TEXT NOT NULL,
  PRIMARY KEY (claim_id, responds_to)
);
CREATE INDEX claim_responses_to ON claim_responses (responds_to);
CREATE TABLE claim_subject_stats (
  subject_ref TEXT PRIMARY KEY,
  n_accusing INTEGER NOT NULL,
  n_denying INTEGER NOT NULL,
  n_total INTEGER NOT NULL
);
CREATE TABLE claim_index_state (
  id INTEGER PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
INSERT INTO claim_index_state (id, last_seq) VALUES (1, 0);
CREATE TABLE claim_matrix_stats (
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (party_ref, addressee_ref)
);
`;

export const claimsMigration: Migration = {
  id: '020-claims',
  sqlite: sql('TEXT'),
  // Dates and versions compare as bytes whatever the database's collation (as in 001-objects).
  postgres: sql('TEXT COLLATE "C"'),
};
