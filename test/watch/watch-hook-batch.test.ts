/**
 * Issue 13: the watch outbox hook records a write's new claim and report versions in a few
 * statements per write, not three per object (an import of claims paid them for every claim), and
 * records exactly what it did before: each new version once (a version written twice in one write,
 * or written again later, once), first_version 1 only for an id's only stored version. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildReport } from '../helpers/factories.ts';
import { watchHook } from '../../src/watch/watch-hook.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';
import type { StixObject } from '../../src/model/stix/core.ts';

const events = async (db: SqlDb) =>
  (await db.query<{ object_id: string; version: string; first_version: number | string }>('SELECT object_id, version, first_version FROM watch_events ORDER BY seq'))
    .map((r) => `${r.object_id} ${r.version} ${Number(r.first_version)}`);

const later = (o: StixObject, ms: number): StixObject => ({ ...o, modified: new Date(Date.parse(o.modified as string) + ms).toISOString() });

for (const backend of BACKENDS) {
  describe(`watch outbox hook in bulk (${backend})`, () => {
    test('600 reports: each new version recorded once, first versions marked, in a handful of statements', () =>
      withStore(backend, async (store) => {
        const indicator = buildIndicator();
        const reports = Array.from({ length: 600 }, (_, i) => buildReport([indicator.id as string], { name: `report ${i}` }));
        const second = later(reports[1]!, 1000);
        await store.put([indicator, ...reports]);
        // A write with a report written again, a second version of another, and one version twice.
        const write = [reports[0]!, second, reports[2]!, second];
        await store.put(write);
        const expected = [
          ...reports.map((r) => `${r.id} ${r.modified} 1`),
          `${second.id} ${second.modified} 0`,
        ];
        assert.deepEqual(await events(store.db), expected);

        // The hook alone, counting its statements, over the first write again with the outbox emptied.
        await store.db.exec('DELETE FROM watch_events');
        let statements = 0;
        const counting: SqlDb = {
          dialect: store.db.dialect,
          query: (sql, params) => { statements++; return store.db.query(sql, params); },
          exec: (sql, params) => { statements++; return store.db.exec(sql, params); },
          transaction: (fn) => store.db.transaction(fn),
        } as SqlDb;
        await watchHook.afterPut!(counting, { objects: [indicator, ...reports], rows: [], result: { new: 601, unchanged: 0, conflicts: [] } });
        // 600 ids: two probes per 500 ids, and three INSERTs of up to 250 events.
        assert.ok(statements <= 7, `${statements} statements for 600 reports`);
        // Reports 1 now has two stored versions: its first version is no longer the only one.
        assert.deepEqual(await events(store.db), reports.map((r, i) => `${r.id} ${r.modified} ${i === 1 ? 0 : 1}`));
      }));
  });
}
