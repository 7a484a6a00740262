/**
 * Issue 13, deliverable 3: claim queries decide visibility on the claim index's own TLP and owner
 * columns and the restricted counts (migration 044-claims-visibility), and answer every viewer
 * exactly as the store would: claims of three owners (two organisations and the installation) at
 * every TLP level, shared, received, written only to a restricted TAXII collection, corrected to
 * another level, deleted, reindexed and rebuilt.
 * On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { rebuildClaimStats, reindexClaims } from '../../src/claims/claim-index.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import { assertQueriesMatchStore, sampleClaims } from './claim-visibility-check.ts';

for (const backend of BACKENDS) {
  describe(`claim visibility (${backend})`, () => {
    test('every claim query answers each viewer with exactly what the store shows them', () =>
      withStore(backend, async (store) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const a2 = buildUserViewer({ orgId: 'org-a' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const levels = [undefined, 'green', 'amber', 'amber+strict', 'red', 'clear', 'amber'] as const;
        const ofA = sampleClaims(21, 1, [...levels]);
        const ofB = sampleClaims(14, 2, [...levels]);
        const ofInstallation = sampleClaims(7, 3, ['amber', 'red', undefined]);
        await store.put(ofA, { actor: a1 });
        await store.put(ofB, { actor: b1 });
        await store.put(ofInstallation);
        // Written only to a TAXII collection no one else was granted: hidden from other organisations whatever their marking.
        const scopedOfA = sampleClaims(4, 4, [undefined, 'green', 'amber', 'clear']);
        await store.put(scopedOfA, { actor: a1, collectionId: 'collection-of-a' });
        const amberOfA = ofA.filter((_, i) => levels[i % levels.length] === 'amber');
        const redOfA = ofA.filter((_, i) => levels[i % levels.length] === 'red');
        await store.shareWith(amberOfA[0]!.id, 'org-c', { actor: a1 });
        await store.shareWith(amberOfA[1]!.id, 'org-a', { actor: a1 }); // shared with its own owner: counted once
        await store.shareWith(ofInstallation[0]!.id, 'org-b'); // the installation's AMBER claim, to B
        await store.addRecipient(redOfA[0]!.id, c1.userId, { actor: a1 });
        await store.addRecipient(ofInstallation[1]!.id, a2.userId);
        const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['a2', a2], ['b1', b1], ['c1', c1], ['outsider', buildUserViewer()]];
        const check = async (when: string) => {
          const seen: number[] = [];
          for (const [name, viewer] of viewers) seen.push(await assertQueriesMatchStore(store, viewer, `${when}, ${name}`));
          return seen;
        };
        const seen = await check('stored');
        assert.equal(seen[0], 46);
        assert.ok(new Set(seen).size >= 4, `viewers see different sets: ${seen}`);

        // A correction that opens an AMBER claim (CLEAR), one that closes an open claim (RED), a delete.
        const opened = correctClaim(amberOfA[2]!, { object_marking_refs: [tlpMarkingId('clear')] } as never);
        const closed = correctClaim(ofA[0]!, { object_marking_refs: [tlpMarkingId('red')] } as never);
        await store.put([opened, closed], { actor: a1 });
        await store.delete(amberOfA[0]!.id, undefined, { actor: a1 });
        await store.delete(ofInstallation[1]!.id);
        await check('corrected and deleted');
        await reindexClaims(store, store.db);
        await check('reindexed');
        await rebuildClaimStats(store.db);
        await check('rebuilt');
      }));
  });
}
