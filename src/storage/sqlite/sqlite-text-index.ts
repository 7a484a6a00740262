/**
 * Full-text maintenance in bulk on SQLite. The FTS5 indexes (objects_fts over the search text,
 * 001/053; objects_names_fts over names and aliases, 052) are kept by triggers that index each
 * inserted row on its own; in a large import those triggers cost more than writing the rows
 * themselves (FTS5 flushing and merging small segments between row inserts). For such a write the
 * store drops the insert triggers inside its transaction, and before the transaction ends indexes
 * every row added since in one INSERT ... SELECT per index and recreates each trigger exactly as it
 * was (its SQL as the schema holds it). Both happen in the import's own transaction: a failed or
 * killed import rolls them back with its rows, so a trigger is never missing outside it, and no
 * other writer can run while the transaction holds the write lock.
 */
import type { SqlDb } from '../sql-db.ts';

/** Each index's insert trigger, and how its rows are indexed in bulk (rows with seq > ?). */
const INDEXES: readonly { trigger: string; catchUp: string }[] = [
  {
    trigger: 'objects_fts_insert',
    catchUp: 'INSERT INTO objects_fts (rowid, search_text) SELECT seq, search_text FROM objects WHERE seq > ? AND search_text IS NOT NULL ORDER BY seq',
  },
  {
    trigger: 'objects_names_fts_insert',
    catchUp:
      'INSERT INTO objects_names_fts (rowid, search_name, search_aliases) SELECT seq, search_name, search_aliases FROM objects ' +
      'WHERE seq > ? AND (search_name IS NOT NULL OR search_aliases IS NOT NULL) ORDER BY seq',
  },
];

/** Stops per-row indexing; the returned function indexes the rows with seq > `fromSeq` and restores the triggers. */
export async function pauseSqliteTextIndex(tx: SqlDb, fromSeq: number): Promise<(tx: SqlDb) => Promise<void>> {
  const paused: { sql: string; catchUp: string }[] = [];
  for (const index of INDEXES) {
    const [trigger] = await tx.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [index.trigger]);
    if (!trigger) continue; // a store opened without that index's migration
    await tx.exec(`DROP TRIGGER ${index.trigger}`);
    paused.push({ sql: trigger.sql, catchUp: index.catchUp });
  }
  return async (at: SqlDb) => {
    for (const p of paused) {
      await at.exec(p.catchUp, [fromSeq]);
      await at.exec(p.sql);
    }
  };
}
