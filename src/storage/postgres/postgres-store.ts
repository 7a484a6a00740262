/** The Store on PostgreSQL, for shared deployments. `pg` loads only when this backend is opened. */
import { SqlStore } from '../sql-store.ts';
import type { StoreFeatures } from '../store.ts';
import { createPostgresDb, type PostgresDb } from './postgres-db.ts';
import { postgresSearchFilter, postgresSearchSource } from './postgres-search.ts';
import { insertByUnnest } from './postgres-bulk.ts';

export class PostgresStore extends SqlStore {
  constructor(db: PostgresDb, features: StoreFeatures = {}) {
    super({
      capabilities: Object.freeze({ backend: 'postgres', fullTextSearch: true }),
      db,
      insertRows: insertByUnnest,
      searchSource: postgresSearchSource,
      searchFilter: postgresSearchFilter,
      // Sampled (30,000 rows whatever the size): about 0.1-0.3 s at a million objects.
      refreshStatistics: async (db) => { await db.exec('ANALYZE objects, collection_objects, collection_scoped'); },
    }, features);
  }

  /** Connects to `connectionString`; call migrate() before use. */
  static async open(connectionString: string, features?: StoreFeatures): Promise<PostgresStore> {
    return new PostgresStore(await createPostgresDb({ connectionString }), features);
  }
}
