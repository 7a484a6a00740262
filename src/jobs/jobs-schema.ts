/**
 * Migration 072-jobs: the job table of the in-process runner (local-queue.ts), which SQLite
 * installations use; PostgreSQL installations use pg-boss, which keeps its own schema (`pgboss`).
 * Times are milliseconds since the epoch. At most one live job per singleton key and queue.
 */
import type { Migration } from '../storage/migrations.ts';

const SQL = (int: string) => `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  singleton_key TEXT,
  created_on ${int} NOT NULL,
  start_after ${int} NOT NULL,
  started_on ${int},
  completed_on ${int},
  error TEXT
);
CREATE INDEX jobs_next ON jobs (name, state, start_after);
CREATE UNIQUE INDEX jobs_singleton ON jobs (name, singleton_key) WHERE singleton_key IS NOT NULL AND state IN ('created', 'retry', 'active');
`;

export const jobsMigration: Migration = { id: '072-jobs', sqlite: SQL('INTEGER'), postgres: SQL('BIGINT') };
