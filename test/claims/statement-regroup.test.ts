/**
 * Live regrouping writes only what changed (statement-index.ts `regroup`): after any sequence of
 * writes, date corrections, revocations and deletes, the statement tables are row for row what a
 * full rebuild (`rebuildStatements`, the upgrade path) makes of the same claims; and a claim added to
 * one statement of a key with many leaves the key's other statements and members untouched.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS, freshStore, type TestStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { rebuildStatements } from '../../src/claims/statement-index.ts';
import { CLAIM_TYPE, type Claim } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';
import { articleWorld } from './article-claims.ts';

/** Every statement row a viewer's counts come from, in a stable order (summary rows that count nothing aside). */
async function snapshot(db: SqlDb): Promise<Record<string, unknown[]>> {
  const rows = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'bigint' || typeof v === 'number' ? Number(v) : v))));
  return {
    statements: (await rows('SELECT id, statement_key, claimant_ref, party_ref, state_ref, claimant_kind, stance, first_on, last_on, n_claims FROM claim_statements')).sort(),
    members: (await rows('SELECT claim_id, statement_key, statement_id, made_on FROM claim_statement_members')).sort(),
    subjects: (await rows('SELECT subject_ref, statement_id, stance FROM claim_statement_subjects')).sort(),
    addressees: (await rows('SELECT addressee_ref, statement_id, party_ref, state_ref, addressee_state_ref, stance, first_on FROM claim_statement_addressees')).sort(),
    subjectStats: (await rows('SELECT subject_ref, n_accusing, n_denying, n_total FROM claim_statement_subject_stats WHERE n_total <> 0')).sort(),
    matrixStats: (await rows('SELECT rollup, party_ref, addressee_ref, n FROM claim_statement_matrix_stats WHERE n <> 0')).sort(),
    owners: (await rows('SELECT owner_org, statement_id FROM claim_statement_owners')).sort(),
    sectors: (await rows('SELECT sector, statement_id, last_on, restricted FROM claim_statement_sectors')).sort(),
    sectorMatrix: (await rows('SELECT sector, rollup, party_ref, addressee_ref, n, r_n FROM claim_statement_sector_matrix_stats WHERE n <> 0 OR r_n <> 0')).sort(),
    monthMatrix: (await rows('SELECT sector, month, rollup, party_ref, addressee_ref, n, r_n FROM claim_statement_month_matrix_stats WHERE n <> 0 OR r_n <> 0')).sort(),
    subjectOwned: (await rows('SELECT owner_org, subject_ref, n_total FROM claim_statement_subject_owned WHERE n_total <> 0')).sort(),
    matrixOwned: (await rows('SELECT owner_org, rollup, party_ref, addressee_ref, n FROM claim_statement_matrix_owned WHERE n <> 0')).sort(),
  };
}

/** A seeded day of 2025 (the same sequence every run). */
function days(seed: number): () => string {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return new Date(Date.UTC(2025, 0, 1) + (s % 365) * 86_400_000).toISOString().slice(0, 10);
  };
}

/** A fresh store holding the reference article's world, its claim service and the article's claims as templates. */
async function withWorld(backend: (typeof BACKENDS)[number], fn: (w: {
  store: TestStore['store']; service: ClaimService; templates: ReturnType<ReturnType<typeof articleWorld>['claims']>;
}) => Promise<void>): Promise<void> {
  const ts = await freshStore(backend);
  try {
    const world = articleWorld();
    await ts.store.put(world.objects);
    await fn({ store: ts.store, service: new ClaimService(ts.store, ts.store.db), templates: world.claims(`${CLAIM_TYPE}--${randomUUID()}`) });
  } finally {
    await ts.dispose();
  }
}

