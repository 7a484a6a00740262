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
import { insertRows } from '../storage/multi-row-insert.ts';
import { RESTRICTED_STATS_SQL } from './claims-visibility-schema.ts';
import { SECTOR_MATRIX_STATS_SQL } from './claims-sector-matrix-schema.ts';

export interface IndexResult {
  indexed: number;
  /** Older than (or the same as) the indexed version. */
  unchanged: number;
  /** Claims that fail validation: stored as STIX, but not indexed. */
  invalid: Array<{ id: string; problems: string[] }>;
}

/** Ids per lookup (`id IN (...)`). */
const LOOKUP_CHUNK = 500;

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

/** Counts to add per key, summed in memory so each key is upserted once (PostgreSQL refuses a key twice in one upsert). */
class Sums {
  readonly #rows = new Map<string, { key: unknown[]; counts: number[] }>();

  add(key: unknown[], counts: number[]): void {
    const k = JSON.stringify(key);
    const row = this.#rows.get(k);
    if (!row) {
      this.#rows.set(k, { key, counts: [...counts] });
      return;
    }
    for (let i = 0; i < counts.length; i++) row.counts[i]! += counts[i]!;
  }

  rows(): unknown[][] {
    return [...this.#rows.values()].map((r) => [...r.key, ...r.counts]);
  }
}

/**
 * Indexes new versions of claims (none of them indexed: the caller has unindexed older versions):
 * their rows in multi-row INSERTs, and the summary counts summed per key first, then upserted once
 * per key. The TLP and owner of each are the stored version's (its `objects` row), else the claim's
 * own marking and no owner. One claim at a time cost about 23 statements a claim.
 */
async function insertClaims(tx: SqlDb, claims: readonly Claim[]): Promise<void> {
  const markings = new Map<string, { tlp: string | null; owner: string | null }>();
  const ids = [...new Set(claims.map((c) => c.id))];
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const part = ids.slice(i, i + LOOKUP_CHUNK);
    const found = await tx.query<{ id: string; version: string; tlp: string | null; owner_org: string | null }>(
      `SELECT id, version, tlp, owner_org FROM objects WHERE id IN (${part.map(() => '?').join(', ')})`, part,
    );
    for (const r of found) markings.set(`${r.id}\u0000${r.version}`, { tlp: r.tlp ?? null, owner: r.owner_org ?? null });
  }
  const claimRows: unknown[][] = [];
  const subjects: unknown[][] = [];
  const addressees: unknown[][] = [];
  const sectors: unknown[][] = [];
  const countries: unknown[][] = [];
  const responses: unknown[][] = [];
  const subjectStats = new Sums();
  const subjectRestricted = new Sums();
  const matrixStats = new Sums();
  const matrixRestricted = new Sums();
  const sectorMatrixStats = new Sums();
  const sectorMatrixRestricted = new Sums();
  for (const claim of claims) {
    const party = claimParty(claim);
    const version = versionKey(claim);
    const { tlp, owner } = markings.get(`${claim.id}\u0000${version}`) ?? { tlp: tlpOf(claim) ?? null, owner: null };
    const restricted = isRestricted(tlp) ? { tlp: tlp!, owner: owner ?? '' } : undefined;
    claimRows.push([
      claim.id, version, claim.claimant_ref, party, claim.stance, claim.made_on ?? null, claim.source_ref,
      claim.confidence ?? null, claim.basis ?? null, claim.measure ?? null, claim.cameo_code ?? null, tlp, owner,
    ]);
    const [a, d] = counts(claim.stance);
    const r = restricted ? 1 : 0;
    for (const subject of claim.subject_refs ?? []) {
      subjects.push([subject, claim.id, claim.stance]);
      subjectStats.add([subject], [a, d, 1, a * r, d * r, r]);
      if (restricted) subjectRestricted.add([restricted.owner, restricted.tlp, subject], [a, d, 1]);
    }
    for (const addressee of claim.addressee_refs ?? []) {
      addressees.push([addressee, claim.id, party, claim.stance, claim.made_on ?? null, tlp, owner]);
      if (a !== 1) continue;
      matrixStats.add([party, addressee], [1, r]);
      if (restricted) matrixRestricted.add([restricted.owner, restricted.tlp, party, addressee], [1]);
      // The same cell per targeted sector (migration 080), as many times as claim_sectors gets rows below.
      for (const sector of claim.targeted_sectors ?? []) {
        sectorMatrixStats.add([sector, party, addressee], [1, r]);
        if (restricted) sectorMatrixRestricted.add([restricted.owner, restricted.tlp, sector, party, addressee], [1]);
      }
    }
    for (const sector of claim.targeted_sectors ?? []) sectors.push([sector, claim.id]);
    for (const country of claim.targeted_countries ?? []) countries.push([country, claim.id]);
    for (const earlier of claim.responds_to_refs ?? []) responses.push([claim.id, earlier]);
  }
  await insertRows(tx, 'claims',
    'id, version, claimant_ref, party_ref, stance, made_on, source_ref, confidence, basis, measure, cameo_code, tlp, owner_org', claimRows);
  await insertRows(tx, 'claim_subjects', 'subject_ref, claim_id, stance', subjects);
  await insertRows(tx, 'claim_subject_stats', 'subject_ref, n_accusing, n_denying, n_total, r_accusing, r_denying, r_total', subjectStats.rows(),
    ` ON CONFLICT (subject_ref) DO UPDATE SET n_accusing = claim_subject_stats.n_accusing + excluded.n_accusing,
       n_denying = claim_subject_stats.n_denying + excluded.n_denying, n_total = claim_subject_stats.n_total + excluded.n_total,
       r_accusing = claim_subject_stats.r_accusing + excluded.r_accusing, r_denying = claim_subject_stats.r_denying + excluded.r_denying,
       r_total = claim_subject_stats.r_total + excluded.r_total`);
  await insertRows(tx, 'claim_subject_restricted', 'owner_org, tlp, subject_ref, n_accusing, n_denying, n_total', subjectRestricted.rows(),
    ` ON CONFLICT (owner_org, tlp, subject_ref) DO UPDATE SET n_accusing = claim_subject_restricted.n_accusing + excluded.n_accusing,
       n_denying = claim_subject_restricted.n_denying + excluded.n_denying, n_total = claim_subject_restricted.n_total + excluded.n_total`);
  await insertRows(tx, 'claim_addressees', 'addressee_ref, claim_id, party_ref, stance, made_on, tlp, owner_org', addressees);
  await insertRows(tx, 'claim_matrix_stats', 'party_ref, addressee_ref, n, r_n', matrixStats.rows(),
    ' ON CONFLICT (party_ref, addressee_ref) DO UPDATE SET n = claim_matrix_stats.n + excluded.n, r_n = claim_matrix_stats.r_n + excluded.r_n');
  await insertRows(tx, 'claim_matrix_restricted', 'owner_org, tlp, party_ref, addressee_ref, n', matrixRestricted.rows(),
    ' ON CONFLICT (owner_org, tlp, party_ref, addressee_ref) DO UPDATE SET n = claim_matrix_restricted.n + excluded.n');
  await insertRows(tx, 'claim_sector_matrix_stats', 'sector, party_ref, addressee_ref, n, r_n', sectorMatrixStats.rows(),
    ' ON CONFLICT (sector, party_ref, addressee_ref) DO UPDATE SET n = claim_sector_matrix_stats.n + excluded.n, r_n = claim_sector_matrix_stats.r_n + excluded.r_n');
  await insertRows(tx, 'claim_sector_matrix_restricted', 'owner_org, tlp, sector, party_ref, addressee_ref, n', sectorMatrixRestricted.rows(),
    ' ON CONFLICT (owner_org, tlp, sector, party_ref, addressee_ref) DO UPDATE SET n = claim_sector_matrix_restricted.n + excluded.n');
  await insertRows(tx, 'claim_sectors', 'sector, claim_id', sectors);
  await insertRows(tx, 'claim_countries', 'country, claim_id', countries);
  await insertRows(tx, 'claim_responses', 'claim_id, responds_to', responses);
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
    // The indexed version of each id, one probe per chunk of ids.
    const ids = [...latest.keys()];
    const indexed = new Map<string, string>();
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      const part = ids.slice(i, i + LOOKUP_CHUNK);
      const rows = await tx.query<{ id: string; version: string }>(`SELECT id, version FROM claims WHERE id IN (${part.map(() => '?').join(', ')})`, part);
      for (const row of rows) indexed.set(row.id, row.version);
    }
    // Older versions leave first (each touches only its own rows and subtracts its counts), then
    // every new version is written at once: the same tables as one claim after the other.
    const fresh: Claim[] = [];
    for (const claim of latest.values()) {
      const version = indexed.get(claim.id);
      if (version !== undefined && version >= versionKey(claim)) {
        result.unchanged++;
        continue;
      }
      if (version !== undefined) await unindex(tx, claim.id);
      if (!claim.revoked) fresh.push(claim);
      result.indexed++;
    }
    await insertClaims(tx, fresh);
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
