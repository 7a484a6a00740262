/**
 * Keeps the claim tables (migrations 020, 044 and 080) in step with the claims in the store. The index holds the
 * latest version of each claim: a newer version replaces the rows of the older one (and moves the
 * summary counts with it), an older or equal version is ignored, a revoked version removes the claim.
 * The store's write hook (claim-index-hook.ts) calls it inside the transaction that stored the
 * objects; non-claims are skipped.
 */
import { Errors } from '../errors.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM } from '../model/viewer.ts';
import { tlpOf } from '../model/tlp.ts';
import { ACCUSING_STANCES, CLAIM_TYPE, DENYING_STANCES, claimParty, claimProblems, isClaim, type Claim } from '../model/claim.ts';
import { timestampKey } from '../storage/versions.ts';
import { RESTRICTED_STATS_SQL } from './claims-visibility-schema.ts';
import { SECTOR_MATRIX_STATS_SQL } from './claims-sector-matrix-schema.ts';

export interface IndexResult {
  indexed: number;
  /** Older than (or the same as) the indexed version. */
  unchanged: number;
  /** Claims that fail validation: stored as STIX, but not indexed. */
  invalid: Array<{ id: string; problems: string[] }>;
}

const CHILD_TABLES = ['claim_subjects', 'claim_addressees', 'claim_sectors', 'claim_countries', 'claim_responses'];
/** The counts kept in step by the indexer (migrations 020, 044 and 080). */
const SUMMARY_TABLES = [
  'claim_subject_stats', 'claim_matrix_stats', 'claim_subject_restricted', 'claim_matrix_restricted', 'claim_sector_matrix_stats', 'claim_sector_matrix_restricted',
];

function versionKey(claim: Claim): string {
  return timestampKey(claim.modified) ?? claim.modified;
}

/** AMBER, AMBER+STRICT and RED: the levels that can hide a claim from a user (migration 044). */
function isRestricted(tlp: string | null | undefined): boolean {
  return tlp === 'amber' || tlp === 'amber+strict' || tlp === 'red';
}

function counts(stance: string): [number, number] {
  return [ACCUSING_STANCES.includes(stance as Claim['stance']) ? 1 : 0, DENYING_STANCES.includes(stance as Claim['stance']) ? 1 : 0];
}

async function unindex(tx: SqlDb, id: string): Promise<void> {
  const [row] = await tx.query<{ tlp: string | null; owner_org: string | null }>('SELECT tlp, owner_org FROM claims WHERE id = ?', [id]);
  const restricted = isRestricted(row?.tlp) ? { tlp: row!.tlp!, owner: row!.owner_org ?? '' } : undefined;
  const subjects = await tx.query<{ subject_ref: string; stance: string }>('SELECT subject_ref, stance FROM claim_subjects WHERE claim_id = ?', [id]);
  for (const s of subjects) {
    const [a, d] = counts(s.stance);
    const r = restricted ? 1 : 0;
    await tx.exec(
      `UPDATE claim_subject_stats SET n_accusing = n_accusing - ?, n_denying = n_denying - ?, n_total = n_total - 1,
         r_accusing = r_accusing - ?, r_denying = r_denying - ?, r_total = r_total - ? WHERE subject_ref = ?`,
      [a, d, a * r, d * r, r, s.subject_ref],
    );
    if (restricted) {
      await tx.exec(
        `UPDATE claim_subject_restricted SET n_accusing = n_accusing - ?, n_denying = n_denying - ?, n_total = n_total - 1
         WHERE owner_org = ? AND tlp = ? AND subject_ref = ?`,
        [a, d, restricted.owner, restricted.tlp, s.subject_ref],
      );
    }
  }
  const cells = await tx.query<{ party_ref: string; addressee_ref: string; stance: string }>(
    'SELECT party_ref, addressee_ref, stance FROM claim_addressees WHERE claim_id = ?',
    [id],
  );
  const sectors = cells.some((cell) => ACCUSING_STANCES.includes(cell.stance as Claim['stance']))
    ? (await tx.query<{ sector: string }>('SELECT sector FROM claim_sectors WHERE claim_id = ?', [id])).map((r) => r.sector)
    : [];
  for (const cell of cells) {
    if (!ACCUSING_STANCES.includes(cell.stance as Claim['stance'])) continue;
    await tx.exec('UPDATE claim_matrix_stats SET n = n - 1, r_n = r_n - ? WHERE party_ref = ? AND addressee_ref = ?', [restricted ? 1 : 0, cell.party_ref, cell.addressee_ref]);
    if (restricted) {
      await tx.exec(
        'UPDATE claim_matrix_restricted SET n = n - 1 WHERE owner_org = ? AND tlp = ? AND party_ref = ? AND addressee_ref = ?',
        [restricted.owner, restricted.tlp, cell.party_ref, cell.addressee_ref],
      );
    }
    for (const sector of sectors) {
      await tx.exec(
        'UPDATE claim_sector_matrix_stats SET n = n - 1, r_n = r_n - ? WHERE sector = ? AND party_ref = ? AND addressee_ref = ?',
        [restricted ? 1 : 0, sector, cell.party_ref, cell.addressee_ref],
      );
      if (restricted) {
        await tx.exec(
          'UPDATE claim_sector_matrix_restricted SET n = n - 1 WHERE owner_org = ? AND tlp = ? AND sector = ? AND party_ref = ? AND addressee_ref = ?',
          [restricted.owner, restricted.tlp, sector, cell.party_ref, cell.addressee_ref],
        );
      }
    }
  }
  for (const table of CHILD_TABLES) await tx.exec(`DELETE FROM ${table} WHERE claim_id = ?`, [id]);
  await tx.exec('DELETE FROM claims WHERE id = ?', [id]);
}

