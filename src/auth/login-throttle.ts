/**
 * Brute-force protection for password checks (login and HTTP Basic): failures are counted per
 * user name + client address; past a threshold each further failure locks that pair out for a
 * doubling time (capped), and a locked pair is refused (401 with Retry-After, never 429: TAXII
 * clients expect 401 for failed authentication) even with the right password. Failures decay (one
 * is forgotten per `decayMs` without a failure), so nobody locks a user out for good. Kept in memory:
 * one process serves the API, and a restart forgetting counters is an acceptable trade for no
 * write per failed attempt.
 */
import type { LockoutOptions } from './types.ts';

interface Entry {
  failures: number;
  lockedUntil: number;
  last: number;
}

export const DEFAULT_LOCKOUT: LockoutOptions = { threshold: 5, baseMs: 1000, maxMs: 15 * 60_000, decayMs: 10 * 60_000 };
const MAX_ENTRIES = 100_000;

export class LoginThrottle {
  readonly #entries = new Map<string, Entry>();
  readonly #options: LockoutOptions;

  constructor(options: Partial<LockoutOptions> = {}) {
    this.#options = { ...DEFAULT_LOCKOUT, ...options };
  }

  static key(userName: string, ip: string): string {
    return `${userName.toLowerCase()}\u0000${ip}`;
  }

  /** Milliseconds until the pair may try again; 0 when it may try now. */
  retryAfter(key: string, at = Date.now()): number {
    const entry = this.#entries.get(key);
    return entry && entry.lockedUntil > at ? entry.lockedUntil - at : 0;
  }

  fail(key: string, at = Date.now()): void {
    const entry = this.#entries.get(key) ?? { failures: 0, lockedUntil: 0, last: at };
    entry.failures = this.failures(key, at) + 1;
    entry.last = at;
    const over = entry.failures - this.#options.threshold;
    if (over >= 0) entry.lockedUntil = at + Math.min(this.#options.baseMs * 2 ** Math.min(over, 30), this.#options.maxMs);
    this.#entries.set(key, entry);
    if (this.#entries.size > MAX_ENTRIES) this.#prune(at);
  }

  /** Failures still remembered for the pair at `at`, after decay. */
  failures(key: string, at = Date.now()): number {
    const entry = this.#entries.get(key);
    if (!entry) return 0;
    const forgotten = Math.floor(Math.max(0, at - Math.max(entry.last, entry.lockedUntil)) / this.#options.decayMs);
    return Math.max(0, entry.failures - forgotten);
  }

  succeed(key: string): void {
    this.#entries.delete(key);
  }

  #prune(at: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.lockedUntil < at && this.failures(key, at) === 0) this.#entries.delete(key);
    }
    // still full of live lockouts: drop the oldest rather than grow without bound
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(key);
    }
  }
}
