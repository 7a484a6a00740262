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
