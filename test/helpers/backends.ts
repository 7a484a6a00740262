/**
 * Storage backends under test and brand-new stores for them. BACKENDS comes from
 * OPSTRACK_TEST_BACKENDS (default 'sqlite,postgres'); scripts/test.sh starts a throwaway PostgreSQL
 * and exports OPSTRACK_TEST_PG_URL. When postgres is asked for without that URL, every PostgreSQL
 * test FAILS with a message saying so, never skips.
 *
 * @example
 * for (const backend of BACKENDS) {
 *   describe(backend, () => {
 *     test('stores an indicator', () => withStore(backend, async (store) => { ... }));
 *   });
 * }
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../src/storage/store.ts';
import type { SqlDb } from '../../src/storage/sql-db.ts';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import { STORE_MIGRATIONS } from '../../src/storage/store-migrations.ts';

export type Backend = 'sqlite' | 'postgres';

function parseBackends(value: string): Backend[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (n !== 'sqlite' && n !== 'postgres') throw new Error(`OPSTRACK_TEST_BACKENDS: unknown backend '${n}' (sqlite, postgres)`);
  }
  return [...new Set(names)] as Backend[];
}

export const BACKENDS: readonly Backend[] = parseBackends(process.env.OPSTRACK_TEST_BACKENDS ?? 'sqlite,postgres');

/** A store plus what it takes to throw it away. */
export interface TestStore {
  store: Store;
  /** Where it lives: a SQLite file path or a PostgreSQL URL (to open a second handle on it). */
  location: { sqliteFile?: string; databaseUrl?: string };
  dispose(): Promise<void>;
}

function pgAdminUrl(): string {
  const url = process.env.OPSTRACK_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'PostgreSQL tests were requested (OPSTRACK_TEST_BACKENDS includes postgres) but OPSTRACK_TEST_PG_URL is unset: ' +
        'run them through `bash scripts/test.sh`, which starts a server, or set OPSTRACK_TEST_BACKENDS=sqlite',
    );
  }
  return url;
}

async function adminQuery(...statements: string[]): Promise<Array<{ rows: unknown[] }>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    const results = [];
    for (const sql of statements) results.push(await client.query(sql));
    return results;
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

let template: Promise<string> | undefined;

/**
 * A migrated template database named for the schema's content, shared by every test process:
 * cloning it is much faster than migrating each new database. Created once, under an advisory lock.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const digest = createHash('sha256').update(JSON.stringify([...STORE_MIGRATIONS, ...FEATURE_MIGRATIONS])).digest('hex').slice(0, 16);
    const name = `opstrack_tpl_${digest}`;
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: pgAdminUrl() });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock(7316120043)');
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${name}`);
        const store = await openOpsTrackStore({ databaseUrl: databaseUrl(name) });
        await store.close();
      }
      await client.query('SELECT pg_advisory_unlock(7316120043)');
    } finally {
      await client.end();
    }
    return name;
  })();
  return template;
}

/** A brand-new, empty, migrated store with OpsTrack's features (src/composition.ts): a temp SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function freshStore(backend: Backend): Promise<TestStore> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-test-'));
    const sqliteFile = join(dir, 'store.db');
    const store = await openOpsTrackStore({ sqliteFile });
    return {
      store,
      location: { sqliteFile },
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `opstrack_test_${randomBytes(6).toString('hex')}`;
  const tpl = await migratedTemplate();
  // FILE_COPY (PostgreSQL 15+) clones a small database several times faster than the default.
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${tpl} STRATEGY FILE_COPY`).catch(() =>
    adminQuery(`CREATE DATABASE ${name} TEMPLATE ${tpl}`));
  const url = databaseUrl(name);
  let store: Store;
  try {
    // Migrations still run: a no-op on a current clone, and the real thing on a stale one.
    store = await openOpsTrackStore({ databaseUrl: url });
  } catch (err) {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw err;
  }
  return {
    store,
    location: { databaseUrl: url },
    async dispose() {
      await store.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs fn with a fresh store and disposes of it afterwards, whatever happens. */
export async function withStore<T>(backend: Backend, fn: (store: Store, location: TestStore['location']) => Promise<T>): Promise<T> {
  const t = await freshStore(backend);
  try {
    return await fn(t.store, t.location);
  } finally {
    await t.dispose();
  }
}

/**
 * A brand-new EMPTY database, no migration applied, with a raw SqlDb on it: for upgrade tests that
 * build an earlier release's schema and rows, then open it with the current store at `location`.
 */
export async function emptyDatabase(backend: Backend): Promise<{
  db: SqlDb & { close(): Promise<void> };
  location: TestStore['location'];
  dispose(): Promise<void>;
}> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-empty-'));
    const sqliteFile = join(dir, 'old.db');
    const { SqliteDb } = await import('../../src/storage/sqlite/sqlite-db.ts');
    const db = new SqliteDb({ file: sqliteFile });
    return { db, location: { sqliteFile }, async dispose() { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `opstrack_empty_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  const { createPostgresDb } = await import('../../src/storage/postgres/postgres-db.ts');
  const db = await createPostgresDb({ connectionString: url });
  return {
    db,
    location: { databaseUrl: url },
    async dispose() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
