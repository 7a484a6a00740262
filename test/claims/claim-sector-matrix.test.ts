/**
 * Issue 13, deliverable 3: the matrix of one sector is read from per-sector summaries (migration
 * 080-claims-sector-matrix) kept in step by the claim indexer. After every kind of write (new
 * claims of three owners at every TLP level, corrections that move a claim to other sectors, to
 * another stance or to another TLP level, revocations, deletes, grants made afterwards, claims
 * written to a restricted TAXII collection) and after a reindex and a rebuild:
 * - the summary tables equal a recount of the index rows;
 * - every viewer's one-sector matrix equals the one computed from the claims the store shows them.
 * And a database of the previous release (no sector summaries, the narrower matrix index) gains
 * them on upgrade, backfilled.
 * On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { accusationMatrix } from '../../src/claims/claim-queries.ts';
import { rebuildClaimStats, reindexClaims } from '../../src/claims/claim-index.ts';
import { ACCUSING_STANCES, claimParty, type Claim } from '../../src/model/claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';
import { sampleClaims } from './claim-visibility-check.ts';

const SECTORS = ['energy', 'defense', 'healthcare'];
/** Sector lists by claim index: none, one, two, another one. */
const SECTOR_SETS: Array<string[] | undefined> = [['energy'], ['energy', 'defense'], undefined, ['defense'], ['healthcare', 'energy']];

function withSectors(claims: Claim[], shift: number): Claim[] {
  return claims.map((c, i) => {
    const next: Record<string, unknown> = { ...c };
    const sectors = SECTOR_SETS[(i + shift) % SECTOR_SETS.length];
    if (sectors) next.targeted_sectors = sectors;
    else delete next.targeted_sectors;
    return next as Claim;
  });
}

const accusing = (c: Claim) => ACCUSING_STANCES.includes(c.stance);
const cells = (rows: Array<{ party_ref: string; addressee_ref: string; count: number }>) =>
  rows.map((r) => `${r.party_ref} ${r.addressee_ref} ${r.count}`).sort();

