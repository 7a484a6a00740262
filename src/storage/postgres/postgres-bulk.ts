/**
 * Bulk insert for PostgreSQL: one statement per batch that unnests one array per column, instead
 * of thousands of bound parameters (parse and bind cost grow with the parameter count).
 */
import type { SqlDb } from '../sql-db.ts';

/** Array element types of the store's bulk-inserted columns; every other column is text. */
const COLUMN_TYPES: Record<string, string> = { seq: 'bigint', revoked: 'integer' };

export async function insertByUnnest(tx: SqlDb, table: string, columns: string[], rows: unknown[][], suffix: string): Promise<void> {
  const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null));
  const casts = columns.map((col) => `?::${COLUMN_TYPES[col] ?? 'text'}[]`).join(', ');
  await tx.exec(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${casts})${suffix}`, arrays);
}
