/**
 * Schema migrations: each feature keeps its DDL beside its repository (`auth/auth-schema.ts`,
 * `claims/claims-schema.ts`, ...) as a Migration with SQL for both dialects; the store runs its
 * own (`objects-schema.ts`) first and src/composition.ts lists the features' in order. Ids are
 * never renamed: a database records them. The runner records applied ids in
 * `schema_migrations`, applies each migration in its own transaction, and is safe when two
 * processes start at once (PostgreSQL: a transaction-scoped advisory lock; SQLite: BEGIN IMMEDIATE).
 */
import type { SqlDb } from './sql-db.ts';
import { Errors } from '../errors.ts';

export interface Migration {
  /** Unique and ordered, e.g. '001-objects'. */
  id: string;
  sqlite: string;
  postgres: string;
}

/** Arbitrary constant naming OpsTrack's migration lock among PostgreSQL advisory locks. */
const PG_LOCK_KEY = 7_316_120_042;

async function lock(tx: SqlDb): Promise<void> {
  if (tx.dialect === 'postgres') await tx.query(`SELECT pg_advisory_xact_lock(${PG_LOCK_KEY})`);
}

/** Applies the migrations not yet recorded; returns the ids it applied. Idempotent. */
export async function runMigrations(db: SqlDb, migrations: readonly Migration[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Errors.STORE_CONFIG(`duplicate migration id ${m.id}`);
    ids.add(m.id);
  }
  await db.transaction(async (tx) => {
    await lock(tx);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  });
  const done = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    await db.transaction(async (tx) => {
      await lock(tx);
      // Another process may have applied it while we waited for the lock.
      const again = await tx.query('SELECT id FROM schema_migrations WHERE id = ?', [m.id]);
      if (again.length > 0) return;
      try {
        await tx.exec(m[tx.dialect]);
      } catch (err) {
        throw new Errors.STORE_CONFIG(`migration ${m.id} failed: ${(err as Error).message}`, { cause: err });
      }
      await tx.exec('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [m.id, new Date().toISOString()]);
      applied.push(m.id);
    });
  }
  return applied;
}
