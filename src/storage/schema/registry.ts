/**
 * Migration files register themselves here (`defineMigration({...})`), so adding one to the schema
 * is a single import line in schema/index.ts.
 */
import type { Migration } from '../migrations.ts';

const registered: Migration[] = [];

export function defineMigration(migration: Migration): Migration {
  registered.push(migration);
  return migration;
}

/** All registered migrations, ordered by id. */
export function registeredMigrations(): readonly Migration[] {
  return [...registered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