/** The TLP and owner of the stored version being indexed (its `objects` row); the claim's own marking when not stored. */
async function markingOf(tx: SqlDb, claim: Claim): Promise<{ tlp: string | null; owner: string | null }> {
  const [row] = await tx.query<{ tlp: string | null; owner_org: string | null }>(
    'SELECT tlp, owner_org FROM objects WHERE id = ? AND version = ?', [claim.id, versionKey(claim)],
  );
  return row ? { tlp: row.tlp ?? null, owner: row.owner_org ?? null } : { tlp: tlpOf(claim) ?? null, owner: null };
}

async function insert(tx: SqlDb, claim: Claim): Promise<void> {
  const party = claimParty(claim);
  const { tlp, owner } = await markingOf(tx, claim);
  const restricted = isRestricted(tlp) ? { tlp: tlp!, owner: owner ?? '' } : undefined;
  await tx.exec(
    `INSERT INTO claims (id, version, claimant_ref, party_ref, stance, made_on, source_ref, confidence, basis, measure, cameo_code, tlp, owner_org)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      claim.id,
      versionKey(claim),
      claim.claimant_ref,
      party,
      claim.stance,
      claim.made_on ?? null,
      claim.source_ref,
      claim.confidence ?? null,
      claim.basis ?? null,
      claim.measure ?? null,
      claim.cameo_code ?? null,
      tlp,
      owner,
    ],
  );
  const [a, d] = counts(claim.stance);
  const r = restricted ? 1 : 0;
  for (const subject of claim.subject_refs ?? []) {
    await tx.exec('INSERT INTO claim_subjects (subject_ref, claim_id, stance) VALUES (?, ?, ?)', [subject, claim.id, claim.stance]);
    await tx.exec(
      `INSERT INTO claim_subject_stats (subject_ref, n_accusing, n_denying, n_total, r_accusing, r_denying, r_total) VALUES (?, ?, ?, 1, ?, ?, ?)
       ON CONFLICT (subject_ref) DO UPDATE SET n_accusing = claim_subject_stats.n_accusing + excluded.n_accusing,
         n_denying = claim_subject_stats.n_denying + excluded.n_denying, n_total = claim_subject_stats.n_total + 1,
         r_accusing = claim_subject_stats.r_accusing + excluded.r_accusing, r_denying = claim_subject_stats.r_denying + excluded.r_denying,
         r_total = claim_subject_stats.r_total + excluded.r_total`,
      [subject, a, d, a * r, d * r, r],
    );
    if (restricted) {
      await tx.exec(
        `INSERT INTO claim_subject_restricted (owner_org, tlp, subject_ref, n_accusing, n_denying, n_total) VALUES (?, ?, ?, ?, ?, 1)
         ON CONFLICT (owner_org, tlp, subject_ref) DO UPDATE SET n_accusing = claim_subject_restricted.n_accusing + excluded.n_accusing,
           n_denying = claim_subject_restricted.n_denying + excluded.n_denying, n_total = claim_subject_restricted.n_total + 1`,
        [restricted.owner, restricted.tlp, subject, a, d],
      );
    }
  }
  for (const addressee of claim.addressee_refs ?? []) {
    await tx.exec('INSERT INTO claim_addressees (addressee_ref, claim_id, party_ref, stance, made_on, tlp, owner_org) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      addressee,
      claim.id,
      party,
      claim.stance,
      claim.made_on ?? null,
      tlp,
      owner,
    ]);
    if (a === 1) {
      await tx.exec(
        `INSERT INTO claim_matrix_stats (party_ref, addressee_ref, n, r_n) VALUES (?, ?, 1, ?)
         ON CONFLICT (party_ref, addressee_ref) DO UPDATE SET n = claim_matrix_stats.n + 1, r_n = claim_matrix_stats.r_n + excluded.r_n`,
        [party, addressee, r],
      );
      if (restricted) {
        await tx.exec(
          `INSERT INTO claim_matrix_restricted (owner_org, tlp, party_ref, addressee_ref, n) VALUES (?, ?, ?, ?, 1)
           ON CONFLICT (owner_org, tlp, party_ref, addressee_ref) DO UPDATE SET n = claim_matrix_restricted.n + 1`,
          [restricted.owner, restricted.tlp, party, addressee],
        );
      }
      // The same cell per targeted sector (migration 080), as many times as claim_sectors gets rows below.
      for (const sector of claim.targeted_sectors ?? []) {
        await tx.exec(
          `INSERT INTO claim_sector_matrix_stats (sector, party_ref, addressee_ref, n, r_n) VALUES (?, ?, ?, 1, ?)
           ON CONFLICT (sector, party_ref, addressee_ref) DO UPDATE SET n = claim_sector_matrix_stats.n + 1, r_n = claim_sector_matrix_stats.r_n + excluded.r_n`,
          [sector, party, addressee, r],
        );
        if (restricted) {
          await tx.exec(
            `INSERT INTO claim_sector_matrix_restricted (owner_org, tlp, sector, party_ref, addressee_ref, n) VALUES (?, ?, ?, ?, ?, 1)
             ON CONFLICT (owner_org, tlp, sector, party_ref, addressee_ref) DO UPDATE SET n = claim_sector_matrix_restricted.n + 1`,
            [restricted.owner, restricted.tlp, sector, party, addressee],
          );
        }
      }
    }
  }
  for (const sector of claim.targeted_sectors ?? []) await tx.exec('INSERT INTO claim_sectors (sector, claim_id) VALUES (?, ?)', [sector, claim.id]);
  for (const country of claim.targeted_countries ?? []) {
    await tx.exec('INSERT INTO claim_countries (country, claim_id) VALUES (?, ?)', [country, claim.id]);
  }
  for (const earlier of claim.responds_to_refs ?? []) {
    await tx.exec('INSERT INTO claim_responses (claim_id, responds_to) VALUES (?, ?)', [claim.id, earlier]);
  }
}

export interface IndexOptions {
  /** Claims the caller has just checked against the claim contract (the write hook's beforePut): not checked again. */
  checked?: ReadonlySet<StixObject>;
}

/**
 * Indexes the claims among `objects` (any STIX objects: others are skipped), in one transaction.
 * Safe to call again with the same objects: an already-indexed version is left alone.
 */
export async function indexClaims(db: SqlDb, objects: readonly StixObject[], options: IndexOptions = {}): Promise<IndexResult> {
  const result: IndexResult = { indexed: 0, unchanged: 0, invalid: [] };
  // The latest version per id in this batch.
  const latest = new Map<string, Claim>();
  for (const object of objects) {
    if (!isClaim(object)) continue;
    const problems = options.checked?.has(object) ? [] : claimProblems(object, object.id);
    if (problems.length > 0) {
      result.invalid.push({ id: String(object.id), problems });
      continue;
    }
    const seen = latest.get(object.id);
    if (!seen || versionKey(object) > versionKey(seen)) latest.set(object.id, object);
  }
  if (latest.size === 0) return result;
  await db.transaction(async (tx) => {
    for (const claim of latest.values()) {
      const [row] = await tx.query<{ version: string }>('SELECT version FROM claims WHERE id = ?', [claim.id]);
      if (row && row.version >= versionKey(claim)) {
        result.unchanged++;
        continue;
      }
      if (row) await unindex(tx, claim.id);
      if (!claim.revoked) await insert(tx, claim);
      result.indexed++;
    }
  });
  return result;
}

/** Whether claims were stored (by any writer) since the index last caught up. Two indexed probes. */
export async function claimIndexBehind(db: SqlDb): Promise<boolean> {
  const [state] = await db.query<{ last_seq: number | string }>('SELECT last_seq FROM claim_index_state WHERE id = 1');
  // The watermark as a parameter (not a subquery), so PostgreSQL plans an index range scan.
  return (await db.query('SELECT 1 AS x FROM objects WHERE type = ? AND seq > ? LIMIT 1', [CLAIM_TYPE, Number(state?.last_seq ?? 0)])).length > 0;
}

/** Marks everything stored so far as indexed (call only right after indexing it, in the same transaction). */
export async function markClaimIndexCurrent(tx: SqlDb): Promise<void> {
  await tx.exec('UPDATE claim_index_state SET last_seq = (SELECT COALESCE(MAX(seq), 0) FROM objects) WHERE id = 1');
}

/**
 * Indexes the claims stored since the index last caught up: a repair (`opstrack claims reindex`)
 * for a database written without the claim index hook (by an earlier release, whose TAXII
 * add-objects did not index). Nothing calls it implicitly; when nothing is pending it costs one
 * indexed probe.
 */
export async function syncClaimIndex(db: SqlDb, batch = 1000): Promise<IndexResult> {
  const total: IndexResult = { indexed: 0, unchanged: 0, invalid: [] };
  if (!(await claimIndexBehind(db))) return total;
  await db.transaction(async (tx) => {
    // Takes the row lock first, so concurrent syncs run one after the other.
    await tx.exec('UPDATE claim_index_state SET last_seq = last_seq WHERE id = 1');
    const [state] = await tx.query<{ last_seq: number | string }>('SELECT last_seq FROM claim_index_state WHERE id = 1');
    if (!state) throw new Errors.STORE_ENGINE('claim_index_state has no row 1; the migrations did not run');
    let last = Number(state.last_seq);
    for (;;) {
      const rows = await tx.query<{ seq: number | string; object_json: string }>(
        `SELECT seq, object_json FROM objects WHERE type = ? AND seq > ? ORDER BY seq LIMIT ${batch}`,
        [CLAIM_TYPE, last],
      );
      const tail = rows.at(-1);
      if (!tail) break;
      const r = await indexClaims(tx, rows.map((row) => JSON.parse(row.object_json) as StixObject));
      total.indexed += r.indexed;
      total.unchanged += r.unchanged;
      total.invalid.push(...r.invalid);
      last = Number(tail.seq);
    }
    await tx.exec('UPDATE claim_index_state SET last_seq = ? WHERE id = 1', [last]);
  });
  return total;
}

/** Drops one claim from the index (after `Store.delete`). */
export async function unindexClaim(db: SqlDb, id: string): Promise<void> {
  await db.transaction((tx) => unindex(tx, id));
}

/** Rebuilds the whole index from the claims in the store (latest versions); `db` is the store's database. */
export async function reindexClaims(store: Store, db: SqlDb): Promise<IndexResult> {
  await db.transaction(async (tx) => {
    for (const table of [...CHILD_TABLES, 'claims', ...SUMMARY_TABLES]) {
      await tx.exec(`DELETE FROM ${table}`);
    }
    await tx.exec('UPDATE claim_index_state SET last_seq = 0 WHERE id = 1');
  });
  const total: IndexResult = { indexed: 0, unchanged: 0, invalid: [] };
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { types: [CLAIM_TYPE], versions: ['last'], limit: 1000, cursor });
    const r = await indexClaims(db, page.items.map((s) => s.object));
    total.indexed += r.indexed;
    total.unchanged += r.unchanged;
    total.invalid.push(...r.invalid);
    cursor = page.next;
  } while (cursor);
  await db.transaction((tx) => markClaimIndexCurrent(tx));
  return total;
}

/** Recomputes the summary tables from the index rows (after a bulk load that wrote rows directly). */
export async function rebuildClaimStats(db: SqlDb): Promise<void> {
  const accusing = ACCUSING_STANCES.map((s) => `'${s}'`).join(', ');
  const denying = DENYING_STANCES.map((s) => `'${s}'`).join(', ');
  await db.transaction(async (tx) => {
    await tx.exec('DELETE FROM claim_subject_stats');
    await tx.exec('DELETE FROM claim_matrix_stats');
    await tx.exec(
      `INSERT INTO claim_subject_stats (subject_ref, n_accusing, n_denying, n_total)
       SELECT subject_ref, SUM(CASE WHEN stance IN (${accusing}) THEN 1 ELSE 0 END),
              SUM(CASE WHEN stance IN (${denying}) THEN 1 ELSE 0 END), COUNT(*)
       FROM claim_subjects GROUP BY subject_ref`,
    );
    await tx.exec(
      `INSERT INTO claim_matrix_stats (party_ref, addressee_ref, n)
       SELECT party_ref, addressee_ref, COUNT(*) FROM claim_addressees WHERE stance IN (${accusing}) GROUP BY party_ref, addressee_ref`,
    );
    await tx.exec(RESTRICTED_STATS_SQL);
    await tx.exec(SECTOR_MATRIX_STATS_SQL);
  });
}
