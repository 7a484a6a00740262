/**
 * The accuser-by-accused matrix in order: largest count first, then accuser and accused, and `limit`
 * keeps the largest cells. The matrix is read as one JSON array on SQLite and sorted in code
 * (claim-queries.ts, cellsOf), and a user without corrections (no restricted claim of their
 * organisation's, no grant, nothing collection-scoped) reads the summary alone: for every viewer,
 * whole, one sector and by date, the cells equal (in order) those counted from the claims the store
 * shows them. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { accusationMatrix, type MatrixCell, type MatrixFilter } from '../../src/claims/claim-queries.ts';
import { ACCUSING_STANCES, claimParty, type Claim } from '../../src/model/claim.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { PARTIES, sampleClaims } from './claim-visibility-check.ts';

/** Spreads a batch over six accuser/accused cells with uneven counts (so the order has ties and gaps). */
function spread(claims: Claim[], shift: number): Claim[] {
  return claims.map((c, i) => {
    const k = (i * i + shift) % 7;
    const party = PARTIES[k % 3]!;
    const addressee = PARTIES[(k % 3 + 1 + (k > 3 ? 1 : 0)) % 3]!;
    return { ...c, speaks_for_ref: party, addressee_refs: [addressee] } as Claim;
  });
}

/** The matrix counted from the latest versions the store shows `viewer`, sorted as the query promises. */
async function expectedCells(store: Store, viewer: Viewer, ids: string[], f: MatrixFilter): Promise<MatrixCell[]> {
  const counts = new Map<string, MatrixCell>();
  for (const id of ids) {
    const [latest] = await store.get(SYSTEM, id);
    if (!latest) continue;
    const claim = latest.object as Claim;
    if (!ACCUSING_STANCES.includes(claim.stance)) continue;
    if (f.sector && !claim.targeted_sectors?.includes(f.sector)) continue;
    if (f.from && !(claim.made_on && claim.made_on >= f.from)) continue;
    if (f.to && !(claim.made_on && claim.made_on <= f.to)) continue;
    if ((await store.get(viewer, id, [latest.version])).length === 0) continue;
    for (const a of claim.addressee_refs ?? []) {
      const key = `${claimParty(claim)} ${a}`;
      const cell = counts.get(key) ?? { party_ref: claimParty(claim), addressee_ref: a, count: 0 };
      cell.count++;
      counts.set(key, cell);
    }
  }
  const byText = (x: string, y: string) => (x === y ? 0 : x < y ? -1 : 1);
  return [...counts.values()].sort((x, y) => y.count - x.count || byText(x.party_ref, y.party_ref) || byText(x.addressee_ref, y.addressee_ref));
}

async function assertMatrices(store: Store, viewers: Array<[string, Viewer]>, ids: string[], label: string): Promise<number> {
  const filters: Array<[string, MatrixFilter]> = [
    ['whole', {}],
    ['one sector', { sector: 'energy' }],
    ['by date', { from: '2024-02-01', to: '2024-07-31' }],
    ['one sector by date', { sector: 'energy', from: '2024-03-01' }],
  ];
  let cells = 0;
  for (const [name, viewer] of viewers) {
    for (const [what, f] of filters) {
      const want = await expectedCells(store, viewer, ids, f);
      assert.deepEqual(await accusationMatrix(store.db, viewer, f), want, `${label}, ${name}, ${what}`);
      for (const limit of [1, 2, 4]) {
        assert.deepEqual(await accusationMatrix(store.db, viewer, { ...f, limit }), want.slice(0, limit), `${label}, ${name}, ${what}, limit ${limit}`);
      }
      cells += want.length;
    }
  }
  return cells;
}

for (const backend of BACKENDS) {
  describe(`claim matrix cells (${backend})`, () => {
    test('every viewer gets the cells the store shows them, largest first, limited to the largest', () =>
      withStore(backend, async (store) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const ofA = spread(sampleClaims(40, 21, [undefined, 'amber', 'green', 'amber+strict', 'red', 'clear', 'amber']), 0);
        const ofB = spread(sampleClaims(20, 22, [undefined, 'green', 'amber']), 3);
        const open = spread(sampleClaims(20, 23, [undefined, 'clear']), 5);
        await store.put(ofA, { actor: a1 });
        await store.put(ofB, { actor: b1 });
        await store.put(open);
        const ids = [...ofA, ...ofB, ...open].map((c) => c.id);
        // c1 and the outsider have no corrections (their matrix is the summary alone); a1 and b1 own restricted claims.
        const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['b1', b1], ['c1', c1], ['outsider', buildUserViewer()]];
        assert.ok((await assertMatrices(store, viewers, ids, 'stored')) > 40, 'the matrices are not all empty');
        const whole = await accusationMatrix(store.db, SYSTEM);
        assert.ok(whole.length >= 4 && new Set(whole.map((c) => c.count)).size >= 2, 'cells with different counts');
        assert.notDeepEqual(await accusationMatrix(store.db, c1), whole, 'AMBER and RED claims are hidden from c1');

        // A grant gives c1 corrections; a delete and a correction move counts between cells.
        const amberOfA = ofA.filter((c) => c.object_marking_refs && ACCUSING_STANCES.includes(c.stance));
        await store.shareWith(amberOfA[0]!.id, 'org-c', { actor: a1 });
        await store.delete(open[0]!.id);
        const moved = { ...open[1]!, modified: new Date(Date.parse(open[1]!.modified) + 1000).toISOString(), addressee_refs: [PARTIES[0]!], speaks_for_ref: PARTIES[2]! } as Claim;
        await store.put([moved]);
        await assertMatrices(store, viewers, ids, 'after a grant, a delete and a correction');
      }));
  });
}
