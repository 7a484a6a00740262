/**
 * A thin portable SQL handle shared by both backends, so domain repositories (auth, claims,
 * drafts, feeds) write their SQL once. Placeholders are `?`; the PostgreSQL adapter rewrites them
 * to `$1..$n`. Keep to the common subset of SQLite and PostgreSQL; branch on `dialect` where not.
 */
export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string, params?: unknown[]): Promise<{ changes: number }>;
  /** Runs fn in one transaction; rolls back when it throws. Transactions are serialised. */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
}
