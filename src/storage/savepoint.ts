/** A nested transaction as a savepoint, in SQL both SQLite and PostgreSQL accept. */
import type { SqlDb } from './sql-db.ts';
import { wrapEngineError } from './engine-error.ts';

let counter = 0;

export async function withSavepoint<T>(tx: SqlDb, fn: (tx: SqlDb) => Promise<T>): Promise<T> {
  const name = `ops_sp_${++counter}`;
  await tx.exec(`SAVEPOINT ${name}`);
  try {
    const result = await fn(tx);
    await tx.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (err) {
    await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    await tx.exec(`RELEASE SAVEPOINT ${name}`);
    throw wrapEngineError(err);
  }
}
