/**
 * Migration 043-claims-dates: a claim whose source gives no date has no `made_on` (its
 * `made_on_source` is `unknown`), so the index's date columns accept NULL. PostgreSQL drops the
 * constraint; SQLite, which cannot, rebuilds the two tables with their rows and indexes.
 */
import type { Migration } from '../storage/migrations.ts';

const SQLITE = `
CREATE TABLE claims_dated (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  claimant_ref TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  stance TEXT NOT NULL,
  made_on TEXT,
  source_ref TEXT NOT NULL,
  confidence INTEGER,
  basis TEXT,
  measure TEXT,
  cameo_code TEXT,
  tlp TEXT
);
INSERT INTO claims_dated (id, version, claimant_ref, party_ref, stance, made_on, source_ref, confidence, basis, measure, cameo_code, tlp)
  SELECT id, version, claimant_ref, party_ref, stance, made_on, source_ref, confidence, basis, measure, cameo_code, tlp FROM claims;
DROP TABLE claims;
ALTER TABLE claims_dated RENAME TO claims;
CREATE INDEX claims_claimant ON claims (claimant_ref, made_on);
CREATE INDEX claims_party ON claims (party_ref, made_on);
CREATE INDEX claims_source ON claims (source_ref);
CREATE INDEX claims_made_on ON claims (made_on);
CREATE INDEX claims_tlp ON claims (tlp);
CREATE TABLE claim_addressees_dated (
  addressee_ref TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  stance TEXT NOT NULL,
  made_on TEXT,
  PRIMARY KEY (addressee_ref, claim_id)
);
INSERT INTO claim_addressees_dated (addressee_ref, claim_id, party_ref, stance, made_on)
  SELECT addressee_ref, claim_id, party_ref, stance, made_on FROM claim_addressees;
DROP TABLE claim_addressees;
ALTER TABLE claim_addressees_dated RENAME TO claim_addressees;
CREATE INDEX claim_addressees_claim ON claim_addressees (claim_id, stance, party_ref, addressee_ref);
CREATE INDEX claim_addressees_matrix ON claim_addressees (stance, made_on, party_ref, addressee_ref);
`;

const POSTGRES = `
ALTER TABLE claims ALTER COLUMN made_on DROP NOT NULL;
ALTER TABLE claim_addressees ALTER COLUMN made_on DROP NOT NULL;
`;

export const claimsDatesMigration: Migration = { id: '043-claims-dates', sqlite: SQLITE, postgres: POSTGRES };
