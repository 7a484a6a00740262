/**
 * Backup and restore of a whole SQLite installation: every table (objects, owners, markings,
 * shares, recipients, collections, users, hashed tokens, claims, drafts, audit). The backup uses
 * SQLite's online backup API (better-sqlite3's `db.backup`), so a running server keeps serving
 * while it is taken and the copy is consistent. Neither operation ever leaves a half-written file:
 * each writes a temporary file beside its target and renames it into place.
 *
 * A restore first checks that the file is an OpsTrack database this release can open (a SQLite
 * file that passes `quick_check`, has the `schema_migrations` table, and records no migration this
 * release does not know), then refuses to replace a database another process holds open (a running
 * server) unless forced. An older backup is upgraded in place by the migrations on its next open.
 * PostgreSQL installations use pg_dump and pg_restore instead (see the README).
 * @module
 */
import { open, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Errors } from '../../errors.ts';

export interface BackupResult {
  file: string;
  /** Database pages copied. */
  pages: number;
}

export interface RestoreOptions {
  /** Migration ids this release knows, in order; a backup recording any other id is refused. */
  knownMigrations: readonly string[];
  /** Replace the database even when another process holds it open (default false). */
  force?: boolean;
}

export interface RestoreResult {
  file: string;
  /** Migrations the backup records. */
  migrations: number;
  /** Migrations of this release the backup predates (applied on its next open). */
  pending: number;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** A temporary name beside `target`, so the final rename stays on one file system. */
function tempBeside(target: string, what: string): string {
  return join(dirname(target), `.${basename(target)}.${what}-${process.pid}-${Date.now()}.tmp`);
}

/** Copies the database `source` to `target` with the online backup API. */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Errors.STORE_NOT_FOUND(`SQLite database ${source}`);
  if (resolve(source) === resolve(target)) throw new Errors.INPUT_INVALID('the backup file must differ from the database file');
  const db = new Database(source, { readonly: true, fileMustExist: true });
  const tmp = tempBeside(target, 'backup');
  try {
    const { totalPages } = await db.backup(tmp);
    await rename(tmp, target);
    return { file: target, pages: totalPages };
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    db.close();
  }
}

async function hasSqliteHeader(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead === buffer.length && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    await handle.close();
  }
}

/** Checks that `file` is an OpsTrack SQLite database this release can open; returns its migration ids. */
export async function checkBackup(file: string, knownMigrations: readonly string[]): Promise<string[]> {
  if (!existsSync(file)) throw new Errors.STORE_NOT_FOUND(`backup file ${file}`);
  if (!(await hasSqliteHeader(file))) throw new Errors.INPUT_INVALID(`${file}: not a SQLite database`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Errors.INPUT_INVALID(`${file}: damaged SQLite database (quick_check: ${String(check)})`);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) throw new Errors.INPUT_INVALID(`${file}: not an OpsTrack database (no schema_migrations table)`);
    const ids = (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);
    const known = new Set(knownMigrations);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Errors.INPUT_INVALID(
        `${file}: written by a newer OpsTrack release (migrations unknown to this one: ${unknown.join(', ')}); restore it with that release or later`,
      );
    }
    return ids;
  } finally {
    db.close();
  }
}

/**
 * Whether another connection holds `file` open. Every connection to a WAL database keeps a shared
 * lock on it, so an exclusive lock taken without waiting fails exactly when someone else is there.
 * When it is free, the write-ahead log is checkpointed into the file and removed on close, so no
 * stale log is left to be replayed into the restored database.
 */
function heldByAnother(file: string): boolean {
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY' || (err as { code?: string }).code === 'SQLITE_LOCKED') return true;
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database `target` with the backup `file`: validated first, copied to a temporary
 * file beside the target, then renamed over it, so the target is always either the old database or
 * the whole backup.
 */
export async function restoreSqlite(file: string, target: string, options: RestoreOptions): Promise<RestoreResult> {
  if (resolve(file) === resolve(target)) throw new Errors.INPUT_INVALID('the backup file must differ from the database file');
  const ids = await checkBackup(file, options.knownMigrations);
  if (existsSync(target) && heldByAnother(target) && !options.force) {
    throw new Errors.STORE_BUSY(`${target} is open in another process (a running server?): stop it first, or pass --force to replace it anyway`);
  }
  const source = new Database(file, { readonly: true, fileMustExist: true });
  const tmp = tempBeside(target, 'restore');
  try {
    await source.backup(tmp);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    source.close();
  }
  // The old database's log and shared-memory index must not be read as the new one's.
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  const known = new Set(ids);
  return { file: target, migrations: ids.length, pending: options.knownMigrations.filter((id) => !known.has(id)).length };
}
