/** The Store on SQLite: an embedded file database, the default backend. */
import { SqlStore } from '../sql-store.ts';
import type { StoreFeatures } from '../store.ts';
import { SqliteDb } from './sqlite-db.ts';
import { sqliteSearchFilter, sqliteSearchSource } from './sqlite-search.ts';
import { insertRowByRow } from './sqlite-bulk.ts';
import { pauseSqliteTextIndex } from './sqlite-text-index.ts';

export class SqliteStore extends SqlStore {
  constructor(db: SqliteDb, features: StoreFeatures = {}) {
    super({
      capabilities: Object.freeze({ backend: 'sqlite', fullTextSearch: true }),
      db,
      insertRows: insertRowByRow,
      pauseTextIndex: pauseSqliteTextIndex,
      searchSource: sqliteSearchSource,
      searchFilter: sqliteSearchFilter,
    }, features);
  }

  /** Opens (creating if needed) the database file; call migrate() before use. */
  static open(file: string, features?: StoreFeatures): SqliteStore {
    return new SqliteStore(new SqliteDb({ file }), features);
  }
}
