/**
 * Issue 12, finding 1: deleting versions of one id never touches another id, on every backend.
 * The version selection is an OR list (one term per timestamp, plus the SCO date_added term); it
 * must stay inside the `id = ?` condition.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIpv4, buildMalware, nextVersion } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';

for (const backend of BACKENDS) {
  describe(`Store.delete scope: ${backend}`, () => {
    test("deleting two versions by timestamp keeps another organisation's objects with the same modified", () =>
      withStore(backend, async (store) => {
        const mine = buildMalware({ name: 'Mine', modified: '2024-01-01T00:00:00.000Z', created: '2024-01-01T00:00:00.000Z' });
        const mine2 = nextVersion(mine, '2024-02-02T00:00:00.000Z');
        const theirs = buildMalware({ name: 'Theirs', modified: '2024-01-01T00:00:00.000Z', created: '2024-01-01T00:00:00.000Z' });
        const theirs2 = nextVersion(theirs, '2024-02-02T00:00:00.000Z');
        await store.put([mine, mine2], { ownerOrgId: 'org-a' });
        await store.put([theirs, theirs2], { ownerOrgId: 'org-b' });
        assert.equal(await store.delete(mine.id, [mine.modified as string, mine2.modified as string]), 2);
        assert.deepEqual(await store.get(SYSTEM, mine.id, ['all']), []);
        assert.deepEqual((await store.versions(SYSTEM, theirs.id)).map((v) => v.version), [theirs.modified, theirs2.modified]);
      }));

    test('deleting one version by timestamp keeps SCOs added at that instant', () =>
      withStore(backend, async (store) => {
        const sco = buildIpv4('203.0.113.9');
        await store.put([sco], { ownerOrgId: 'org-b' });
        const [stored] = await store.get(SYSTEM, sco.id);
        const victim = buildMalware({ modified: stored!.dateAdded, created: stored!.dateAdded });
        await store.put([victim], { ownerOrgId: 'org-a' });
        assert.equal(await store.delete(victim.id, [victim.modified as string]), 1);
        assert.equal((await store.get(SYSTEM, sco.id)).length, 1);
      }));
  });
}
