/**
 * Opens the store CLI commands work on, from the environment (`DATABASE_URL` for PostgreSQL,
 * else the SQLite file `OPSTRACK_DB`, default ./opstrack.db), migrated, and always closes it.
 */
import { openStore, storeConfigFromEnv } from '../storage/open-store.ts';
import type { Store } from '../storage/store.ts';

export async function withCliStore<T>(fn: (store: Store) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const store = await openStore(storeConfigFromEnv(env));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
