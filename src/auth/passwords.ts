/**
 * Password hashing with bcrypt (bcryptjs: pure JS, no native build). The cost is embedded in each
 * hash, so changing OPSTRACK_BCRYPT_ROUNDS only affects new hashes.
 */
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

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash || Buffer.byteLength(password) > MAX_BYTES) return false;
  return bcrypt.compare(password, hash);
}

/** A hash of a random password: comparing against it costs the same as a real one (no user-name oracle by timing). */
let dummyHash: string | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= await bcrypt.hash('not-a-real-password', bcryptRounds());
  await bcrypt.compare(password.slice(0, MAX_BYTES), dummyHash);
}
