/**
 * Migration 044-claims-visibility upgrades a database of the previous release in place: its claim
 * index (rows and summaries as migration 043's release wrote them, without owners or restricted
 * counts) gains each claim's owner and TLP from `objects`, and the restricted counts, so every claim
 * query answers every viewer as the store would, at once. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BACKENDS } from '../helpers/backends.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import { openStore, type StoreConfig } from '../../src/storage/open-store.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';
import { timestampKey } from '../../src/storage/versions.ts';
import { ACCUSING_STANCES, DENYING_STANCES, claimParty, type Claim } from '../../src/model/claim.ts';
import { tlpOf } from '../../src/model/tlp.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import { assertQueriesMatchStore, sampleClaims } from './claim-visibility-check.ts';

// 080-claims-sector-matrix and 081-claims-matrix-index build on 044's columns: a database without 044 has neither.
const LATER = new Set(['044-claims-visibility', '080-claims-sector-matrix', '081-claims-matrix-index']);
const PREVIOUS = FEATURE_MIGRATIONS.filter((m) => !LATER.has(m.id));

/** The claim index as the previous release wrote it (its indexer and its rebuildClaimStats). */
async function indexAsPreviousRelease(db: SqlDb, claims: Claim[]): Promise<void> {
  for (const c of claims) {
    const party = claimParty(c);
    await db.exec(
      'INSERT INTO claims (id, version, claimant_ref, party_ref, stance, made_on, source_ref, confidence, tlp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [c.id, timestampKey(c.modified), c.claimant_ref, party, c.stance, c.made_on ?? null, c.source_ref, c.confidence ?? null, tlpOf(c) ?? null],
    );
    for (const s of c.subject_refs ?? []) await db.exec('INSERT INTO claim_subjects (subject_ref, claim_id, stance) VALUES (?, ?, ?)', [s, c.id, c.stance]);
    for (const a of c.addressee_refs ?? []) {
      await db.exec('INSERT INTO claim_addressees (addressee_ref, claim_id, party_ref, stance, made_on) VALUES (?, ?, ?, ?, ?)', [a, c.id, party, c.stance, c.made_on ?? null]);
    }
    for (const s of c.targeted_sectors ?? []) await db.exec('INSERT INTO claim_sectors (sector, claim_id) VALUES (?, ?)', [s, c.id]);
  }
  const q = (xs: readonly string[]) => xs.map((s) => `'${s}'`).join(', ');
  await db.exec(
    `INSERT INTO claim_subject_stats (subject_ref, n_accusing, n_denying, n_total)
     SELECT subject_ref, SUM(CASE WHEN stance IN (${q(ACCUSING_STANCES)}) THEN 1 ELSE 0 END),
            SUM(CASE WHEN stance IN (${q(DENYING_STANCES)}) THEN 1 ELSE 0 END), COUNT(*) FROM claim_subjects GROUP BY subject_ref`,
  );
  await db.exec(
    `INSERT INTO claim_matrix_stats (party_ref, addressee_ref, n)
     SELECT party_ref, addressee_ref, COUNT(*) FROM claim_addressees WHERE stance IN (${q(ACCUSING_STANCES)}) GROUP BY party_ref, addressee_ref`,
  );
}

/** An empty database of `backend` (no migrations) and its disposal. */
async function emptyDatabase(backend: string): Promise<{ config: StoreConfig; dispose: () => Promise<void> }> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-claims-upgrade-'));
    return { config: { sqliteFile: join(dir, 'old.db') }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.OPSTRACK_TEST_PG_URL;
  if (!admin) throw new Error('OPSTRACK_TEST_PG_URL is unset: run through scripts/test.sh, or set OPSTRACK_TEST_BACKENDS=sqlite');
  const { default: pg } = await import('pg');
  const name = `opstrack_upgrade_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { config: { databaseUrl: url.toString() }, dispose: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

for (const backend of BACKENDS) {
  describe(`claims visibility upgrade (${backend})`, () => {
    test('a claim index of the previous release gains owners, TLP and restricted counts; queries answer every viewer as the store does', async () => {
      const { config, dispose } = await emptyDatabase(backend);
      try {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const levels = [undefined, 'amber', 'amber+strict', 'red', 'green'] as const;
        const ofA = sampleClaims(15, 7, [...levels]);
        const ofB = sampleClaims(10, 8, [...levels]);
        // The previous release: its migrations, no claim-index hook of this release.
        const old = await openStore(config, { migrations: PREVIOUS, hooks: [] });
        try {
          await old.put(ofA, { actor: a1 });
          await old.put(ofB, { actor: b1 });
          await old.shareWith(ofA[1]!.id, 'org-c', { actor: a1 });
          await old.addRecipient(ofA[3]!.id, c1.userId, { actor: a1 });
          await indexAsPreviousRelease(old.db, [...ofA, ...ofB]);
        } finally {
          await old.close();
        }
        const store = await openOpsTrackStore(config);
        try {
          const owners = await store.db.query<{ id: string; owner_org: string | null }>('SELECT id, owner_org FROM claims');
          assert.equal(owners.length, 25);
          for (const { id, owner_org } of owners) assert.equal(owner_org, ofA.some((c) => c.id === id) ? 'org-a' : 'org-b', id);
          const [restricted] = await store.db.query<{ n: number | string }>('SELECT SUM(r_total) AS n FROM claim_subject_stats');
          assert.ok(Number(restricted?.n) > 0, 'restricted counts backfilled');
          const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['b1', b1], ['c1', c1], ['outsider', buildUserViewer()]];
          for (const [name, viewer] of viewers) await assertQueriesMatchStore(store, viewer, `upgraded, ${name}`);
        } finally {
          await store.close();
        }
      } finally {
        await dispose();
      }
    });
  });
}
