/**
 * Migration 091-watch-events-index: the watch outbox's "already recorded?" probe reads an index, not
 * the whole outbox; a database written by the previous release (no index) gains it when opened, its
 * events kept, and the outbox still records each new version once. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openOpsTrackStore } from '../../src/composition.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildReport } from '../helpers/factories.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';

const hasIndex = async (db: SqlDb): Promise<boolean> =>
  (await db.query(db.dialect === 'sqlite'
    ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'watch_events_object'"
    : "SELECT indexname FROM pg_indexes WHERE indexname = 'watch_events_object'")).length === 1;

const events = async (db: SqlDb) =>
  (await db.query<{ object_id: string; version: string }>('SELECT object_id, version FROM watch_events ORDER BY seq')).map((r) => `${r.object_id} ${r.version}`);

for (const backend of BACKENDS) {
  describe(`watch outbox index (${backend})`, () => {
    test('a database of the previous release gains the index when opened; events kept, each new version recorded once', () =>
      withStore(backend, async (store, location) => {
        const indicator = buildIndicator({ name: 'watched by nobody' });
        const reports = [1, 2, 3].map((n) => buildReport([indicator.id as string], { name: `report ${n}` }));
        await store.put([indicator, ...reports]);
        assert.equal((await events(store.db)).length, 3);
        assert.ok(await hasIndex(store.db), 'a new database has the index');
        if (backend === 'sqlite') {
          const plan = await store.db.query<{ detail: string }>('EXPLAIN QUERY PLAN SELECT COUNT(*) AS n FROM watch_events WHERE object_id = ? AND version = ?', ['x', 'y']);
          assert.match(plan.map((p) => p.detail).join(' '), /watch_events_object/);
        }
        // back to the previous release: no 091 migration
        await store.db.exec('DROP INDEX watch_events_object');
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '091-watch-events-index'");
        const before = await events(store.db);

        const upgraded = await openOpsTrackStore(location);
        try {
          assert.ok(await hasIndex(upgraded.db), 'the upgrade adds the index');
          assert.deepEqual(await events(upgraded.db), before, 'no event lost or added');
          await upgraded.put([reports[0]!]); // the same version again: not a new event
          const again = { ...reports[1]!, modified: new Date(Date.parse(reports[1]!.modified as string) + 1000).toISOString() };
          await upgraded.put([again]);
          assert.deepEqual(await events(upgraded.db), [...before, `${again.id} ${again.modified}`]);
        } finally {
          await upgraded.close();
        }
      }));
  });
}
