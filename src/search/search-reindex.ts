/**
 * Re-derives the stored search columns and the vocabulary of names from every stored version, for a
 * database whose search columns an earlier release derived from fewer fields (search_state).
 * Runs in batches, each its own transaction, and reports progress; safe to interrupt and re-run.
 */
import type { StixObject } from '../model/stix/core.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { toObjectRow } from '../storage/object-row.ts';
import { addTerms, nameWordsOf } from './vocabulary.ts';

/** Bump when search-fields.ts reads more of an object: stored databases then re-derive their search columns. */
export const SEARCH_FIELDS_VERSION = 1;

const BATCH = 500;

export async function searchIndexBehind(db: SqlDb): Promise<boolean> {
  const [row] = await db.query<{ fields_version: number }>('SELECT fields_version FROM search_state WHERE id = 1');
  return Number(row?.fields_version ?? 0) < SEARCH_FIELDS_VERSION;
}

export interface ReindexProgress {
  done: number;
  total: number;
}

/** Re-derives every version's search columns and the vocabulary; returns how many versions it read. */
export async function reindexSearch(db: SqlDb, onProgress?: (p: ReindexProgress) => void): Promise<number> {
  const [count] = await db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM objects');
  const total = Number(count?.n ?? 0);
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await db.query<{ seq: number | string; object_json: string }>(
      'SELECT seq, object_json FROM objects WHERE seq > ? ORDER BY seq LIMIT ?',
      [after, BATCH],
    );
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      const objects: StixObject[] = [];
      for (const r of rows) {
        const object = JSON.parse(r.object_json) as StixObject;
        objects.push(object);
        const row = toObjectRow(object, `objects[seq ${r.seq}]`);
        await tx.exec('UPDATE objects SET search_name = ?, search_aliases = ?, search_text = ? WHERE seq = ?', [
          row.searchName, row.searchAliases, row.searchText, r.seq,
        ]);
      }
      await addTerms(tx, nameWordsOf(objects));
    });
    after = Number(rows[rows.length - 1]!.seq);
    done += rows.length;
    onProgress?.({ done, total });
  }
  await db.exec('UPDATE search_state SET fields_version = ? WHERE id = 1', [SEARCH_FIELDS_VERSION]);
  return done;
}