for (const backend of BACKENDS) {
  describe(`statement regrouping (${backend})`, () => {
    test('writes, date corrections, revocations and deletes leave exactly what a full rebuild makes', async (t) => {
      if (!requireShared(t)) return;
      await withWorld(backend, async ({ store, service, templates: [accusation, denial] }) => {
        const day = days(7);
        const copy = (template: typeof accusation, made_on?: string) =>
          ({ ...template, id: undefined, responds_to_refs: undefined, ...(made_on ? { made_on } : { made_on: undefined, made_on_source: 'unknown' as const }) });
        const check = async (step: string) => {
          const live = await snapshot(store.db);
          assert.ok((live.statements?.length ?? 0) > 0, step);
          await rebuildStatements(store.db);
          assert.deepEqual(live, await snapshot(store.db), `after ${step}, live regrouping differs from a rebuild`);
        };
        const written: Claim[] = [];
        for (let batch = 0; batch < 4; batch++) {
          const inputs = Array.from({ length: 12 }, (_, i) => copy(i % 3 === 2 ? denial! : accusation!, i === 11 ? undefined : day()));
          written.push(...(await service.put(SYSTEM, inputs)));
          await check(`batch ${batch}`);
        }
        const later = (c: Claim) => new Date(Date.parse(c.modified) + 1000).toISOString();
        // a claim moved to the first days of the year (every window after it may shift), one to the last
        const [first, second, third, fourth] = written;
        await store.put([{ ...first!, modified: later(first!), made_on: '2025-01-01' }, { ...second!, modified: later(second!), made_on: '2025-12-31' }]);
        await check('date corrections');
        await store.put([{ ...third!, modified: later(third!), revoked: true }]);
        await check('a revocation');
        await store.delete(fourth!.id);
        await check('a delete');
      });
    });

    test('a claim added to one statement of a key leaves the key\'s other statements and members untouched', async (t) => {
      if (!requireShared(t)) return;
      await withWorld(backend, async ({ store, service, templates: [accusation] }) => {
        const copy = (made_on: string) => ({ ...accusation!, id: undefined, made_on });
        // ten statements of one key, a month apart, three sources each
        const dates = Array.from({ length: 10 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-10`);
        await service.put(SYSTEM, dates.flatMap((d) => [copy(d), copy(d), copy(d)]));
        // rows written by the next put: PostgreSQL gives each written row version a new xmin; SQLite may
        // give a deleted and re-inserted row its old rowid, so triggers log its writes instead
        const db = store.db;
        const tables = [['claim_statements', 'id'], ['claim_statement_members', 'claim_id']] as const;
        const xmins = async () => new Map<string, Map<string, string>>(await Promise.all(tables.map(async ([table, key]) =>
          [table, new Map((await db.query<{ k: string; v: string }>(`SELECT ${key} AS k, xmin::text AS v FROM ${table}`)).map((r) => [r.k, r.v]))] as const)));
        if (backend === 'sqlite') {
          await db.exec('CREATE TABLE test_written (tbl TEXT, k TEXT)');
          for (const [table, key] of tables) {
            for (const [event, row] of [['INSERT', 'new'], ['UPDATE', 'new'], ['DELETE', 'old']]) {
              await db.exec(`CREATE TRIGGER test_${table}_${event} AFTER ${event} ON ${table} BEGIN INSERT INTO test_written VALUES ('${table}', ${row}.${key}); END`);
            }
          }
        }
        const before = backend === 'sqlite' ? undefined : await xmins();
        const [added] = await service.put(SYSTEM, [copy('2025-06-12')]);
        const written = async (table: string): Promise<string[]> => {
          if (!before) return [...new Set((await db.query<{ k: string }>('SELECT k FROM test_written WHERE tbl = ?', [table])).map((r) => r.k))];
          const after = (await xmins()).get(table)!;
          const was = before.get(table)!;
          return [...new Set([...after.keys(), ...was.keys()])].filter((k) => after.get(k) !== was.get(k));
        };
        const [june] = await db.query<{ id: string; n_claims: number | string }>(
          'SELECT s.id, s.n_claims FROM claim_statements s JOIN claim_statement_members m ON m.statement_id = s.id WHERE m.claim_id = ?', [added!.id],
        );
        assert.equal(Number(june!.n_claims), 4);
        assert.equal((await db.query('SELECT id FROM claim_statements')).length, 10);
        assert.deepEqual(await written('claim_statements'), [june!.id], 'only the June statement is written');
        assert.deepEqual(await written('claim_statement_members'), [added!.id], 'no earlier member is reassigned');
        assert.equal((await db.query('SELECT claim_id FROM claim_statement_members')).length, 31);
      });
    });
  });
}
