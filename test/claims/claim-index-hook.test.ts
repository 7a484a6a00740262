/**
 * One path for the claim index: the store's write hook (registered once in src/composition.ts)
 * indexes claims in the transaction that stores them, whoever writes: TAXII add-objects, bundle
 * import over the API, draft publish. A second hook that fails after the claim hook has indexed
 * proves it is the same transaction: neither the objects nor their index rows are left behind.
 * An invalid claim is refused before anything is written. The catch-up sync survives only as the
 * `opstrack claims reindex` repair, for a database written without the hook.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { BACKENDS, freshStore, type TestStore } from '../helpers/backends.ts';
import { startOn } from '../helpers/http.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { FEATURE_MIGRATIONS, STORE_HOOKS } from '../../src/composition.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { claimIndexBehind, syncClaimIndex } from '../../src/claims/claim-index.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { isClaim, type Claim } from '../../src/model/claim.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import { openStore } from '../../src/storage/open-store.ts';
import type { Store, StoreHook } from '../../src/storage/store.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { claimArb } from './claim-arbitrary.ts';

const TAXII = 'application/taxii+json;version=2.1';

function someClaims(n: number, seed: number): Claim[] {
  return fc.sample(fc.uniqueArray(claimArb, { minLength: n, maxLength: n, selector: (c) => c.id }), { numRuns: 1, seed })[0]!;
}

/** Fails every write that carries a claim, after the claim hook has indexed it, while `armed`. */
function tripwire(): StoreHook & { armed: boolean; tripped: number } {
  const hook = {
    name: 'tripwire',
    armed: false,
    tripped: 0,
    async afterPut(_tx: unknown, write: { objects: readonly unknown[] }) {
      if (!hook.armed || !write.objects.some((o) => isClaim(o as { type?: unknown }))) return;
      hook.tripped++;
      throw new Error('tripwire: fail the write after the claim index hook');
    },
  };
  return hook;
}

/** A second handle on a fresh store: OpsTrack's features plus the tripwire after the claim hook. */
async function trippedStore(t: TestStore, wire: StoreHook): Promise<Store> {
  return openStore(t.location, { migrations: FEATURE_MIGRATIONS, hooks: [...STORE_HOOKS, wire] });
}

async function indexedIds(store: Store): Promise<string[]> {
  const rows = await store.db.query<{ id: string }>('SELECT id FROM claims ORDER BY id');
  return rows.map((r) => r.id);
}

