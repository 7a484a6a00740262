/**
 * Issue 12, finding 9: `date_added` has microsecond precision, increases strictly in commit order
 * one microsecond apart inside a batch, and is never ahead of the clock (a 10,000-object write used
 * to end 10 s in the future at 1 ms per object); a database whose stamps have milliseconds upgrades
 * in place. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildIpv4 } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import type { Store, StoredObject } from '../../src/storage/store.ts';
import { formatMicros, nowMicros, parseMicros } from '../../src/model/stix/timestamps.ts';
import { formatStamps } from '../../src/storage/date-added.ts';

async function everything(store: Store): Promise<StoredObject[]> {
  const out: StoredObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { versions: ['all'], limit: 10_000, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

for (const backend of BACKENDS) {
  describe(`date_added: ${backend}`, () => {
    test('a 10,000-object write: microsecond stamps, strictly increasing, none ahead of the clock', () =>
      withStore(backend, async (store) => {
        const batch = Array.from({ length: 10_000 }, () => buildIndicator());
        await store.put(batch);
        const afterFirst = nowMicros();
        await store.put([buildIndicator(), buildIndicator()]);
        const afterSecond = nowMicros();
        const all = await everything(store);
        assert.equal(all.length, 10_002);
        for (const s of all) assert.match(s.dateAdded, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
        for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.dateAdded < all[i]!.dateAdded, `stamp ${i} increases`);
        assert.ok(parseMicros(all[9_999]!.dateAdded) <= afterFirst, `${all[9_999]!.dateAdded} is not after ${formatMicros(afterFirst)}`);
        assert.ok(parseMicros(all[10_001]!.dateAdded) <= afterSecond);
        // one microsecond apart inside the batch
        assert.equal(parseMicros(all[9_999]!.dateAdded) - parseMicros(all[0]!.dateAdded), 9_999);
        // added_after at microsecond precision is exact
        const page = await store.list(SYSTEM, { addedAfter: all[9_999]!.dateAdded, limit: 100 });
        assert.deepEqual(page.items.map((s) => s.id), [all[10_000]!.id, all[10_001]!.id]);
      }));

    test("an SCO's version is its microsecond date_added, and selecting it by that version finds it", () =>
      withStore(backend, async (store) => {
        const sco = buildIpv4('192.0.2.44');
        await store.put([sco]);
        const [stored] = await store.get(SYSTEM, sco.id);
        assert.match(stored!.version, /\.\d{6}Z$/);
        assert.deepEqual((await store.get(SYSTEM, sco.id, [stored!.version])).map((s) => s.id), [sco.id]);
      }));

    test('a database with millisecond stamps (the previous release) upgrades in place', async () => {
      await withStore(backend, async (store, location) => {
        const old = [buildIndicator(), buildIndicator()];
        await store.put(old);
        // What the previous release wrote: millisecond stamps, its clock in milliseconds, no 002 migration.
        const future = Date.now() + 1;
        await store.db.exec("UPDATE objects SET date_added = ? WHERE id = ?", [new Date(future - 1).toISOString(), old[0]!.id]);
        await store.db.exec("UPDATE objects SET date_added = ? WHERE id = ?", [new Date(future).toISOString(), old[1]!.id]);
        await store.db.exec('ALTER TABLE store_clock DROP COLUMN last_added_us');
        await store.db.exec('UPDATE store_clock SET last_added_ms = ?', [future]);
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '003-date-added-microseconds'");
        await store.close();

        const reopened = await openOpsTrackStore(location);
        try {
          const fresh = buildIndicator();
          await reopened.put([fresh]);
          const all = await everything(reopened);
          assert.deepEqual(all.map((s) => s.id), [old[0]!.id, old[1]!.id, fresh.id]);
          assert.equal(all[0]!.dateAdded, `${new Date(future - 1).toISOString().slice(0, 23)}000Z`);
          assert.equal(all[1]!.dateAdded, `${new Date(future).toISOString().slice(0, 23)}000Z`);
          assert.ok(all[1]!.dateAdded < all[2]!.dateAdded, 'a new stamp follows the old ones');
          const page = await reopened.list(SYSTEM, { addedAfter: new Date(future - 1).toISOString(), limit: 10 });
          assert.deepEqual(page.items.map((s) => s.id), [old[1]!.id, fresh.id]);
        } finally {
          // withStore disposes its own handle; this one is ours
          await reopened.close();
        }
      });
    });
  });
}

test('formatStamps writes each stamp of a batch as formatMicros does, across millisecond and day boundaries', () => {
  const start = Date.parse('2026-12-31T23:59:59.998Z') * 1000 + 995;
  const stamps = formatStamps(start, 2_100);
  assert.equal(stamps.length, 2_100);
  stamps.forEach((s, k) => assert.equal(s, formatMicros(start + k)));
  assert.equal(stamps.at(-1), '2027-01-01T00:00:00.001094Z');
});
