/** The SqlDb contract on every backend: transactions, isolation, savepoints, placeholders, errors. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';

for (const backend of BACKENDS) {
  describe(`SqlDb: ${backend}`, () => {
    test('a transaction commits as a whole or rolls back as a whole', () =>
      withStore(backend, async ({ db }) => {
        await db.exec('CREATE TABLE t_items (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
        await db.transaction(async (tx) => {
          await tx.exec('INSERT INTO t_items (k, v) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2]);
        });
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.exec('INSERT INTO t_items (k, v) VALUES (?, ?)', ['c', 3]);
            await tx.exec('INSERT INTO t_items (k, v) VALUES (?, ?)', ['a', 9]);
          }),
          { code: 'OPS_ERR_STORE_CONSTRAINT' },
        );
        const rows = await db.query<{ k: string; v: number }>('SELECT k, v FROM t_items ORDER BY k');
        assert.deepEqual(rows, [{ k: 'a', v: 1 }, { k: 'b', v: 2 }]);
        const [count] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM t_items');
        assert.ok(count);
        assert.equal(count.n, 2, 'counts come back as numbers on every backend');
      }));

    test("rowMode 'array' answers rows as arrays in column order, and leaves the statement answering objects after", () =>
      withStore(backend, async ({ db }) => {
        await db.exec('CREATE TABLE t_rows (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
        await db.exec('INSERT INTO t_rows (k, v) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2]);
        const sql = 'SELECT v, k FROM t_rows WHERE v > ? ORDER BY k';
        for (const prepare of [false, true]) {
          assert.deepEqual(await db.query(sql, [0], { prepare, rowMode: 'array' }), [[1, 'a'], [2, 'b']]);
          assert.deepEqual(await db.query(sql, [0], { prepare }), [{ v: 1, k: 'a' }, { v: 2, k: 'b' }], 'the same text without rowMode');
        }
        await db.transaction(async (tx) => {
          await tx.exec('INSERT INTO t_rows (k, v) VALUES (?, ?)', ['c', 3]);
          assert.deepEqual(await tx.query(sql, [2], { rowMode: 'array' }), [[3, 'c']], 'inside a transaction');
          assert.deepEqual(await db.query(sql, [2], { rowMode: 'array' }), [[3, 'c']], 'through the handle inside a transaction');
        });
      }));

    test('readers never see a transaction’s uncommitted writes', () =>
      withStore(backend, async ({ db }) => {
        await db.exec('CREATE TABLE t_iso (k TEXT PRIMARY KEY)');
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        let inserted!: () => void;
        const insertedP = new Promise<void>((r) => (inserted = r));
        const writer = db.transaction(async (tx) => {
          await tx.exec('INSERT INTO t_iso (k) VALUES (?)', ['x']);
          assert.equal((await tx.query('SELECT k FROM t_iso')).length, 1, 'the transaction sees its own write');
          inserted();
          await gate;
        });
        await insertedP;
        assert.deepEqual(await db.query('SELECT k FROM t_iso'), [], 'an outside reader does not');
        release();
        await writer;
        assert.equal((await db.query('SELECT k FROM t_iso')).length, 1);
      }));

    test('transactions are serialised, and db calls inside one join it instead of deadlocking', () =>
      withStore(backend, async ({ db }) => {
        await db.exec('CREATE TABLE t_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
        await db.exec('INSERT INTO t_counter (id, n) VALUES (1, 0)');
        // Read-modify-write in parallel: only correct when transactions do not interleave.
        await Promise.all(Array.from({ length: 10 }, () => db.transaction(async (tx) => {
          const [row] = await tx.query<{ n: number }>('SELECT n FROM t_counter WHERE id = 1');
          assert.ok(row);
          await new Promise((r) => setTimeout(r, 2));
          await db.exec('UPDATE t_counter SET n = ? WHERE id = 1', [row.n + 1]);
        })));
        const [row] = await db.query<{ n: number }>('SELECT n FROM t_counter WHERE id = 1');
        assert.ok(row);
        assert.equal(row.n, 10);
      }));

    test('a nested transaction is a savepoint: its failure undoes only its own writes', () =>
      withStore(backend, async ({ db }) => {
        await db.exec('CREATE TABLE t_nest (k TEXT PRIMARY KEY)');
        await db.transaction(async (tx) => {
          await tx.exec('INSERT INTO t_nest (k) VALUES (?)', ['outer']);
          await assert.rejects(tx.transaction(async (inner) => {
            await inner.exec('INSERT INTO t_nest (k) VALUES (?)', ['inner']);
            throw new Error('inner fails');
          }));
        });
        assert.deepEqual(await db.query('SELECT k FROM t_nest'), [{ k: 'outer' }]);
      }));

    test('? inside a string literal is not a placeholder; undefined binds as NULL', () =>
      withStore(backend, async ({ db }) => {
        const rows = await db.query<{ q: string; p: string; n: unknown }>("SELECT 'why?' AS q, ? AS p, ? AS n", ['yes', undefined]);
        assert.deepEqual(rows, [{ q: 'why?', p: 'yes', n: null }]);
      }));

    test('bad SQL is a coded store error with the engine error as cause', () =>
      withStore(backend, async ({ db }) => {
        await assert.rejects(db.query('SELEC nonsense'), (err: Error & { code?: string; cause?: unknown }) => {
          assert.equal(err.code, 'OPS_ERR_STORE_ENGINE');
          assert.ok(err.cause instanceof Error);
          return true;
        });
      }));
  });
}
