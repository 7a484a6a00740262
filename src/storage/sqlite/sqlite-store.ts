/** The Store on SQLite: an embedded file database, the default backend. */
import { SqlStore } from '../sql-store.ts';
import { migrations } from '../schema/index.ts';
import { SqliteDb } from './sqlite-db.ts';
import { sqliteSearchCandidates } from './sqlite-search.ts';
import { insertRowByRow } from './sqlite-bulk.ts';

export class SqliteStore extends SqlStore {
  constructor(db: SqliteDb) {
    super({
      capabilities: Object.freeze({ backend: 'sqlite', fullTextSearch: true }),
      db,
      migrations,
      insertRows: insertRowByRow,
      searchCandidates: sqliteSearchCandidates,
    });
  }

  /** Opens (creating if needed) the database file; call migrate() before use. */
  static open(file: string): SqliteStore {
    return new SqliteStore(new SqliteDb({ file }));
  }
}
