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
    assert.ok(regroup.some((s) => /FROM claim_statement_members m/.test(s)), "a key's members are read by a prepared SELECT");
    assert.deepStrictEqual(regroup.filter((s) => / IN \(/.test(s) && /\$\d/.test(s.slice(s.indexOf(' IN (')))), [], 'no statement with an IN list of parameters is prepared');
  }));
