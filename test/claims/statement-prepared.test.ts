import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { claimArb } from './claim-arbitrary.ts';

test('PostgreSQL: the statement regroup prepares its statements of fixed text on the connection, and none with an IN list', { skip: !BACKENDS.includes('postgres') }, () =>
  withStore('postgres', async (store) => {
    const claims = fc.sample(fc.uniqueArray(claimArb, { minLength: 20, maxLength: 20, selector: (c) => c.id }), { numRuns: 1, seed: 11 })[0]!;
    // One transaction, so the put and the look at pg_prepared_statements share one connection.
    const prepared = await store.transaction(async () => {
      await store.put(claims);
      return store.db.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
    });
    const regroup = prepared.map((p) => p.statement).filter((s) => /claim_statement/.test(s));
    assert.ok(regroup.some((s) => /^\s*INSERT INTO claim_statements /.test(s)), 'the statement rows are written by a prepared INSERT');
    // the summary cells of every key of the write, added up first, are upserted by prepared multi-row INSERTs (statement-writes.ts)
    assert.ok(regroup.some((s) => /^\s*INSERT INTO claim_statement_\w+_stats .* ON CONFLICT /s.test(s)), 'the summary cells are upserted by a prepared INSERT');
    assert.deepStrictEqual(regroup.filter((s) => / IN \(/.test(s) && /\$\d/.test(s.slice(s.indexOf(' IN (')))), [], 'no statement with an IN list of parameters is prepared');
  }));
