/**
 * Brute-force protection for password checks (login and HTTP Basic): failures are counted per
 * user name + client address; past a threshold each further failure locks that pair out for a
 * doubling time (capped), and a locked pair is refused (401 with Retry-After, never 429: TAXII
 * clients expect 401 for failed authentication) even with the right password. Failures decay (one
 * is forgotten per `decayMs` without a failure), so nobody locks a user out for good.
 *
 * The counters live in the database (table `auth_login_failures`, migration 070-login-throttle), so
 * every process serving one installation counts the same failures: an attacker gains nothing by
 * spreading guesses over several `opstrack serve` processes, and a restart forgets nothing. A
 * failure is one short transaction that locks the pair's row, so concurrent failures on several
 * processes each count.
 * @example
 * const throttle = new LoginThrottle(db, { threshold: 5 });
 * if (await throttle.retryAfter(LoginThrottle.key(name, ip)) > 0) refuse();
 */
import type { SqlDb } from '../storage/sql-db.ts';
import type { LockoutOptions } from './types.ts';

/** A pair's record: failures counted, locked until (ms), last failure (ms). */
export interface FailureRecord {
  failures: number;
  lockedUntil: number;
  last: number;
}

interface Row {
  failures: number | string;
  locked_until: number | string;
  last_failure: number | string;
}

export const DEFAULT_LOCKOUT: LockoutOptions = { threshold: 5, baseMs: 1000, maxMs: 15 * 60_000, decayMs: 10 * 60_000 };
/** Forgotten pairs are deleted at most this often per process (a cheap indexed delete). */
const PRUNE_EVERY_MS = 60_000;

export class LoginThrottle {
  readonly #db: SqlDb;
  readonly #options: LockoutOptions;
  #prunedAt = 0;

  /** `db`: the handle on the auth tables (the store's database). */
  constructor(db: SqlDb, options: Partial<LockoutOptions> = {}) {
    this.#db = db;
    this.#options = { ...DEFAULT_LOCKOUT, ...options };
  }

  static key(userName: string, ip: string): string {
    return JSON.stringify([userName.toLowerCase(), ip]);
  }

  async #row(db: SqlDb, key: string): Promise<FailureRecord | undefined> {
    const [row] = await db.query<Row>('SELECT failures, locked_until, last_failure FROM auth_login_failures WHERE pair = ?', [key]);
    return row && { failures: Number(row.failures), lockedUntil: Number(row.locked_until), last: Number(row.last_failure) };
  }

  #decayed(entry: FailureRecord | undefined, at: number): number {
    if (!entry) return 0;
    const forgotten = Math.floor(Math.max(0, at - Math.max(entry.last, entry.lockedUntil)) / this.#options.decayMs);
    return Math.max(0, entry.failures - forgotten);
  }

  /** Milliseconds until the pair may try again; 0 when it may try now. */
  async retryAfter(key: string, at = Date.now()): Promise<number> {
    return (await this.check(key, at)).wait;
  }

  /**
   * retryAfter's answer (`wait`), and whether the pair has failures on record (`recorded`): a
   * success after a check that found none has nothing to clear (succeed(key, false) reads nothing).
   */
  async check(key: string, at = Date.now()): Promise<{ wait: number; recorded: boolean }> {
    return this.assess(await this.#row(this.#db, key), at);
  }

  /** check()'s answer for a record read elsewhere (AuthRepository.credentialsAndFailures reads it with the user). */
  assess(entry: FailureRecord | undefined, at = Date.now()): { wait: number; recorded: boolean } {
    return { wait: entry && entry.lockedUntil > at ? entry.lockedUntil - at : 0, recorded: entry !== undefined };
  }

  async fail(key: string, at = Date.now()): Promise<void> {
    await this.#db.transaction(async (tx) => {
      await tx.exec('INSERT INTO auth_login_failures (pair, failures, locked_until, last_failure) VALUES (?, 0, 0, ?) ON CONFLICT (pair) DO NOTHING', [key, at]);
      // takes the row's lock (PostgreSQL) until commit, so a failure counted elsewhere meanwhile is read, not lost
      await tx.exec('UPDATE auth_login_failures SET failures = failures WHERE pair = ?', [key]);
      const entry = (await this.#row(tx, key))!;
      const failures = this.#decayed(entry, at) + 1;
      const over = failures - this.#options.threshold;
      const lockedUntil = over >= 0 ? at + Math.min(this.#options.baseMs * 2 ** Math.min(over, 30), this.#options.maxMs) : entry.lockedUntil;
      await tx.exec('UPDATE auth_login_failures SET failures = ?, locked_until = ?, last_failure = ? WHERE pair = ?', [failures, lockedUntil, at, key]);
    });
    if (at - this.#prunedAt > PRUNE_EVERY_MS) {
      this.#prunedAt = at;
      await this.prune(at);
    }
  }

  /** Failures still remembered for the pair at `at`, after decay. */
  async failures(key: string, at = Date.now()): Promise<number> {
    return this.#decayed(await this.#row(this.#db, key), at);
  }

  /**
   * Forgets the pair's failures. `recorded` false (from check(), made for this attempt) skips the
   * read: nothing was on record when the attempt began.
   */
  async succeed(key: string, recorded?: boolean): Promise<void> {
    if (recorded === false) return;
    // a read first: most successes follow no failure, and a write per request would serialise them
    if (await this.#row(this.#db, key)) await this.#db.exec('DELETE FROM auth_login_failures WHERE pair = ?', [key]);
  }

  /** Deletes the pairs whose failures have all decayed and whose lockout is over. */
  async prune(at = Date.now()): Promise<number> {
    const d = this.#options.decayMs;
    const { changes } = await this.#db.exec(
      'DELETE FROM auth_login_failures WHERE locked_until + failures * CAST(? AS BIGINT) <= ? AND last_failure + failures * CAST(? AS BIGINT) <= ?', [d, at, d, at]);
    return changes;
  }
}
