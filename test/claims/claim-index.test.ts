import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { reindexClaims } from '../../src/claims/claim-index.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Claim } from '../../src/model/claim.ts';
import { claimArb } from './claim-arbitrary.ts';

async function snapshot(service: ClaimService) {
  return {
    contested: await service.contested(SYSTEM),
    matrix: await service.matrix(SYSTEM),
    timeline: await service.timeline(SYSTEM),
    ids: (await service.list(SYSTEM, { limit: 1000 })).claims.map((c) => c.id).sort(),
  };
}

for (const backend of BACKENDS) {
  describe(`claim index (${backend})`, () => {
    test('claims stored through the plain store are indexed by its write hook; delete and rebuild agree', () =>
      withStore(backend, async (store) => {
        const claims = fc.sample(fc.uniqueArray(claimArb, { minLength: 8, maxLength: 8, selector: (c) => c.id }), { numRuns: 1, seed: 42 })[0];
        assert.ok(claims);
        // Make two claims share a subject, one accusing and one denying, so something is contested.
        const subject = 'intrusion-set--6b3c0c55-9a51-4d8c-a1e0-4c4c1f3b5d2e';
        const [first, second] = claims;
        assert.ok(first && second);
        claims[0] = { ...first, stance: 'attributes', subject_refs: [subject], addressee_refs: ['location--0b4a1f5e-8f3e-4d6a-9a51-2c7e5f1d3b4a'] };
        claims[1] = { ...second, stance: 'denies', subject_refs: [subject] };
        // Stored through the plain Store (as TAXII add-objects or an import does): the hook indexes them.
        await store.put(claims.slice(0, 5));
        const service = new ClaimService(store, store.db);
        assert.equal((await service.list(SYSTEM)).total, 5);
        assert.ok((await service.contested(SYSTEM)).some((c) => c.subject_ref === subject));
        // More claims, and a correction.
        await store.put(claims.slice(5));
        const corrected = correctClaim(claims[1] as Claim, { stance: 'confirms' });
        await store.put([corrected]);
        assert.equal((await service.list(SYSTEM)).total, 8);
        assert.equal((await service.get(SYSTEM, claims[1]!.id)).stance, 'confirms');
        assert.ok(!(await service.contested(SYSTEM)).some((c) => c.subject_ref === subject));
        // Deleting drops the claim from the index.
        await store.delete(claims[0]!.id);
        const before = await snapshot(service);
        assert.equal(before.ids.length, 7);
        assert.ok(!before.matrix.some((c) => c.count > 0 && claims[0]!.addressee_refs?.includes(c.addressee_ref) && c.party_ref === (claims[0]!.speaks_for_ref ?? claims[0]!.claimant_ref)));
        // Rebuilding from the store gives the same answers as the incremental index.
        await reindexClaims(store, store.db);
        assert.deepEqual(await snapshot(service), before);
      }));
  });
}
