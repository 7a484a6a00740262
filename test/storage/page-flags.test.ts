/**
 * Migration 005-page-flags: `later` (a later version of the id may be stored) and `scoped` (listed
 * in collection_scoped) let a page decide match[version]=last and collection scoping from the row
 * itself. Pages stay right as versions come and go and as versions enter and leave restricted
 * collections, and the columns say what they claim. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildMalware, buildUserViewer } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';

const at = (second: number) => `2024-01-01T00:00:${String(second).padStart(2, '0')}.000Z`;

async function flags(store: Store, id: string): Promise<Array<{ version: string; later: number; scoped: number }>> {
  const rows = await store.db.query<{ version: string; later: number | string; scoped: number | string }>(
    'SELECT version, later, scoped FROM objects WHERE id = ? ORDER BY version', [id]);
  return rows.map((r) => ({ version: r.version.slice(0, 19), later: Number(r.later), scoped: Number(r.scoped) }));
}

async function lastVersions(store: Store, viewer = SYSTEM): Promise<string[]> {
  const page = await store.listText(viewer, { limit: 100, types: ['malware'] });
  return page.items.map((i) => (JSON.parse(i.json) as { modified: string }).modified).sort();
}

for (const backend of BACKENDS) {
  describe(`page flags: ${backend}`, () => {
    test('later follows versions written in any order and deleted; match[version]=last lists the last one', () =>
      withStore(backend, async (store) => {
        const v2 = buildMalware({ created: at(1), modified: at(2) });
        await store.put([v2]);
        assert.deepEqual(await flags(store, v2.id as string), [{ version: '2024-01-01T00:00:02', later: 0, scoped: 0 }]);
        // A later version and an earlier one in one put, and another id's only version beside them.
        const other = buildMalware({ created: at(1), modified: at(1) });
        await store.put([{ ...v2, modified: at(3) }, { ...v2, modified: at(1) }, other]);
        assert.deepEqual((await flags(store, v2.id as string)).map((f) => f.later), [1, 1, 0]);
        assert.deepEqual((await flags(store, other.id as string)).map((f) => f.later), [0]);
        assert.deepEqual(await lastVersions(store), [at(1), at(3)]);
        // An earlier version written after the last stays not last.
        await store.put([{ ...v2, modified: at(0) }]);
        assert.deepEqual((await flags(store, v2.id as string)).map((f) => f.later), [1, 1, 1, 0]);
        // Deleting the last version makes the one before it last again, in the column and in pages.
        await store.delete(v2.id as string, [at(3)]);
        assert.deepEqual((await flags(store, v2.id as string)).map((f) => f.later), [1, 1, 0]);
        assert.deepEqual(await lastVersions(store), [at(1), at(2)]);
      }));

    test('scoped follows collection_scoped: set for a version written only to a restricted collection, cleared when its owner writes it through default', () =>
      withStore(backend, async (store) => {
        const owner = buildUserViewer({ orgId: 'org-owner', role: 'editor' });
        const reader = buildUserViewer({ orgId: 'org-reader' });
        const open = buildMalware({ created: at(1), modified: at(1) });
        const closed = buildMalware({ created: at(1), modified: at(1) });
        await store.put([open], { actor: owner });
        await store.put([closed], { actor: owner, collectionId: 'col-restricted' });
        assert.deepEqual((await flags(store, closed.id as string)).map((f) => f.scoped), [1]);
        assert.deepEqual((await flags(store, open.id as string)).map((f) => f.scoped), [0]);
        const seen = async () => (await store.listText(reader, { limit: 100 })).items.map((i) => (JSON.parse(i.json) as { id: string }).id);
        assert.ok((await seen()).includes(open.id as string));
        assert.ok(!(await seen()).includes(closed.id as string), 'a version only in a restricted collection is hidden from other organisations');
        // The owner writes the same version through default: no longer listed, readable by all.
        await store.put([closed], { actor: owner });
        assert.deepEqual((await flags(store, closed.id as string)).map((f) => f.scoped), [0]);
        assert.ok((await seen()).includes(closed.id as string));
        // Listing it again by hand (as any writer of collection_scoped would) flags it again.
        await store.db.exec('INSERT INTO collection_scoped (seq) SELECT seq FROM objects WHERE id = ?', [closed.id]);
        assert.deepEqual((await flags(store, closed.id as string)).map((f) => f.scoped), [1]);
        assert.ok(!(await seen()).includes(closed.id as string));
      }));
  });
}
