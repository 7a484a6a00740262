/**
 * TAXII keeps the collections it has found (collections.ts, keepFound), which is right only because
 * a collection and its grants never change once written. This test holds both ends: a found
 * collection is answered without a statement and cannot be changed by the caller; a miss is asked
 * again, so a collection another process creates is found at once; and no statement in src/ updates
 * or deletes a collection or a grant (adding one would make the kept copies stale: it must come
 * with an invalidation, and this test must change with it). On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';

/** `db` counting the statements it is asked to run. */
function counting(db: SqlDb): { db: SqlDb; count: () => number } {
  let n = 0;
  const wrapped = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if ((key === 'query' || key === 'exec') && typeof value === 'function') {
        return (...args: unknown[]) => {
          n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: wrapped, count: () => n };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('kept collections', () => {
  test('no statement in src/ updates, deletes or truncates a collection or a grant', () => {
    const writes = /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?|ALTER\s+TABLE|DROP\s+TABLE)\s+taxii_collection(s|_orgs)\b/i;
    const found = sourceFiles(join(import.meta.dirname, '../../src')).filter((f) => writes.test(readFileSync(f, 'utf8')));
    // The migrations that made the tables only create them and add a column (018, 019): nothing else may.
    const allowed = found.filter((f) => !/taxii-schema\.ts$/.test(f));
    assert.deepEqual(allowed, [], 'a statement changing collections or grants needs an invalidation of CollectionRepository keepFound');
    for (const f of found) {
      const text = readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /\b(UPDATE|DELETE\s+FROM|TRUNCATE|DROP\s+TABLE)\s+taxii_collection(s|_orgs)\b/i, f);
    }
  });

  for (const backend of BACKENDS) {
    test(`a found collection is answered without a statement; a miss is asked again (${backend})`, () =>
      withStore(backend, async (store) => {
        const { db, count } = counting(store.db);
        const kept = new CollectionRepository(db, { keepFound: true });
        const other = new CollectionRepository(store.db); // another process
        const made = await other.add({ title: 'Shared', alias: 'shared', readOrgs: ['org-a'], writeOrgs: ['org-b'] });

        const first = await kept.find('shared');
        assert.equal(first?.id, made.id);
        const asked = count();
        assert.ok(asked > 0);
        assert.deepEqual(await kept.find('shared'), first);
        assert.deepEqual(await kept.find(made.id), first);
        assert.equal(count(), asked + 1, 'the alias is answered from what was kept; the id once more');
        await kept.find(made.id);
        assert.equal(count(), asked + 1);

        // What is kept cannot be changed by one caller for the next.
        assert.throws(() => { (first as { everyoneRead: boolean }).everyoneRead = true; }, TypeError);
        assert.throws(() => { first!.readOrgs.push('org-c'); }, TypeError);
        assert.deepEqual((await kept.find('shared'))?.readOrgs, made.readOrgs);

        // A miss is not kept: created meanwhile elsewhere, it is found on the next ask.
        assert.equal(await kept.find('later'), undefined);
        const later = await other.add({ title: 'Later', alias: 'later' });
        assert.equal((await kept.find('later'))?.id, later.id);

        // Without keepFound every ask reads.
        const { db: db2, count: count2 } = counting(store.db);
        const plain = new CollectionRepository(db2);
        await plain.find('shared');
        await plain.find('shared');
        assert.equal(count2(), 2);
      }));
  }
});
