/**
 * Bulk insert for SQLite: one reused prepared statement run synchronously per row on the
 * transaction's write connection (better-sqlite3 binds single rows faster than wide multi-row
 * statements, and a synchronous loop skips a promise per row).
 */
import type { SqlDb } from '../sql-db.ts';
import { wrapEngineError } from '../engine-error.ts';
import { sqliteConnectionOf } from './sqlite-db.ts';

export async function insertRowByRow(tx: SqlDb, table: string, columns: string[], rows: unknown[][], suffix: string): Promise<void> {
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${suffix}`;
  const conn = sqliteConnectionOf(tx);
  if (!conn) {
    for (const row of rows) await tx.exec(sql, row);
    return;
  }
  try {
    const stmt = conn.prepare(sql);
    for (const row of rows) stmt.run(row);
  } catch (err) {
    throw wrapEngineError(err);
  }
}
