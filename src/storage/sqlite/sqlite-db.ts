/**
 * SqlDb over better-sqlite3. WAL journal, busy timeout and foreign keys on. Writes and transactions
 * go through one write connection behind an async mutex (a transaction's callback is async, so
 * without it another caller's statement would land inside the open transaction); plain reads use
 * a separate read-only connection, so they never see uncommitted writes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { QueryOptions, SqlDb } from '../sql-db.ts';
import { Mutex } from '../mutex.ts';
import { wrapEngineError } from '../engine-error.ts';
import { withSavepoint } from '../savepoint.ts';
import { Errors } from '../../errors.ts';
import { WalCheckpointer } from './wal-checkpointer.ts';

export interface SqliteDbOptions {
  /** Path of the database file, or ':memory:' (tests only: one connection then serves reads too, so they see uncommitted writes). */
  file: string;
  busyTimeoutMs?: number;
  /** WAL size after a write from which the background thread checkpoints (wal-checkpointer.ts); default 4 MiB. */
  checkpointBytes?: number;
  /** WAL size at which a write transaction first waits for a checkpoint of all of it; default 64 MiB. */
  walLimitBytes?: number;
}

type Statement = Database.Statement<unknown[], unknown>;

/** One connection plus its prepared-statement cache. */
class Connection {
  readonly raw: Database.Database;
  readonly #statements = new Map<string, Statement>();

  constructor(raw: Database.Database) {
    this.raw = raw;
  }

  prepare(sql: string): Statement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare(sql);
      if (this.#statements.size > 500) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  query<T>(sql: string, params: unknown[], options?: QueryOptions): T[] {
    const stmt = this.prepare(sql);
    const args = params.map(toSqlite);
    if (stmt.reader) return allRows<T>(stmt, args, options);
    stmt.run(...args);
    return [];
  }

  exec(sql: string, params: unknown[]): { changes: number } {
    let stmt: Statement;
    try {
      stmt = this.prepare(sql);
    } catch (err) {
      // A script of several statements (migrations) cannot be prepared; run it whole.
      if (params.length > 0 || !(err instanceof RangeError)) throw err;
      const before = this.raw.prepare('SELECT total_changes() AS n').get() as { n: number };
      this.raw.exec(sql);
      const after = this.raw.prepare('SELECT total_changes() AS n').get() as { n: number };
      return { changes: after.n - before.n };
    }
    const args = params.map(toSqlite);
    if (stmt.reader) {
      stmt.all(...args);
      return { changes: 0 };
    }
    return { changes: stmt.run(...args).changes };
  }
}

/** The rows of a reading statement, as objects or (rowMode 'array') as arrays; the cached statement is left in object mode. */
function allRows<T>(stmt: Statement, args: unknown[], options?: QueryOptions): T[] {
  if (options?.rowMode !== 'array') return stmt.all(...args) as T[];
  stmt.raw(true);
  try {
    return stmt.all(...args) as T[];
  } finally {
    stmt.raw(false);
  }
}

function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function configure(raw: Database.Database, busyTimeoutMs: number, readOnly: boolean): void {
  raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
  raw.pragma('foreign_keys = ON');
  // Random-UUID keys touch index pages all over the file: a 64 MiB page cache keeps bulk puts fast.
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
  if (readOnly) raw.pragma('query_only = ON');
}

/** The handle given to a transaction's callback: statements run directly on the write connection. */
class SqliteTx implements SqlDb {
  readonly dialect = 'sqlite' as const;
  readonly #conn: Connection;

  constructor(conn: Connection) {
    this.#conn = conn;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    try {
      return this.#conn.query<T>(sql, params, options);
    } catch (err) {
      throw wrapEngineError(err);
    }
  }

  async exec(sql: string, params: unknown[] = []): Promise<{ changes: number }> {
    try {
      return this.#conn.exec(sql, params);
    } catch (err) {
      throw wrapEngineError(err);
    }
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return withSavepoint(this, fn);
  }

  /** The raw connection, for a backend's hot paths (bulk insert with reused statements). */
  get connection(): Connection {
    return this.#conn;
  }
}

