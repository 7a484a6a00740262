/**
 * Contracts of the auth module: organisations, users, API tokens, sessions, audit entries,
 * and the options the auth plugin takes. Rows are returned in these shapes by AuthRepository.
 */
import type { Role } from '../model/viewer.ts';

export type { Role };
export const ROLES: readonly Role[] = ['reader', 'editor', 'admin'];

/** Least to most privileged; a role includes every role before it. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface Org {
  id: string;
  name: string;
  created: string;
}

export interface User {
  id: string;
  name: string;
  orgId: string;
  /** The organisation's name, for display. */
  orgName: string;
  role: Role;
  /** Installation admin: manages every organisation and may write any id (audited). */
  installationAdmin: boolean;
  disabled: boolean;
  hasPassword: boolean;
  created: string;
}

export interface TokenInfo {
  id: string;
  userId: string;
  userName: string;
  name: string;
  /** The first characters of the secret, so a user can tell tokens apart; never enough to use. */
  prefix: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  userName: string | null;
  orgId: string | null;
  /** `login`, `logout`, `POST /api/import`, `denied GET /taxii2/...`, `share`, ... */
  action: string;
  /** Object id or route the action was about. */
  target: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  status: number | null;
  ip: string | null;
  requestId: string | null;
  detail: string | null;
}

export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'userName'> & { at?: string };

export interface LockoutOptions {
  /** Failures per user+IP before the first lockout. Default 5. */
  threshold: number;
  /** First lockout length; doubles with each further failure. Default 1 s. */
  baseMs: number;
  /** Longest lockout. Default 15 min. */
  maxMs: number;
  /** Failures decay: each full period without a failure forgets one. Default 10 min. */
  decayMs: number;
}

export interface AuthOptions {
  /** Session lifetime. Default 12 h. */
  sessionTtlMs?: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). Default false: loopback by default. */
  cookieSecure?: boolean;
  lockout?: Partial<LockoutOptions>;
  /** How long a verified Basic password is remembered, so TAXII clients do not pay bcrypt per request. Default 60 s. */
  basicCacheMs?: number;
}

/** How the caller proved who they are. */
export type AuthMethod = 'bearer' | 'basic' | 'session';
