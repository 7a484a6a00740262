import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LoginThrottle } from '../../src/auth/login-throttle.ts';

test('failures below the threshold never lock; past it the lockout doubles up to the cap', () => {
  const t = new LoginThrottle({ threshold: 3, baseMs: 1000, maxMs: 5000 });
  const key = LoginThrottle.key('Alice', '10.0.0.1');
  const at = 1_000_000;
  t.fail(key, at);
  t.fail(key, at);
  assert.equal(t.retryAfter(key, at), 0);
  t.fail(key, at);
  assert.equal(t.retryAfter(key, at), 1000);
  t.fail(key, at + 1000);
  assert.equal(t.retryAfter(key, at + 1000), 2000);
  t.fail(key, at + 3000);
  assert.equal(t.retryAfter(key, at + 3000), 4000);
  t.fail(key, at + 7000);
  assert.equal(t.retryAfter(key, at + 7000), 5000, 'capped');
  assert.equal(t.retryAfter(key, at + 12_000), 0, 'expires');
});

test('the counter is per user name (case-insensitive) and address, and success clears it', () => {
  const t = new LoginThrottle({ threshold: 1, baseMs: 60_000 });
  t.fail(LoginThrottle.key('bob', '10.0.0.1'));
  assert.ok(t.retryAfter(LoginThrottle.key('BOB', '10.0.0.1')) > 0);
  assert.equal(t.retryAfter(LoginThrottle.key('bob', '10.0.0.2')), 0);
  assert.equal(t.retryAfter(LoginThrottle.key('carol', '10.0.0.1')), 0);
  t.succeed(LoginThrottle.key('bob', '10.0.0.1'));
  assert.equal(t.retryAfter(LoginThrottle.key('bob', '10.0.0.1')), 0);
});

test('failures decay: each decay period without a failure forgets one, so a lockout cannot be made permanent', () => {
  const t = new LoginThrottle({ threshold: 3, baseMs: 1000, maxMs: 60_000, decayMs: 10_000 });
  const key = LoginThrottle.key('dana', '10.0.0.9');
  const at = 5_000_000;
  for (let i = 0; i < 10; i++) t.fail(key, at);
  assert.equal(t.failures(key, at), 10);
  assert.ok(t.retryAfter(key, at) > 0);
  // the lock ends; a quiet period after it forgets failures one per decay period
  const end = at + t.retryAfter(key, at);
  assert.equal(t.failures(key, end + 25_000), 8);
  assert.equal(t.failures(key, end + 100_000), 0);
  // one more failure much later is the first again, not a fresh lockout
  t.fail(key, end + 100_000);
  assert.equal(t.retryAfter(key, end + 100_000), 0);
});
