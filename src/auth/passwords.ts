/**
 * Password hashing with bcrypt (bcryptjs: pure JS, no native build). The cost is embedded in each
 * hash, so changing OPSTRACK_BCRYPT_ROUNDS only affects new hashes.
 */
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { readSetting } from '../config.ts';
import { Errors } from '../errors.ts';

const MAX_BYTES = 72; // bcrypt ignores everything past 72 bytes: refuse rather than silently truncate

/** OPSTRACK_BCRYPT_ROUNDS (default 11), read through the configuration module when a hash is made. */
export function bcryptRounds(): number {
  return readSetting('bcryptRounds');
}

export function checkPasswordPolicy(password: string): void {
  if (password.length < 8) throw new Errors.INPUT_INVALID('password: at least 8 characters', { field: 'password' });
  if (Buffer.byteLength(password) > MAX_BYTES) throw new Errors.INPUT_INVALID('password: at most 72 bytes', { field: 'password' });
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordPolicy(password);
  return bcrypt.hash(password, bcryptRounds());
}

/**
 * Whether `password` matches `hash`. Every call costs one bcrypt comparison, whatever the input: a
 * password over 72 bytes (never valid) and an account without a password are compared against the
 * dummy hash and refused, so the time taken says nothing about the account (no user-name oracle).
 */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash || Buffer.byteLength(password) > MAX_BYTES) {
    await burnPasswordCheck(password);
    return false;
  }
  return bcrypt.compare(password, hash);
}

/** A hash of a random password: comparing against it costs the same as a real one (no user-name oracle by timing). */
let dummyHash: Promise<string> | undefined;

/** Makes the dummy hash ahead of the first unknown user (whose answer would otherwise take twice as long). */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= bcrypt.hash(randomBytes(16).toString('hex'), bcryptRounds());
  return dummyHash;
}

/** One bcrypt comparison whose result is thrown away: what an unknown user or an impossible password costs. */
export async function burnPasswordCheck(password: string): Promise<void> {
  const hash = await prepareDummyHash();
  await bcrypt.compare(Buffer.from(password).subarray(0, MAX_BYTES).toString(), hash);
}
