/**
 * SqlDb over a `pg` Pool. `pg` is imported inside the factory (as Kysely's drivers do), so OpsTrack
 * runs on SQLite without loading it. `?` placeholders become `$n`; BIGINT (int8) columns come back
 * as numbers, as they do from SQLite. A transaction holds one pooled client; transactions are
 * serialised in-process as the SqlDb contract says, and `db.x()` inside one joins it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient } from 'pg';
import { createHash } from 'node:crypto';
import type { QueryOptions, SqlDb } from '../sql-db.ts';
import { Mutex } from '../mutex.ts';
import { wrapEngineError } from '../engine-error.ts';
import { Errors } from '../../errors.ts';
import { toPgPlaceholders } from './placeholders.ts';
import { withSavepoint } from '../savepoint.ts';

export interface PostgresDbOptions {
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
}

const INT8_OID = 20;

type Queryable = Pick<PoolClient, 'query'>;

/** The name of a prepared statement: its text's digest, so one text is prepared once per connection. */
function statementName(text: string): string {
  return `ops_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

/**
 * Each statement text's `$n` form and prepared-statement name, computed once: a page's statement is
 * several kilobytes, rewritten character by character and hashed, on every page otherwise. The texts
 * come from a bounded set of builders (values travel as parameters); the cache is emptied if it
 * ever grows past MAX_TEXTS.
 */
const MAX_TEXTS = 2000;
const pgTexts = new Map<string, { text: string; name: string }>();

function pgText(sql: string): { text: string; name: string } {
  let known = pgTexts.get(sql);
  if (!known) {
    const text = toPgPlaceholders(sql);
    known = { text, name: statementName(text) };
    if (pgTexts.size >= MAX_TEXTS) pgTexts.clear();
    pgTexts.set(sql, known);
  }
  return known;
}

async function run<T>(on: Queryable, sql: string, params: unknown[], options?: QueryOptions): Promise<{ rows: T[]; rowCount: number }> {
  try {
    const known = params.length > 0 || options?.prepare ? pgText(sql) : undefined;
    const text = params.length > 0 ? known!.text : sql;
    const name = options?.prepare ? known!.name : undefined;
    const rowMode = options?.rowMode;
    const result = await on.query({ ...(name ? { name } : {}), text, values: params.map(toPg), ...(rowMode ? { rowMode } : {}) });
    // A multi-statement script returns one result per statement.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    const changes = Array.isArray(result) ? result.reduce((n, r) => n + (r.rowCount ?? 0), 0) : (result.rowCount ?? 0);
    return { rows: (last?.rows ?? []) as T[], rowCount: changes };
  } catch (err) {
    throw wrapEngineError(err);
  }
}

function toPg(value: unknown): unknown {
  return value === undefined ? null : value;
}

class PostgresTx implements SqlDb {
  readonly dialect = 'postgres' as const;
  readonly #client: PoolClient;

  constructor(client: PoolClient) {
    this.#client = client;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    return (await run<T>(this.#client, sql, params, options)).rows;
  }

  async exec(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<{ changes: number }> {
    return { changes: (await run(this.#client, sql, params, options)).rowCount };
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return withSavepoint(this, fn);
  }
}

export class PostgresDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  readonly #pool: Pool;
  readonly #mutex = new Mutex();
  readonly #current = new AsyncLocalStorage<PostgresTx>();
  #closed = false;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    const tx = this.#current.getStore();
    if (tx) return tx.query<T>(sql, params, options);
    return (await run<T>(this.#pool, sql, params, options)).rows;
  }

  async exec(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<{ changes: number }> {
    const tx = this.#current.getStore();
    if (tx) return tx.exec(sql, params, options);
    return { changes: (await run(this.#pool, sql, params, options)).rowCount };
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const outer = this.#current.getStore();
    if (outer) return outer.transaction(fn);
    return this.#mutex.run(async () => {
      let client: PoolClient;
      try {
        client = await this.#pool.connect();
      } catch (err) {
        throw wrapEngineError(err);
      }
      let broken = false;
      try {
        await run(client, 'BEGIN', []);
        const tx = new PostgresTx(client);
        const result = await this.#current.run(tx, () => fn(tx));
        await run(client, 'COMMIT', []);
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw wrapEngineError(err);
      } finally {
        client.release(broken);
      }
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}

/** Opens a pool (importing `pg` lazily) and checks the server answers. */
export async function createPostgresDb(options: PostgresDbOptions): Promise<PostgresDb> {
  let pg: typeof import('pg');
  try {
    pg = (await import('pg')).default as unknown as typeof import('pg');
  } catch (err) {
    throw new Errors.STORE_CONFIG('the `pg` package is not installed', { cause: err });
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    // Store queries are short index probes whose cost estimates (correlated subplans) would
    // otherwise trigger seconds of JIT compilation.
    options: '-c jit=off',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client's connection error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Errors.STORE_CONFIG(`cannot connect to PostgreSQL: ${(err as Error).message}`, { cause: err });
  }
  return new PostgresDb(pool);
}
