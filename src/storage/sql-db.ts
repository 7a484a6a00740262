/**
 * A thin portable SQL handle shared by both backends, so domain repositories (auth, claims,
 * drafts, feeds) write their SQL once. Placeholders are `?`; the PostgreSQL adapter rewrites them
 * to `$1..$n`. Keep to the common subset of SQLite and PostgreSQL; branch on `dialect` where not.
 */
export interface QueryOptions {
  /**
   * Keep the statement prepared on the connection: PostgreSQL then plans it once per connection when
   * a plan for any parameters is as good (SQLite caches every statement anyway). For the few hot
   * statement shapes of the read path, whose planning would cost more than running them, and for
   * the claim statement regroup's statements of fixed text (statement-index.ts), run a dozen times a
   * claim in an import.
   */
  prepare?: boolean;
  /**
   * Answer each row as an array of its column values in the statement's column order, not as an
   * object: for the read path's page of a hundred rows. better-sqlite3 builds an object row by
   * setting each named property, which cost more than reading the rows did (a reader's page at 1M
   * objects: 199 µs a statement with objects, 122 µs with arrays).
   */
  rowMode?: 'array';
}

export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
  exec(sql: string, params?: unknown[], options?: QueryOptions): Promise<{ changes: number }>;
  /** Runs fn in one transaction; rolls back when it throws. Transactions are serialised. */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
}
