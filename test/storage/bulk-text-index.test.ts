/**
 * A large write inside Store.transaction maintains the text index in bulk (SQLite: the FTS insert
 * trigger is paused and the rows indexed at the end, sql-store.ts / sqlite-text-index.ts). Search
 * must find exactly what a row-by-row write would let it find, whatever happens in the
 * transaction (a delete of a row just written, small writes after the large one), and a failed
 * transaction must leave per-row indexing as it was.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildMalware } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { toObjectRow } from '../../src/storage/object-row.ts';
import type { Store } from '../../src/storage/store.ts';

const rowsOf = (objects: ReturnType<typeof buildMalware>[]) => objects.map((o, i) => toObjectRow(o, `objects[${i}]`));

async function names(store: Store, text: string): Promise<string[]> {
  return (await store.search(SYSTEM, { text, limit: 200 })).map((s) => s.object.name as string).sort();
}

for (const backend of BACKENDS) {
  describe(`bulk text index: ${backend}`, () => {
    test('rows of a large write in a transaction are searchable after it commits, a row deleted inside it is not, and later writes index as before', () =>
      withStore(backend, async (store) => {
        const many = Array.from({ length: 700 }, (_, i) => buildMalware({ name: `Quokkaware ${i}`, description: `bulkword${i % 7}` }));
        const small = [buildMalware({ name: 'Wombatware one' }), buildMalware({ name: 'Wombatware two' })];
        await store.transaction(async () => {
          assert.equal((await store.putRows(rowsOf(many))).new, 700);
          assert.equal(await store.delete(many[3]!.id), 1);
          assert.equal((await store.putRows(rowsOf(small))).new, 2);
        });
        assert.equal((await store.search(SYSTEM, { text: 'quokkaware', limit: 1000 })).length, 699);
        assert.deepEqual(await names(store, 'bulkword3'), many.filter((_, i) => i % 7 === 3 && i !== 3).map((o) => o.name as string).sort());
        assert.deepEqual(await names(store, 'wombatware'), ['Wombatware one', 'Wombatware two']);
        if (backend === 'sqlite') {
          // the names index (052) was paused too, and caught up: it holds exactly the rows named
          const [named] = await store.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'objects_names_fts'");
          if (Number(named?.n)) {
            const [hits] = await store.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM objects_names_fts WHERE objects_names_fts MATCH 'quokkaware'");
            assert.equal(Number(hits?.n), 699, 'the names index has every bulk-written name once, and not the deleted one');
            const [t] = await store.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'objects_names_fts_insert'");
            assert.equal(Number(t?.n), 1, 'its insert trigger is back');
          }
        }
        const later = buildMalware({ name: 'Numbatware' });
        await store.put([later]);
        assert.deepEqual(await names(store, 'numbatware'), ['Numbatware']);
      }));

    test('a failed large transaction stores nothing and leaves per-row indexing in place', () =>
      withStore(backend, async (store) => {
        const many = Array.from({ length: 600 }, (_, i) => buildMalware({ name: `Dingoware ${i}` }));
        await assert.rejects(store.transaction(async () => {
          await store.putRows(rowsOf(many));
          throw new Error('the import failed');
        }), /the import failed/);
        assert.deepEqual(await names(store, 'dingoware'), []);
        await store.put([buildMalware({ name: 'Dingoware again' })]);
        assert.deepEqual(await names(store, 'dingoware'), ['Dingoware again']);
        if (backend === 'sqlite') {
          const [t] = await store.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'objects_fts_insert'");
          assert.equal(Number(t?.n), 1);
        }
      }));
  });
}
