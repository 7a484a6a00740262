/**
 * Full-text maintenance in bulk on SQLite. The FTS5 index (objects-schema.ts) is kept by a trigger
 * that indexes each inserted row on its own; in a large import that trigger cost twice as much as
 * writing the rows themselves (FTS5 flushing and merging small segments between row inserts). For
 * such a write the store drops the insert trigger inside its transaction, and before the
 * transaction ends indexes every row added since in one INSERT ... SELECT and recreates the
 * trigger exactly as it was (its SQL as the schema holds it). Both happen in the import's own
 * transaction: a failed or killed import rolls them back with its rows, so the trigger is never
 * missing outside it, and no other writer can run while the transaction holds the write lock.
 */
import type { SqlDb } from '../sql-db.ts';

const TRIGGER = 'objects_fts_insert';

/** Stops per-row indexing; the returned function indexes the rows with seq > `fromSeq` and restores the trigger. */
export async function pauseSqliteTextIndex(tx: SqlDb, fromSeq: number): Promise<(tx: SqlDb) => Promise<void>> {
  const [trigger] = await tx.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [TRIGGER]);
  if (!trigger) return async () => {};
  await tx.exec(`DROP TRIGGER ${TRIGGER}`);
  return async (at: SqlDb) => {
    await at.exec('INSERT INTO objects_fts (rowid, search_text) SELECT seq, search_text FROM objects WHERE seq > ? AND search_text IS NOT NULL ORDER BY seq', [fromSeq]);
    await at.exec(trigger.sql);
  };
}
