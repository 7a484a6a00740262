/**
 * Issue 12, finding 7 (user-name enumeration by timing), proved by the work done rather than by a
 * clock (bench/login-timing.ts prints the timings): every failed password check costs exactly one
 * bcrypt comparison, whether the user is unknown, has no password, or sent more than 72 bytes.
 */
import { afterEach, test, mock } from 'node:test';
import assert from 'node:assert/strict';
import bcrypt from 'bcryptjs';

process.env.OPSTRACK_BCRYPT_ROUNDS ??= '4';
const { burnPasswordCheck, hashPassword, verifyPassword } = await import('../../src/auth/passwords.ts');

afterEach(() => mock.restoreAll());

test('a password over 72 bytes for an existing user still costs one bcrypt comparison, and fails', async () => {
  const hash = await hashPassword('right-password-1');
  const compare = mock.method(bcrypt, 'compare');
  assert.equal(await verifyPassword('x'.repeat(73), hash), false);
  assert.equal(await verifyPassword('right-password-1' + 'y'.repeat(100), hash), false, 'never a match past 72 bytes');
  assert.equal(compare.mock.callCount(), 2);
});

test('an account without a password and an unknown user cost one comparison each, like a wrong password', async () => {
  const hash = await hashPassword('right-password-1');
  await burnPasswordCheck('warm-up'); // the dummy hash exists before timing matters
  const compare = mock.method(bcrypt, 'compare');
  assert.equal(await verifyPassword('wrong-password', hash), false);
  assert.equal(await verifyPassword('wrong-password', null), false);
  await burnPasswordCheck('é'.repeat(200)); // cut at 72 bytes, never thrown
  assert.equal(compare.mock.callCount(), 3);
  assert.equal(await verifyPassword('right-password-1', hash), true);
});
