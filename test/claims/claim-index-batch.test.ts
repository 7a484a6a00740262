import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import type { Claim } from '../../src/model/claim.ts';
import type { Store } from '../../src/storage/store.ts';
import { claimArb } from './claim-arbitrary.ts';

/** Every table the claim index writes, as sorted rows. */
const TABLES = [
  'claims', 'claim_subjects', 'claim_addressees', 'claim_sectors', 'claim_countries', 'claim_responses',
  'claim_subject_stats', 'claim_matrix_stats', 'claim_subject_restricted', 'claim_matrix_restricted',
  'claim_sector_matrix_stats', 'claim_sector_matrix_restricted',
];

async function dump(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await store.db.query<Record<string, unknown>>(`SELECT * FROM ${table}`);
    out[table] = rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k] === null ? null : String(r[k])]))).sort();
  }
  return out;
}

/** Claims over few subjects, addressees and parties (so many share a count's key), some AMBER or RED. */
function claims(): Claim[] {
  const pick = <T>(pool: readonly T[], i: number) => pool[i % pool.length]!;
  const subjects = ['intrusion-set--6b3c0c55-9a51-4d8c-a1e0-4c4c1f3b5d2e', 'malware--0c1d2e3f-9a51-4d8c-a1e0-4c4c1f3b5d2e', 'intrusion-set--1a2b3c4d-9a51-4d8c-a1e0-4c4c1f3b5d2e'];
  const addressees = ['location--0b4a1f5e-8f3e-4d6a-9a51-2c7e5f1d3b4a', 'identity--0b4a1f5e-8f3e-4d6a-9a51-2c7e5f1d3b4b'];
  const claimants = ['identity--5e1d2c3b-8f3e-4d6a-9a51-2c7e5f1d3b4a', 'identity--5e1d2c3b-8f3e-4d6a-9a51-2c7e5f1d3b4b'];
  const parties = ['identity--7e1d2c3b-8f3e-4d6a-9a51-2c7e5f1d3b4a', 'location--7e1d2c3b-8f3e-4d6a-9a51-2c7e5f1d3b4b'];
  const sample = fc.sample(fc.uniqueArray(claimArb, { minLength: 150, maxLength: 150, selector: (c) => c.id }), { numRuns: 1, seed: 7 })[0]!;
  return sample.map((c, i) => {
    const claim: Claim = { ...c, claimant_ref: pick(claimants, i), addressee_refs: [pick(addressees, i)] };
    if (i % 2) claim.speaks_for_ref = pick(parties, i >> 1);
    else delete claim.speaks_for_ref;
    if (c.subject_refs && c.stance !== 'overlaps') claim.subject_refs = [pick(subjects, i)];
    if (i % 3 === 1) claim.object_marking_refs = [tlpMarkingId(i % 2 ? 'amber' : 'red')];
    return claim;
  });
}

for (const backend of BACKENDS) {
  describe(`claim index in batches (${backend})`, () => {
    test('a put of many claims, then of corrections, indexes the same rows and counts as one claim a put', () =>
      withStore(backend, (batched) => withStore(backend, async (single) => {
        const all = claims();
        assert.ok(all.filter((c) => c.object_marking_refs?.length).length > 40);
        assert.ok(all.filter((c) => ['attributes', 'accuses'].includes(c.stance)).length > 10);
        const corrections = all.filter((_, i) => i % 4 === 0).map((c, k) => correctClaim(c, { stance: k % 2 ? 'denies' : 'attributes' }));
        const revoked = all.filter((_, i) => i % 10 === 5).map((c) => ({ ...correctClaim(c, {}), revoked: true }) as Claim);
        await batched.put(all, { ownerOrgId: 'org-a' });
        await batched.put([...corrections, ...revoked], { ownerOrgId: 'org-a' });
        for (const c of all) await single.put([c], { ownerOrgId: 'org-a' });
        for (const c of [...corrections, ...revoked]) await single.put([c], { ownerOrgId: 'org-a' });
        const one = await dump(single);
        assert.ok(one.claim_subject_restricted!.length > 0 && one.claim_matrix_restricted!.length > 0 && one.claim_sector_matrix_stats!.length > 0);
        assert.equal(one.claims!.length, all.length - revoked.length);
        assert.deepStrictEqual(await dump(batched), one);
      })));
  });
}
