/**
 * Migration 051-claim-statements: one statement, many sources (issue 15, item 4). Claims with the
 * same claimant, party, stance, addressees and subjects whose dates fall within
 * STATEMENT_WINDOW_DAYS of the statement's first date are one statement (statement-index.ts says how
 * they are grouped); its rows are kept beside the claim index, in the write's own transaction, by
 * the `claim-statements` write hook.
 *
 * - `claim_statements`: one row per statement, with its grouping key, party (unrolled and rolled up
 *   to its state), claimant kind, stance, first/last date and number of member claims;
 * - `claim_statement_members`: the claim -> statement assignment (and the key it was grouped by);
 * - `claim_statement_subjects`, `claim_statement_addressees`: list items, with what queries group by;
 * - `claim_statement_subject_stats`, `claim_statement_matrix_stats`: statement counts per subject and
 *   per accuser/accused cell (rollup 0: parties as recorded; 1: agencies rolled up to their state),
 *   over every statement; readers subtract the statements whose every claim they may not see;
 * - `claim_statement_state`: `built` is 0 when a database upgraded from an earlier release still has
 *   to group its stored claims (done once when the store is opened: statement-index.ts
 *   `buildPendingStatements`), 1 after.
 */
import type { Migration } from '../storage/migrations.ts';
import { ACCUSING_STANCES } from '../model/claim.ts';

const sql = (text: string) => `
CREATE TABLE claim_statements (
  id TEXT PRIMARY KEY,
  statement_key TEXT NOT NULL,
  claimant_ref TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  state_ref TEXT NOT NULL,
  claimant_kind TEXT NOT NULL,
  stance TEXT NOT NULL,
  first_on ${text},
  last_on ${text},
  n_claims INTEGER NOT NULL
);
CREATE INDEX claim_statements_key ON claim_statements (statement_key);
CREATE INDEX claim_statements_party ON claim_statements (party_ref, last_on);
CREATE INDEX claim_statements_state ON claim_statements (state_ref, last_on);
CREATE INDEX claim_statements_claimant ON claim_statements (claimant_ref, last_on);
CREATE INDEX claim_statements_last ON claim_statements (last_on);
CREATE TABLE claim_statement_members (
  claim_id TEXT PRIMARY KEY,
  statement_key TEXT NOT NULL,
  statement_id TEXT,
  made_on ${text}
);
CREATE INDEX claim_statement_members_statement ON claim_statement_members (statement_id);
CREATE INDEX claim_statement_members_key ON claim_statement_members (statement_key, made_on);
CREATE TABLE claim_statement_subjects (
  subject_ref TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  stance TEXT NOT NULL,
  PRIMARY KEY (subject_ref, statement_id)
);
CREATE INDEX claim_statement_subjects_statement ON claim_statement_subjects (statement_id);
CREATE TABLE claim_statement_addressees (
  addressee_ref TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  party_ref TEXT NOT NULL,
  state_ref TEXT NOT NULL,
  addressee_state_ref TEXT NOT NULL,
  stance TEXT NOT NULL,
  first_on ${text},
  PRIMARY KEY (addressee_ref, statement_id)
);
CREATE INDEX claim_statement_addressees_statement ON claim_statement_addressees (statement_id);
CREATE INDEX claim_statement_addressees_state ON claim_statement_addressees (addressee_state_ref);
CREATE INDEX claim_statement_addressees_matrix ON claim_statement_addressees (stance, first_on, party_ref, addressee_ref);
CREATE TABLE claim_statement_subject_stats (
  subject_ref TEXT PRIMARY KEY,
  n_accusing INTEGER NOT NULL,
  n_denying INTEGER NOT NULL,
  n_total INTEGER NOT NULL
);
CREATE TABLE claim_statement_matrix_stats (
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (rollup, party_ref, addressee_ref)
);
CREATE TABLE claim_statement_state (
  id INTEGER PRIMARY KEY,
  built INTEGER NOT NULL
);
INSERT INTO claim_statement_state (id, built) VALUES (1, 0);
`;

export const claimStatementsMigration: Migration = {
  id: '051-claim-statements',
  sqlite: sql('TEXT'),
  // Dates compare as bytes whatever the database's collation (as in 020-claims).
  postgres: sql('TEXT COLLATE "C"'),
};

/**
 * Migration 054-statements-speaker-voice: statements group a named speaker with the voice of the
 * party they speak for (statement-index.ts, `claimantVoice`), a key an earlier release did not
 * compute; the next open regroups every stored claim once (`buildPendingStatements`). Listed
 * after 051, whose table it marks.
 */
export const statementsSpeakerVoiceMigration: Migration = {
  id: '054-statements-speaker-voice',
  sqlite: 'UPDATE claim_statement_state SET built = 0 WHERE id = 1;',
  postgres: 'UPDATE claim_statement_state SET built = 0 WHERE id = 1;',
};