/** The one-sector matrix computed from the latest versions of `ids` the store shows `viewer`. */
async function expectedMatrix(store: Store, viewer: Viewer, ids: string[], sector: string): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const [latest] = await store.get(SYSTEM, id);
    if (!latest) continue; // deleted
    const claim = latest.object as Claim;
    if (claim.revoked || !accusing(claim) || !claim.targeted_sectors?.includes(sector)) continue;
    const [seen] = await store.get(viewer, id, [latest.version]);
    if (!seen) continue;
    for (const a of claim.addressee_refs ?? []) {
      const key = `${claimParty(claim)} ${a}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([k, n]) => `${k} ${n}`).sort();
}

/** The summary tables' non-zero rows, and the same counts recomputed from the index rows. */
async function assertSummaryMatchesRows(db: SqlDb, label: string): Promise<void> {
  const acc = ACCUSING_STANCES.map((s) => `'${s}'`).join(', ');
  const restricted = `('amber', 'amber+strict', 'red')`;
  const lines = (rows: Array<Record<string, unknown>>) => rows.map((r) => Object.values(r).map(String).join(' ')).sort();
  assert.deepEqual(
    lines(await db.query('SELECT sector, party_ref, addressee_ref, n, r_n FROM claim_sector_matrix_stats WHERE n <> 0 OR r_n <> 0')),
    lines(await db.query(
      `SELECT s.sector, a.party_ref, a.addressee_ref, COUNT(*) AS n, SUM(CASE WHEN c.tlp IN ${restricted} THEN 1 ELSE 0 END) AS r_n
       FROM claim_sectors s JOIN claim_addressees a ON a.claim_id = s.claim_id JOIN claims c ON c.id = a.claim_id
       WHERE a.stance IN (${acc}) GROUP BY s.sector, a.party_ref, a.addressee_ref`,
    )),
    `${label}: claim_sector_matrix_stats`,
  );
  assert.deepEqual(
    lines(await db.query('SELECT owner_org, tlp, sector, party_ref, addressee_ref, n FROM claim_sector_matrix_restricted WHERE n <> 0')),
    lines(await db.query(
      `SELECT COALESCE(c.owner_org, '') AS owner_org, c.tlp, s.sector, a.party_ref, a.addressee_ref, COUNT(*) AS n
       FROM claim_sectors s JOIN claim_addressees a ON a.claim_id = s.claim_id JOIN claims c ON c.id = a.claim_id
       WHERE a.stance IN (${acc}) AND c.tlp IN ${restricted} GROUP BY COALESCE(c.owner_org, ''), c.tlp, s.sector, a.party_ref, a.addressee_ref`,
    )),
    `${label}: claim_sector_matrix_restricted`,
  );
}

async function assertSectorMatrices(store: Store, viewers: Array<[string, Viewer]>, ids: string[], label: string): Promise<number> {
  await assertSummaryMatchesRows(store.db, label);
  let nonEmpty = 0;
  for (const [name, viewer] of viewers) {
    for (const sector of SECTORS) {
      const want = await expectedMatrix(store, viewer, ids, sector);
      assert.deepEqual(cells(await accusationMatrix(store.db, viewer, { sector })), want, `${label}, ${name}, ${sector}`);
      // The row query (a date filter) agrees with the summary.
      assert.deepEqual(cells(await accusationMatrix(store.db, viewer, { sector, from: '0000-01-01' })), want, `${label}, ${name}, ${sector} by rows`);
      if (want.length > 0) nonEmpty++;
    }
  }
  return nonEmpty;
}

for (const backend of BACKENDS) {
  describe(`claim sector matrix (${backend})`, () => {
    test('the per-sector summaries stay exact through writes, corrections, revocations, deletes, grants, reindex and rebuild', () =>
      withStore(backend, async (store) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const levels = [undefined, 'amber', 'green', 'amber+strict', 'red', 'amber', 'clear'] as const;
        const ofA = withSectors(sampleClaims(21, 11, [...levels]), 0);
        const ofB = withSectors(sampleClaims(14, 12, [...levels]), 1);
        const ofInstallation = withSectors(sampleClaims(7, 13, ['amber', 'red', undefined]), 2);
        const scopedOfA = withSectors(sampleClaims(4, 14, [undefined, 'amber', 'green', 'clear']), 3);
        await store.put(ofA, { actor: a1 });
        await store.put(ofB, { actor: b1 });
        await store.put(ofInstallation);
        await store.put(scopedOfA, { actor: a1, collectionId: 'collection-of-a' });
        const ids = [...ofA, ...ofB, ...ofInstallation, ...scopedOfA].map((c) => c.id);
        const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['b1', b1], ['c1', c1], ['outsider', buildUserViewer()]];
        const amberOfA = ofA.filter((c) => c.object_marking_refs?.[0] === tlpMarkingId('amber') && accusing(c) && c.targeted_sectors);
        assert.ok(amberOfA.length >= 2, 'AMBER accusing claims of A in some sector');

        assert.ok((await assertSectorMatrices(store, viewers, ids, 'stored')) > 5, 'matrices are not all empty');
        const before = cells(await accusationMatrix(store.db, c1, { sector: amberOfA[0]!.targeted_sectors![0]! }));

        // Grants made after the claims were written: c1 sees more.
        await store.shareWith(amberOfA[0]!.id, 'org-c', { actor: a1 });
        await store.addRecipient(ofInstallation[1]!.id, c1.userId);
        await assertSectorMatrices(store, viewers, ids, 'granted');
        assert.notDeepEqual(cells(await accusationMatrix(store.db, c1, { sector: amberOfA[0]!.targeted_sectors![0]! })), before, 'the grant shows c1 more');

        // Corrections: other sectors, another stance, an AMBER claim opened (CLEAR), an open one closed (RED).
        // Four different claims (one version each per put).
        const open = ofA.find((c) => !c.object_marking_refs && accusing(c))!;
        const resectored = ofA.find((c) => ![amberOfA[1], open].includes(c) && accusing(c) && c.targeted_sectors)!;
        const turned = ofA.find((c) => ![amberOfA[1], open, resectored].includes(c) && accusing(c) && c.targeted_sectors)!;
        await store.put(
          [
            correctClaim(amberOfA[1]!, { object_marking_refs: [tlpMarkingId('clear')], targeted_sectors: ['defense', 'healthcare'] } as never),
            correctClaim(open, { object_marking_refs: [tlpMarkingId('red')] } as never),
            correctClaim(resectored, { targeted_sectors: ['healthcare'] } as never),
            correctClaim(turned, { stance: 'denies' } as never),
          ],
          { actor: a1 },
        );
        const greenOfB = ofB.find((c) => c.object_marking_refs?.[0] === tlpMarkingId('green') && accusing(c))!;
        await store.put([correctClaim(greenOfB, { object_marking_refs: [tlpMarkingId('amber+strict')] } as never)], { actor: b1 });
        await assertSectorMatrices(store, viewers, ids, 'corrected');

        // Revocations (the index drops the claim) and deletes (the earlier version comes back, or nothing).
        const [latestOpen] = await store.get(SYSTEM, open.id);
        await store.put([correctClaim(latestOpen!.object as Claim, { revoked: true } as never), correctClaim(amberOfA[0]!, { revoked: true } as never)], { actor: a1 });
        await store.delete(resectored.id, undefined, { actor: a1 }); // every version: gone
        await store.delete(ofInstallation[0]!.id);
        await assertSectorMatrices(store, viewers, ids, 'revoked and deleted');

        await reindexClaims(store, store.db);
        await assertSectorMatrices(store, viewers, ids, 'reindexed');
        await rebuildClaimStats(store.db);
        await assertSectorMatrices(store, viewers, ids, 'rebuilt');
      }));

    test('one put carrying two contents for the same claim version: the index and summaries follow the version the store kept', () =>
      withStore(backend, async (store) => {
        const [claim] = withSectors(sampleClaims(1, 31, [undefined]), 0);
        await store.put([claim!]);
        const kept = correctClaim(claim!, { stance: 'denies', targeted_sectors: ['defense'] } as never);
        const refused = { ...kept, stance: 'warns' } as Claim;
        const result = await store.put([kept, refused]);
        assert.equal(result.conflicts.length, 1, 'the second content is refused');
        const [stored] = await store.get(SYSTEM, claim!.id);
        const [row] = await store.db.query<{ stance: string }>('SELECT stance FROM claims WHERE id = ?', [claim!.id]);
        assert.equal(row?.stance, (stored!.object as Claim).stance, 'the index holds the stored version');
        await assertSummaryMatchesRows(store.db, 'same version twice');
        await assertSectorMatrices(store, [['system', SYSTEM]], [claim!.id], 'same version twice');
      }));

    test('a database of the previous release (no sector summaries) gains them on upgrade, backfilled from the index', () =>
      withStore(backend, async (store, location) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const levels = [undefined, 'amber', 'red', 'amber+strict', 'green'] as const;
        const ofA = withSectors(sampleClaims(15, 21, [...levels]), 0);
        const ofB = withSectors(sampleClaims(10, 22, [...levels]), 4);
        await store.put(ofA, { actor: a1 });
        await store.put(ofB, { actor: b1 });
        await store.addRecipient(ofA.find((c) => c.object_marking_refs?.[0] === tlpMarkingId('red'))!.id, b1.userId, { actor: a1 });
        // The previous release's database: the same claim index, without migrations 080 and 081.
        await store.db.exec('DROP TABLE claim_sector_matrix_stats');
        await store.db.exec('DROP TABLE claim_sector_matrix_restricted');
        await store.db.exec('DROP INDEX claim_addressees_matrix_visible');
        await store.db.exec('CREATE INDEX claim_addressees_matrix ON claim_addressees (stance, made_on, party_ref, addressee_ref)');
        await store.db.exec(`DELETE FROM schema_migrations WHERE id IN ('080-claims-sector-matrix', '081-claims-matrix-index')`);
        const upgraded = await openOpsTrackStore(location);
        try {
          const [row] = await upgraded.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claim_sector_matrix_stats WHERE n > 0');
          assert.ok(Number(row?.n) > 0, 'backfilled');
          const applied = await upgraded.db.query<{ id: string }>(`SELECT id FROM schema_migrations WHERE id IN ('080-claims-sector-matrix', '081-claims-matrix-index')`);
          assert.equal(applied.length, 2);
          const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['b1', b1], ['outsider', buildUserViewer()]];
          await assertSectorMatrices(upgraded, viewers, [...ofA, ...ofB].map((c) => c.id), 'upgraded');
        } finally {
          await upgraded.close();
        }
      }));
  });
}
