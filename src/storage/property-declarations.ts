/**
 * Upgrade of versions stored before OpsTrack declared its top-level properties at write time
 * (issue 16): their `x_opstrack_*` properties gain, once, the `extensions` entry naming OpsTrack's
 * properties extension (src/model/opstrack-extensions.ts), so TAXII and /api/objects, which serve
 * stored texts unparsed, serve them clean.
 *
 * The version key (`modified`) stays the same: only the declaration of properties the version
 * already had is added, nothing it says changes (STIX 2.1 section 3.6 asks for a new version when
 * content changes; declaring an extension that the content already followed is bookkeeping, and a
 * new version would make every consumer re-fetch unchanged knowledge). The new text compares as
 * the same content as the object put again by an earlier client (sql-store's identical-write check
 * compares what toObjectRow stores, which carries the declaration too).
 * @module
 */
import { declareOpstrackProperties, OPSTRACK_PROPERTIES_EXTENSION_ID } from '../model/opstrack-extensions.ts';
import type { Migration } from './migrations.ts';
import type { SqlDb } from './sql-db.ts';

/** Migration 090-declared-properties: remembers whether stored versions were upgraded (0 until done). */
export const declaredPropertiesMigration: Migration = {
  id: '090-declared-properties',
  sqlite: `CREATE TABLE declared_properties_state (id INTEGER PRIMARY KEY, done INTEGER NOT NULL);
INSERT INTO declared_properties_state (id, done) VALUES (1, 0);`,
  postgres: `CREATE TABLE declared_properties_state (id INTEGER PRIMARY KEY, done INTEGER NOT NULL);
INSERT INTO declared_properties_state (id, done) VALUES (1, 0);`,
};

const BATCH = 1000;

/**
 * Declares the OpsTrack properties of every stored version that uses them undeclared; runs once
 * per database (after the migrations, from src/composition.ts). Returns how many versions changed.
 */
export async function declareStoredProperties(db: SqlDb): Promise<number> {
  const [state] = await db.query<{ done: number | string }>('SELECT done FROM declared_properties_state WHERE id = 1');
  if (!state || Number(state.done) === 1) return 0;
  let changed = 0;
  await db.transaction(async (tx) => {
    // Takes the row lock first, so two processes opening the store upgrade once.
    await tx.exec('UPDATE declared_properties_state SET done = done WHERE id = 1');
    const [again] = await tx.query<{ done: number | string }>('SELECT done FROM declared_properties_state WHERE id = 1');
    if (Number(again?.done) === 1) return;
    let after = 0;
    for (;;) {
      // A cheap text test first; the parsed object decides (the property must be top-level).
      const rows = await tx.query<{ seq: number | string; object_json: string }>(
        `SELECT seq, object_json FROM objects WHERE seq > ? AND object_json LIKE '%"x_opstrack_%' AND object_json NOT LIKE ? ORDER BY seq LIMIT ${BATCH}`,
        [after, `%"${OPSTRACK_PROPERTIES_EXTENSION_ID}"%`],
      );
      for (const row of rows) {
        const object = JSON.parse(row.object_json) as Record<string, unknown>;
        const declared = declareOpstrackProperties(object);
        if (declared === object) continue;
        await tx.exec('UPDATE objects SET object_json = ? WHERE seq = ?', [JSON.stringify(declared), row.seq]);
        changed++;
      }
      if (rows.length < BATCH) break;
      after = Number(rows[rows.length - 1]!.seq);
    }
    await tx.exec('UPDATE declared_properties_state SET done = 1 WHERE id = 1');
  });
  return changed;
}