for (const backend of BACKENDS) {
  describe(`claim index hook (${backend})`, () => {
    test('a claim POSTed to TAXII or imported over the API is indexed in the write transaction', async () => {
      const t = await freshStore(backend);
      const wire = tripwire();
      const store = await trippedStore(t, wire);
      const srv = await startOn(store, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }] }, async () => {
        await store.close();
        await t.dispose();
      });
      try {
        const [viaTaxii, viaImport, failedTaxii, failedImport] = someClaims(4, 7);
        const collections = await srv.json('/taxii2/opstrack/collections/', { as: 'ed', auth: 'basic', headers: { accept: TAXII } });
        const collection = (collections.body.collections as Array<{ id: string; title: string }>).find((c) => c.title === 'default')!;
        const post = (objects: unknown[]) => srv.json(`/taxii2/opstrack/collections/${collection.id}/objects/`, {
          method: 'POST', as: 'ed', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects }),
        });
        const importBundle = (objects: unknown[]) => srv.json('/api/import', { method: 'POST', as: 'ed', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects } });

        // TAXII add-objects: stored and indexed, as the claim service then shows.
        const added = await post([viaTaxii]);
        assert.equal(added.status, 202, JSON.stringify(added.body));
        assert.equal(added.body.success_count, 1, JSON.stringify(added.body));
        assert.deepEqual(await indexedIds(store), [viaTaxii!.id]);
        // Bundle import over the API: the same.
        const imported = await importBundle([viaImport]);
        assert.equal(imported.status, 200, JSON.stringify(imported.body));
        assert.deepEqual(await indexedIds(store), [viaTaxii!.id, viaImport!.id].sort());
        const service = new ClaimService(store, store.db);
        assert.equal((await service.list(SYSTEM)).total, 2);
        assert.equal(await claimIndexBehind(store.db), false, 'the index is current after hooked writes');

        // A write that fails after the claim hook ran leaves neither the objects nor index rows.
        wire.armed = true;
        assert.notEqual((await post([failedTaxii])).status, 202);
        assert.notEqual((await importBundle([failedImport])).status, 200);
        assert.equal(wire.tripped, 2);
        wire.armed = false;
        for (const claim of [failedTaxii!, failedImport!]) assert.deepEqual(await store.get(SYSTEM, claim.id), [], `${claim.id} not stored`);
        assert.deepEqual(await indexedIds(store), [viaTaxii!.id, viaImport!.id].sort());

        // An invalid claim is never written: a per-object failure in TAXII's status, refused by the import.
        const invalid = { ...failedTaxii!, made_on: '15/01/2025' };
        const refused = await post([invalid]);
        assert.equal(refused.status, 202, JSON.stringify(refused.body));
        assert.deepEqual([refused.body.success_count, refused.body.failure_count], [0, 1], JSON.stringify(refused.body));
        assert.match(refused.body.failures[0].message, /made_on/);
        assert.ok((await importBundle([invalid])).status >= 400);
        assert.deepEqual(await store.get(SYSTEM, invalid.id), []);
        assert.deepEqual(await indexedIds(store), [viaTaxii!.id, viaImport!.id].sort());
      } finally {
        await srv.close();
      }
    });

    test('draft publish indexes its claims in its own transaction; a failed publish leaves nothing', async (t) => {
      if (!requireShared(t)) return;
      const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
      const ts = await freshStore(backend);
      const wire = tripwire();
      const store = await trippedStore(ts, wire);
      try {
        const editor: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
        const drafts = new DraftService(store, store.db);
        const draft = await drafts.create(editor, { kind: 'text', text, filename: 'vov.txt' }, { tlp: 'green' });
        for (const item of draft.items) await drafts.updateItem(editor, draft.id, item.id, { status: item.kind === 'claim' ? 'accepted' : 'rejected' });
        const claimCount = draft.items.filter((i) => i.kind === 'claim').length;
        assert.ok(claimCount > 0);

        wire.armed = true;
        await assert.rejects(drafts.publish(editor, draft.id), /tripwire/);
        wire.armed = false;
        assert.deepEqual(await indexedIds(store), [], 'no index rows from the failed publish');
        assert.equal((await store.list(SYSTEM, { limit: 10 })).items.length, 0, 'no objects from the failed publish');
        assert.equal((await drafts.get(editor, draft.id)).status, 'ready', 'the draft is still unpublished');

        const result = await drafts.publish(editor, draft.id);
        assert.equal(result.claims, claimCount);
        assert.equal((await indexedIds(store)).length, claimCount);
        assert.equal(await claimIndexBehind(store.db), false);
      } finally {
        await store.close();
        await ts.dispose();
      }
    });

    test('a database written without the hook is caught up by `opstrack claims reindex`, not by queries', async () => {
      const ts = await freshStore(backend);
      // An earlier release's TAXII add-objects: claims stored, index untouched.
      const unhooked = await openStore(ts.location, { migrations: FEATURE_MIGRATIONS });
      try {
        const claims = someClaims(3, 11);
        await unhooked.put(claims);
        const service = new ClaimService(ts.store, ts.store.db);
        assert.equal((await service.list(SYSTEM)).total, 0, 'queries do not sync implicitly');
        assert.equal(await claimIndexBehind(ts.store.db), true);

        const first = await runCliInProcess(ts.location, ['claims', 'reindex']);
        const second = await runCliInProcess(ts.location, ['claims', 'reindex', '--json']);
        assert.match(first, /^3 claim\(s\) indexed, 0 unchanged, 0 invalid$/m);
        assert.deepEqual(JSON.parse(second), { indexed: 0, unchanged: 0, invalid: [] }, 'a second repair finds nothing to do');
        assert.equal((await service.list(SYSTEM)).total, 3);
        assert.equal(await claimIndexBehind(ts.store.db), false);
        assert.equal((await syncClaimIndex(ts.store.db)).indexed, 0);
      } finally {
        await unhooked.close();
        await ts.dispose();
      }
    });
  });
}
