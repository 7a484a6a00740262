/**
 * Migration 010-auth, the auth feature's tables (beside AuthRepository): organisations, users,
 * API tokens, UI sessions and the audit log.
 * Portable SQL: TEXT ids and ISO timestamps, INTEGER booleans. Audit ids are UUIDv7 (time-ordered),
 * compared as bytes in PostgreSQL whatever the database's collation.
 */
import type { Migration } from '../storage/migrations.ts';

const SQL = (sortable: string) => `
CREATE TABLE auth_orgs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL
);
CREATE TABLE auth_users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES auth_orgs (id),
  role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
  password_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL
);
CREATE INDEX auth_users_org ON auth_users (org_id);
CREATE TABLE auth_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  created TEXT NOT NULL,
  last_used TEXT,
  revoked TEXT
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);
CREATE TABLE auth_sessions (
  hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created TEXT NOT NULL,
  expires ${sortable} NOT NULL
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
CREATE TABLE auth_audit (
  id ${sortable} PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  org_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  outcome TEXT NOT NULL,
  status INTEGER,
  ip TEXT,
  request_id TEXT,
  detail TEXT
);
CREATE INDEX auth_audit_user ON auth_audit (user_id, id);
`;

export const authMigration: Migration = { id: '010-auth', sqlite: SQL('TEXT'), postgres: SQL('TEXT COLLATE "C"') };

/**
 * Migration 011-installation-admins: the installation admin is a role apart from an organisation's
 * admin (docs/security.md). Before it, every admin managed the whole installation, so every admin
 * of an upgraded database becomes an installation admin; new admins are their organisation's only.
 */
export const installationAdminsMigration: Migration = {
  id: '011-installation-admins',
  sqlite: `ALTER TABLE auth_users ADD COLUMN installation_admin INTEGER NOT NULL DEFAULT 0;
UPDATE auth_users SET installation_admin = 1 WHERE role = 'admin';`,
  postgres: `ALTER TABLE auth_users ADD COLUMN installation_admin INTEGER NOT NULL DEFAULT 0;
UPDATE auth_users SET installation_admin = 1 WHERE role = 'admin';`,
};

/**
 * Migration 070-login-throttle: brute-force counters per user name + client address
 * (src/auth/login-throttle.ts), in the database so that every process of one installation counts
 * the same failures. Times are milliseconds since the epoch.
 */
const THROTTLE_SQL = (int: string) => `
CREATE TABLE auth_login_failures (
  pair TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until ${int} NOT NULL,
  last_failure ${int} NOT NULL
);
CREATE INDEX auth_login_failures_last ON auth_login_failures (last_failure);
`;

export const loginThrottleMigration: Migration = { id: '070-login-throttle', sqlite: THROTTLE_SQL('INTEGER'), postgres: THROTTLE_SQL('BIGINT') };
