/**
 * Opens the store CLI commands work on, from the environment (`DATABASE_URL` for PostgreSQL,
 * else the SQLite file `OPSTRACK_DB`, default ./opstrack.db), with OpsTrack's features
 * (src/composition.ts), migrated, and always closes it.
 */
import { openOpsTrackStore } from '../composition.ts';
import { readConfig, storeConfigOf } from '../config.ts';
import type { Store } from '../storage/store.ts';

export async function withCliStore<T>(fn: (store: Store) => Promise<T>, env?: NodeJS.ProcessEnv): Promise<T> {
  const store = await openOpsTrackStore(storeConfigOf(readConfig(env)));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
