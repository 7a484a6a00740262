/**
 * Multi-row INSERTs for writes of many small rows (the claim index, statement members): one
 * statement per up to 128 rows instead of one per row. The row counts of the statements are powers
 * of two (whole chunks of 128, a remainder in binary parts: 64, 32, ... 1), so a table has at most
 * eight statement texts, each prepared once, whatever the batch sizes.
 */
import type { SqlDb } from './sql-db.ts';

const ROWS_PER_STATEMENT = 128;

/** INSERTs `rows` (each with one value per column of `columns`, a comma-separated list) into `table`; `suffix` follows the VALUES (ON CONFLICT ...). */
export async function insertRows(tx: SqlDb, table: string, columns: string, rows: readonly unknown[][], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const one = `(${rows[0]!.map(() => '?').join(', ')})`;
  let at = 0;
  for (let size = ROWS_PER_STATEMENT; size >= 1; size >>= 1) {
    while (rows.length - at >= size && (size === ROWS_PER_STATEMENT || rows.length - at < size * 2)) {
      const part = rows.slice(at, at + size);
      at += size;
      await tx.exec(`INSERT INTO ${table} (${columns}) VALUES ${Array(size).fill(one).join(', ')}${suffix}`, part.flat());
    }
  }
}
