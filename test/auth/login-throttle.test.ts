/**
 * The brute-force counters (src/auth/login-throttle.ts) on every backend: the lockout policy, and
 * counters kept in the database, so two handles on one database (two processes) count together.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { LoginThrottle } from '../../src/auth/login-throttle.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';

for (const backend of BACKENDS) {
  describe(`login throttle (${backend})`, () => {
    test('failures below the threshold never lock; past it the lockout doubles up to the cap', () => withStore(backend, async (store) => {
      const t = new LoginThrottle(store.db, { threshold: 3, baseMs: 1000, maxMs: 5000 });
      const key = LoginThrottle.key('Alice', '10.0.0.1');
      const at = 1_000_000;
      await t.fail(key, at);
      await t.fail(key, at);
      assert.equal(await t.retryAfter(key, at), 0);
      await t.fail(key, at);
      assert.equal(await t.retryAfter(key, at), 1000);
      await t.fail(key, at + 1000);
      assert.equal(await t.retryAfter(key, at + 1000), 2000);
      await t.fail(key, at + 3000);
      assert.equal(await t.retryAfter(key, at + 3000), 4000);
      await t.fail(key, at + 7000);
      assert.equal(await t.retryAfter(key, at + 7000), 5000, 'capped');
      assert.equal(await t.retryAfter(key, at + 12_000), 0, 'expires');
    }));

    test('the counter is per user name (case-insensitive) and address, and success clears it', () => withStore(backend, async (store) => {
      const t = new LoginThrottle(store.db, { threshold: 1, baseMs: 60_000 });
      await t.fail(LoginThrottle.key('bob', '10.0.0.1'));
      assert.ok(await t.retryAfter(LoginThrottle.key('BOB', '10.0.0.1')) > 0);
      assert.equal(await t.retryAfter(LoginThrottle.key('bob', '10.0.0.2')), 0);
      assert.equal(await t.retryAfter(LoginThrottle.key('carol', '10.0.0.1')), 0);
      await t.succeed(LoginThrottle.key('bob', '10.0.0.1'));
      assert.equal(await t.retryAfter(LoginThrottle.key('bob', '10.0.0.1')), 0);
    }));

    test('the user and the pair\'s record are read in one statement, each present or not', () => withStore(backend, async (store) => {
      const repo = new AuthRepository(store.db);
      await repo.addOrg('acme');
      await repo.addUser({ name: 'dana', org: 'acme', role: 'reader', password: 'dana-password-0123' });
      const t = new LoginThrottle(store.db, { threshold: 2, baseMs: 60_000 });
      const known = LoginThrottle.key('dana', '10.0.0.9');
      const unknown = LoginThrottle.key('nobody', '10.0.0.9');
      const clean = await repo.credentialsAndFailures('dana', known);
      assert.equal(clean.found?.user.name, 'dana');
      assert.equal(clean.found?.user.orgName, 'acme');
      assert.ok(clean.found?.hash);
      assert.equal(clean.failures, undefined);
      assert.deepEqual(t.assess(clean.failures), { wait: 0, recorded: false });
      const at = Date.now();
      await t.fail(known, at);
      await t.fail(known, at);
      await t.fail(unknown, at);
      const locked = await repo.credentialsAndFailures('dana', known);
      assert.equal(locked.found?.user.name, 'dana');
      assert.equal(locked.failures?.failures, 2);
      assert.deepEqual(t.assess(locked.failures, at), await t.check(known, at), 'the same answer as check()');
      assert.ok(t.assess(locked.failures, at).wait > 0);
      const stranger = await repo.credentialsAndFailures('nobody', unknown);
      assert.equal(stranger.found, undefined, 'an unknown user');
      assert.equal(stranger.failures?.failures, 1, 'still has its failures counted');
    }));

    test('failures decay: each decay period without a failure forgets one, so a lockout cannot be made permanent', () => withStore(backend, async (store) => {
      const t = new LoginThrottle(store.db, { threshold: 3, baseMs: 1000, maxMs: 60_000, decayMs: 10_000 });
      const key = LoginThrottle.key('dana', '10.0.0.9');
      const at = 5_000_000;
      for (let i = 0; i < 10; i++) await t.fail(key, at);
      assert.equal(await t.failures(key, at), 10);
      assert.ok(await t.retryAfter(key, at) > 0);
      // the lock ends; a quiet period after it forgets failures one per decay period
      const end = at + (await t.retryAfter(key, at));
      assert.equal(await t.failures(key, end + 25_000), 8);
      assert.equal(await t.failures(key, end + 100_000), 0);
      // forgotten pairs are deleted; live ones stay
      await t.fail(LoginThrottle.key('erin', '10.0.0.9'), end + 100_000);
      await t.prune(end + 100_000);
      const kept = await store.db.query<{ pair: string }>('SELECT pair FROM auth_login_failures');
      assert.deepEqual(kept.map((r) => r.pair), [LoginThrottle.key('erin', '10.0.0.9')]);
      assert.equal(await t.failures(LoginThrottle.key('erin', '10.0.0.9'), end + 100_000), 1);
      // one more failure much later is the first again, not a fresh lockout
      await t.fail(key, end + 100_000);
      assert.equal(await t.retryAfter(key, end + 100_000), 0);
    }));

    test('two handles on one database (two processes) count the same failures, concurrent ones included', () => withStore(backend, async (store, location) => {
      const other = await openOpsTrackStore(location);
      try {
        const a = new LoginThrottle(store.db, { threshold: 10, baseMs: 60_000 });
        const b = new LoginThrottle(other.db, { threshold: 10, baseMs: 60_000 });
        const key = LoginThrottle.key('mallory', '10.0.0.66');
        await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).fail(key)));
        assert.equal(await a.failures(key), 10, 'no failure lost to a race between the handles');
        assert.ok(await b.retryAfter(key) > 0, 'the tenth failure, counted on either, locks on both');
      } finally {
        await other.close();
      }
    }));
  });
}