export class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  readonly file: string;
  readonly #write: Connection;
  readonly #read: Connection;
  readonly #mutex = new Mutex();
  /** The transaction the current async call chain runs in, so `db.x()` inside one does not deadlock. */
  readonly #current = new AsyncLocalStorage<SqliteTx>();
  readonly #busyTimeoutMs: number;
  /** Checkpoints the WAL on a worker thread (a file database; ':memory:' has no WAL). */
  readonly checkpointer: WalCheckpointer | undefined;
  #closed = false;

  constructor(options: SqliteDbOptions) {
    const timeout = options.busyTimeoutMs ?? 5000;
    this.#busyTimeoutMs = timeout;
    this.file = options.file;
    try {
      const write = new Database(options.file);
      // Switching to WAL needs the lock briefly: wait for it here, then never block (see #whileBusy).
      configure(write, timeout, false);
      if (options.file !== ':memory:') write.pragma('journal_mode = WAL');
      write.pragma('synchronous = NORMAL');
      write.pragma('busy_timeout = 0');
      this.#write = new Connection(write);
      if (options.file === ':memory:') {
        this.#read = this.#write;
        this.checkpointer = undefined;
      } else {
        this.checkpointer = new WalCheckpointer(options.file, write, options.checkpointBytes, options.walLimitBytes);
        const read = new Database(options.file, { fileMustExist: true });
        configure(read, timeout, true);
        this.#read = new Connection(read);
      }
    } catch (err) {
      throw new Errors.STORE_CONFIG(`cannot open SQLite database ${options.file}: ${(err as Error).message}`, { cause: err });
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    const tx = this.#current.getStore();
    if (tx) return tx.query<T>(sql, params, options);
    try {
      const stmt = this.#read.prepare(sql);
      if (stmt.readonly) return allRows<T>(stmt, params.map(toSqlite), options);
    } catch (err) {
      throw wrapEngineError(err);
    }
    // A statement that writes (INSERT ... RETURNING) belongs on the write connection.
    return this.#mutex.run(() => this.#whileBusy(() => this.#written(this.#write.query<T>(sql, params, options))));
  }

  async exec(sql: string, params: unknown[] = []): Promise<{ changes: number }> {
    const tx = this.#current.getStore();
    if (tx) return tx.exec(sql, params);
    // Autocommit (PRAGMAs and checkpoints cannot run inside a transaction); a busy attempt did nothing, so retry.
    return this.#mutex.run(() => this.#whileBusy(() => this.#written(this.#write.exec(sql, params))));
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const outer = this.#current.getStore();
    if (outer) return outer.transaction(fn);
    return this.#mutex.run(async () => {
      const raw = this.#write.raw;
      await this.checkpointer?.beforeWrite();
      await this.#whileBusy(() => raw.exec('BEGIN IMMEDIATE'));
      const tx = new SqliteTx(this.#write);
      try {
        const result = await this.#current.run(tx, () => fn(tx));
        raw.exec('COMMIT');
        return this.#written(result);
      } catch (err) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw wrapEngineError(err);
      }
    });
  }

  /** After a write committed on the write connection: the WAL may want a checkpoint. */
  #written<T>(result: T): T {
    this.checkpointer?.afterWrite();
    return result;
  }

  /**
   * Runs a statement that takes the write lock, waiting asynchronously while another connection
   * holds it. The write connection's own busy timeout is 0: a synchronous wait would block this
   * thread, and with it a transaction of another handle in this same process that holds the lock.
   */
  async #whileBusy<T>(fn: () => T): Promise<T> {
    const deadline = Date.now() + this.#busyTimeoutMs;
    for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
      try {
        return fn();
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (!code.startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw wrapEngineError(err);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // The checkpoint thread's connection closes first: the store's own last connection then checkpoints and removes the WAL.
    await this.checkpointer?.close();
    await this.#mutex.run(async () => {
      if (this.#read !== this.#write) this.#read.raw.close();
      this.#write.raw.close();
    });
  }
}

/** The write-connection handle of a SQLite transaction, for bulk paths; undefined on other backends. */
export function sqliteConnectionOf(tx: SqlDb): Connection | undefined {
  return tx instanceof SqliteTx ? tx.connection : undefined;
}
