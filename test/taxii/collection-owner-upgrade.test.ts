/**
 * Migration 019-taxii-collection-owner upgrades a database of the previous release in place (both
 * backends): its collections and grants are kept as they were, belong to the installation (no
 * organisation gains anything), and a collection made afterwards by a user belongs to their organisation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { runMigrations } from '../../src/storage/migrations.ts';
import { STORE_MIGRATIONS } from '../../src/storage/store-migrations.ts';
import { CollectionService } from '../../src/taxii/collection-service.ts';
import { BACKENDS, emptyDatabase } from '../helpers/backends.ts';

const PREVIOUS = [...STORE_MIGRATIONS, ...FEATURE_MIGRATIONS.filter((m) => m.id !== '019-taxii-collection-owner')];

for (const backend of BACKENDS) describe(`collection owners after an upgrade (${backend})`, () => {
  test('collections of the previous release keep their grants and belong to the installation', async () => {
    const empty = await emptyDatabase(backend);
    try {
      await runMigrations(empty.db, PREVIOUS);
      await empty.db.exec(
        `INSERT INTO taxii_collections (id, title, media_types, is_default, everyone_read, everyone_write, created)
         VALUES ('6f0c5a3e-1d2b-4c6e-9a8f-0b1c2d3e4f50', 'Old partner feed', '["application/stix+json;version=2.1"]', 0, 0, 0, '2026-01-01T00:00:00.000Z')`,
      );
      await empty.db.exec(
        "INSERT INTO taxii_collection_orgs (collection_id, org_id, can_read, can_write) VALUES ('6f0c5a3e-1d2b-4c6e-9a8f-0b1c2d3e4f50', 'org-b', 1, 0)",
      );
      await empty.db.close();
      const store = await openOpsTrackStore(empty.location);
      try {
        const service = new CollectionService(store, store.db);
        const old = await service.repo.find('6f0c5a3e-1d2b-4c6e-9a8f-0b1c2d3e4f50');
        assert.ok(old);
        assert.equal(old.ownerOrg, undefined);
        assert.deepEqual([old.readOrgs, old.writeOrgs], [['org-b'], []]);
        const a: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
        const b: UserViewer = { kind: 'user', userId: 'u-b', orgId: 'org-b', role: 'editor' };
        assert.deepEqual((await service.list(a)).map((c) => c.title), ['default'], 'org-a was granted nothing');
        const seenByB = (await service.list(b)).find((c) => c.title === 'Old partner feed');
        assert.deepEqual([seenByB?.canRead, seenByB?.canWrite], [true, false]);
        const made = await service.create(a, { title: 'New for b', readOrgs: ['org-b'] });
        assert.equal((await service.repo.find(made.id))?.ownerOrg, 'org-a');
      } finally {
        await store.close();
      }
    } finally {
      await empty.dispose();
    }
  });
});
