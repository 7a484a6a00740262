/**
 * `opstrack backup FILE`, `opstrack restore FILE [--force]`: a whole installation (objects and
 * their owners, markings, shares and recipients; collections, organisations, users, hashed tokens,
 * claims, drafts, feeds, audit) to one file and back. SQLite only, through its online backup API
 * (src/storage/sqlite/sqlite-backup.ts); a PostgreSQL installation is saved with pg_dump and
 * restored with pg_restore, which these commands point to.
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';
import { storeConfigFromEnv } from '../../config.ts';
import { DEFAULT_SQLITE_FILE } from '../../storage/open-store.ts';

/** The SQLite file of the installation named by the environment; PostgreSQL has its own tools. */
function sqliteFile(command: 'backup' | 'restore'): string {
  const config = storeConfigFromEnv();
  if (config.databaseUrl) {
    const how = command === 'backup'
      ? 'pg_dump --format=custom --file=FILE "$DATABASE_URL"'
      : 'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" FILE';
    throw new Errors.STORE_CONFIG(`opstrack ${command} works on SQLite installations; for PostgreSQL (DATABASE_URL is set) use ${how} (see the README)`);
  }
  return config.sqliteFile ?? DEFAULT_SQLITE_FILE;
}

export function register(program: Command): void {
  program
    .command('backup')
    .description('copy the whole installation (SQLite) to FILE, consistently, even while a server runs')
    .argument('<file>', 'the backup file to write')
    .action(async (file: string) => {
      const database = sqliteFile('backup');
      const { backupSqlite } = await import('../../storage/sqlite/sqlite-backup.ts');
      const { pages } = await backupSqlite(database, file);
      process.stderr.write(`backed up ${database} to ${file} (${pages} pages)\n`);
    });
  program
    .command('restore')
    .description('replace the installation (SQLite) with a backup made by `opstrack backup`')
    .argument('<file>', 'the backup file to restore')
    .option('--force', 'replace the database even when another process (a running server) holds it open')
    .action(async (file: string, opts: { force?: boolean }) => {
      const database = sqliteFile('restore');
      const [{ restoreSqlite }, { FEATURE_MIGRATIONS }, { STORE_MIGRATIONS }] = await Promise.all([
        import('../../storage/sqlite/sqlite-backup.ts'),
        import('../../composition.ts'),
        import('../../storage/store-migrations.ts'),
      ]);
      const knownMigrations = [...STORE_MIGRATIONS, ...FEATURE_MIGRATIONS].map((m) => m.id);
      const result = await restoreSqlite(file, database, { knownMigrations, force: opts.force });
      const upgrade = result.pending ? `; ${result.pending} newer migrations apply on its next open` : '';
      process.stderr.write(`restored ${file} into ${database}${upgrade}\n`);
    });
}