/**
 * Migration 092-statements-visibility: who sees a statement is decided on columns kept on write, as
 * for claims (044-claims-visibility), instead of finding every hidden claim per request.
 * - `restricted` (on `claim_statements` and its addressee rows): 1 when every member claim is
 *   AMBER, AMBER+STRICT or RED, so the statement is hidden from whoever sees none of them;
 * - `claim_statement_owners`: for a restricted statement, the organisations owning an AMBER or
 *   AMBER+STRICT member (whose users see it without a grant);
 * - `r_*` on the summaries: how many of the counted statements are restricted, so a user's count is
 *   the summary minus the restricted statements plus the restricted ones they see.
 * - `claim_statement_*_owned`: the same counts over the restricted statements each organisation
 *   owns, so a user of an organisation owning many restricted statements adds its own by an index
 *   range, not statement by statement;
 * - `claim_statement_sectors`: a statement's targeted sectors (its claims'), and
 *   `claim_statement_sector_matrix_stats` the accuser/accused counts per sector, so the matrix of
 *   one sector is a read of its summary rather than a search of every claim in the sector.
 * The columns are filled by regrouping every stored claim once on the next open (`built` = 0).
 */
export const statementsVisibilityMigration: Migration = {
  id: '092-statements-visibility',
  sqlite: visibilitySql(),
  postgres: visibilitySql(),
};

function visibilitySql(): string {
  return `
ALTER TABLE claim_statements ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claim_statements_restricted ON claim_statements (restricted);
ALTER TABLE claim_statement_addressees ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_statement_subject_stats ADD COLUMN r_accusing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_statement_subject_stats ADD COLUMN r_denying INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_statement_subject_stats ADD COLUMN r_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim_statement_matrix_stats ADD COLUMN r_n INTEGER NOT NULL DEFAULT 0;
CREATE TABLE claim_statement_owners (
  owner_org TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (owner_org, statement_id)
);
CREATE INDEX claim_statement_owners_statement ON claim_statement_owners (statement_id);
CREATE TABLE claim_statement_sectors (
  sector TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (sector, statement_id)
);
CREATE INDEX claim_statement_sectors_statement ON claim_statement_sectors (statement_id);
CREATE TABLE claim_statement_subject_owned (
  owner_org TEXT NOT NULL,
  subject_ref TEXT NOT NULL,
  n_accusing INTEGER NOT NULL,
  n_denying INTEGER NOT NULL,
  n_total INTEGER NOT NULL,
  PRIMARY KEY (owner_org, subject_ref)
);
CREATE TABLE claim_statement_matrix_owned (
  owner_org TEXT NOT NULL,
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner_org, rollup, party_ref, addressee_ref)
);
CREATE TABLE claim_statement_sector_matrix_owned (
  owner_org TEXT NOT NULL,
  sector TEXT NOT NULL,
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner_org, sector, rollup, party_ref, addressee_ref)
);
CREATE TABLE claim_statement_sector_matrix_stats (
  sector TEXT NOT NULL,
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  r_n INTEGER NOT NULL,
  PRIMARY KEY (sector, rollup, party_ref, addressee_ref)
);
UPDATE claim_statement_state SET built = 0 WHERE id = 1;
`;
}

/**
 * Contested subjects and their order (over every statement; over the open ones, the summary minus
 * the restricted counts), as the queries write them: a planner walks a partial index on an
 * expression only when the query repeats its condition and expression.
 */
export const CONTESTED_ALL = 'n_accusing > 0 AND n_denying > 0';
export const CONTESTED_ALL_ORDER = 'n_accusing + n_denying';
export const CONTESTED_OPEN = 'n_accusing > r_accusing AND n_denying > r_denying';
export const CONTESTED_OPEN_ORDER = 'n_accusing - r_accusing + n_denying - r_denying';

/**
 * Migration 093-statements-contested-order: the contested subjects in the order they are listed
 * (most statements first), for the system viewer and for users, so a page of them is read in index
 * order instead of sorting every subject (at 979k claims, 125k subjects: 50 ms for a user, 204 ms
 * for a user whose organisation owns restricted statements). Indexes only: nothing to regroup.
 */
export const statementsContestedOrderMigration: Migration = {
  id: '093-statements-contested-order',
  sqlite: contestedOrderSql(),
  postgres: contestedOrderSql(),
};

function contestedOrderSql(): string {
  return `
CREATE INDEX claim_statement_subject_stats_contested ON claim_statement_subject_stats ((${CONTESTED_ALL_ORDER}) DESC, subject_ref) WHERE ${CONTESTED_ALL};
CREATE INDEX claim_statement_subject_stats_contested_open ON claim_statement_subject_stats ((${CONTESTED_OPEN_ORDER}) DESC, subject_ref) WHERE ${CONTESTED_OPEN};
`;
}

/** The sector of the per-month counts over every statement. */
export const ALL_SECTORS = '';

/**
 * Migration 094-statements-month-matrix: the accuser-by-accused counts per month of the statements'
 * first date, over every statement (sector '') and per targeted sector
 * (`claim_statement_month_matrix_stats`, with the restricted ones, and per owner organisation in
 * `claim_statement_month_matrix_owned`), so a matrix between two dates reads the whole months
 * between them from the summary and only the days at either end from the statements (at 979k
 * claims, one year's matrix searched 480k statement rows: about 1 s for every viewer, 1.5-3 s for
 * one sector). Undated statements are in no month. Filled from the statements already grouped;
 * kept on write by the regroup (statement-index.ts). The index of attributing statements by date
 * covers what the days at either end are counted by, so those are read from the index alone.
 */
