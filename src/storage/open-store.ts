/**
 * The composition root's way to a Store: PostgreSQL when a database URL is given, else a SQLite
 * file (default ./opstrack.db). `features` adds the features' migrations and write hooks (see
 * src/composition.ts, which lists OpsTrack's). Migrations run before the store is returned.
 */
import type { Store, StoreFeatures } from './store.ts';
import { Errors } from '../errors.ts';

export interface StoreConfig {
  /** postgres:// or postgresql:// URL; selects PostgreSQL. */
  databaseUrl?: string;
  /** SQLite database file (default './opstrack.db'); ignored when databaseUrl is set. */
  sqliteFile?: string;
}

export const DEFAULT_SQLITE_FILE = './opstrack.db';

export async function openStore(config: StoreConfig = {}, features: StoreFeatures = {}): Promise<Store> {
  let store: Store;
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Errors.STORE_CONFIG('databaseUrl must start with postgres:// or postgresql://');
    }
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    store = await PostgresStore.open(config.databaseUrl, features);
  } else {
    const { SqliteStore } = await import('./sqlite/sqlite-store.ts');
    store = SqliteStore.open(config.sqliteFile ?? DEFAULT_SQLITE_FILE, features);
  }
  try {
    await store.migrate();
    for (const step of features.afterMigrate ?? []) await step(store.db);
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}