export const statementsMonthMatrixMigration: Migration = {
  id: '094-statements-month-matrix',
  sqlite: monthMatrixSql(),
  postgres: monthMatrixSql(),
};

function monthMatrixSql(): string {
  const accusing = ACCUSING_STANCES.map((s) => `'${s}'`).join(', ');
  // over every statement, and per sector (a statement counts in each sector of its claims)
  const fill = (party: string, target: string, rollup: number, bySector: boolean) => {
    const sector = bySector ? 's.sector' : `'${ALL_SECTORS}'`;
    const join = bySector ? ' JOIN claim_statement_sectors s ON s.statement_id = a.statement_id' : '';
    const group = bySector ? 's.sector, ' : '';
    return `
INSERT INTO claim_statement_month_matrix_stats (sector, month, rollup, party_ref, addressee_ref, n, r_n)
SELECT ${sector}, SUBSTR(a.first_on, 1, 7), ${rollup}, a.${party}, a.${target}, COUNT(DISTINCT a.statement_id), COUNT(DISTINCT CASE WHEN a.restricted = 1 THEN a.statement_id END)
FROM claim_statement_addressees a${join} WHERE a.stance IN (${accusing}) AND a.first_on IS NOT NULL
GROUP BY ${group}SUBSTR(a.first_on, 1, 7), a.${party}, a.${target};
INSERT INTO claim_statement_month_matrix_owned (owner_org, sector, month, rollup, party_ref, addressee_ref, n)
SELECT o.owner_org, ${sector}, SUBSTR(a.first_on, 1, 7), ${rollup}, a.${party}, a.${target}, COUNT(DISTINCT a.statement_id)
FROM claim_statement_addressees a JOIN claim_statement_owners o ON o.statement_id = a.statement_id${join}
WHERE a.stance IN (${accusing}) AND a.first_on IS NOT NULL
GROUP BY o.owner_org, ${group}SUBSTR(a.first_on, 1, 7), a.${party}, a.${target};`;
  };
  return `
DROP INDEX claim_statement_addressees_matrix;
CREATE INDEX claim_statement_addressees_matrix ON claim_statement_addressees (stance, first_on, party_ref, addressee_ref, state_ref, addressee_state_ref, restricted, statement_id);
CREATE TABLE claim_statement_month_matrix_stats (
  sector TEXT NOT NULL,
  month TEXT NOT NULL,
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  r_n INTEGER NOT NULL,
  PRIMARY KEY (rollup, sector, month, party_ref, addressee_ref)
);
CREATE TABLE claim_statement_month_matrix_owned (
  owner_org TEXT NOT NULL,
  sector TEXT NOT NULL,
  month TEXT NOT NULL,
  rollup INTEGER NOT NULL,
  party_ref TEXT NOT NULL,
  addressee_ref TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner_org, rollup, sector, month, party_ref, addressee_ref)
);
${fill('party_ref', 'addressee_ref', 0, false)}
${fill('state_ref', 'addressee_state_ref', 1, false)}
${fill('party_ref', 'addressee_ref', 0, true)}
${fill('state_ref', 'addressee_state_ref', 1, true)}
`;
}

/**
 * Migration 095-statements-list-order: a sector's statements newest first, and statements counted by
 * date for users, from indexes. The sector rows carry their statement's latest date and whether it is
 * restricted (kept by the regroup), indexed by sector and date; the index of statements by latest
 * date carries `restricted`. At 979k claims the latest 50 statements of one sector took 0.7 s (every
 * statement of the sector sorted), and a user's count of the statements since a date 2-6 s (each
 * statement row read for its `restricted` flag).
 */
export const statementsListOrderMigration: Migration = {
  id: '095-statements-list-order',
  sqlite: listOrderSql('TEXT', 'last_on'),
  // Dates compare as bytes (as in 051); the index runs newest first with undated statements last, as the list does
  postgres: listOrderSql('TEXT COLLATE "C"', 'last_on DESC NULLS LAST'),
};

function listOrderSql(text: string, lastOnDesc: string): string {
  return `
ALTER TABLE claim_statement_sectors ADD COLUMN last_on ${text};
ALTER TABLE claim_statement_sectors ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
UPDATE claim_statement_sectors SET last_on = (SELECT s.last_on FROM claim_statements s WHERE s.id = claim_statement_sectors.statement_id),
  restricted = (SELECT s.restricted FROM claim_statements s WHERE s.id = claim_statement_sectors.statement_id);
CREATE INDEX claim_statement_sectors_last ON claim_statement_sectors (sector, ${lastOnDesc}, restricted, statement_id);
DROP INDEX claim_statements_last;
CREATE INDEX claim_statements_last ON claim_statements (${lastOnDesc}, restricted, id);
`;
}
