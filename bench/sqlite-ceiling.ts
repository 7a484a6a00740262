/**
 * SQLite's own ceiling for writing the store's rows: `node --import tsx bench/sqlite-ceiling.ts [N]`
 * (default N = 200,000). Stores N synthetic objects (bench/import.ts's kind) in one store, then
 * copies its `objects` rows into a fresh store of the same schema (every migration: the unique
 * (id, version) index, the four secondary indexes and the full-text triggers) with one
 * `INSERT ... SELECT` inside SQLite, no JavaScript per row, and prints rows/s and CPU per 1,000 rows
 * three ways:
 *  - as a write does it: every index and trigger kept row by row;
 *  - full text in bulk (the import's way, sqlite-text-index.ts): the triggers dropped, the text
 *    indexed by one INSERT ... SELECT per index after the rows;
 *  - full text and the four secondary indexes in bulk: both built after the rows.
 * This is what the engine itself costs on this machine for these rows; an importer, which also
 * parses and validates JSON, checks ownership and indexes claims, cannot write faster than it.
 * Each copy runs in one transaction, as an import does; the process's CPU time is read around it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openOpsTrackStore } from '../src/composition.ts';
import { syntheticObject } from '../test/import/synthetic-bundle.ts';

const BATCH = 5000;

interface Way {
  name: string;
  /** Statements run before the copy (inside its transaction); returns those to run after it. */
  before(db: Database.Database): string[];
}

const sqlOf = (db: Database.Database, type: string, names: string) =>
  db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = 'objects' AND sql IS NOT NULL AND name IN (${names})`).all(type) as { name: string; sql: string }[];

const TEXT_TRIGGERS = "'objects_fts_insert', 'objects_names_fts_insert'";
const SECONDARY = "'objects_type_seq', 'objects_date_added', 'objects_owner_tlp', 'objects_tlp_seq'";
const TEXT_CATCH_UP = [
  'INSERT INTO objects_fts (rowid, search_text) SELECT seq, search_text FROM objects WHERE search_text IS NOT NULL ORDER BY seq',
  'INSERT INTO objects_names_fts (rowid, search_name, search_aliases) SELECT seq, search_name, search_aliases FROM objects WHERE search_name IS NOT NULL OR search_aliases IS NOT NULL ORDER BY seq',
];

function pause(db: Database.Database, type: 'trigger' | 'index', names: string): string[] {
  const found = sqlOf(db, type, names);
  for (const f of found) db.exec(`DROP ${type.toUpperCase()} ${f.name}`);
  return found.map((f) => f.sql);
}

const WAYS: Way[] = [
  { name: 'row by row (every index and trigger)', before: () => [] },
  { name: 'full text in bulk', before: (db) => [...TEXT_CATCH_UP, ...pause(db, 'trigger', TEXT_TRIGGERS)] },
  {
    name: 'full text and secondary indexes in bulk',
    before: (db) => {
      const triggers = pause(db, 'trigger', TEXT_TRIGGERS);
      return [...pause(db, 'index', SECONDARY), ...TEXT_CATCH_UP, ...triggers];
    },
  },
];

async function main(): Promise<void> {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-ceiling-'));
  try {
    const source = join(dir, 'source.db');
    const store = await openOpsTrackStore({ sqliteFile: source });
    for (let start = 0; start < n; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) batch.push(syntheticObject(i));
      await store.put(batch);
    }
    await store.close();
    const probe = new Database(source, { readonly: true });
    const { rows, bytes } = probe.prepare('SELECT COUNT(*) AS rows, SUM(LENGTH(object_json)) AS bytes FROM objects').get() as { rows: number; bytes: number };
    probe.close();
    console.log(`SQLite's own cost of writing ${rows} object rows (JSON ${Math.round(bytes / rows)} bytes a row) into a fresh store, one INSERT ... SELECT; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const [i, way] of WAYS.entries()) {
      const target = join(dir, `target-${i}.db`);
      await (await openOpsTrackStore({ sqliteFile: target })).close();
      const db = new Database(target);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -65536');
      db.exec(`ATTACH '${source.replace(/'/g, "''")}' AS source`);
      const columns = (db.prepare("SELECT name FROM pragma_table_info('objects')").all() as { name: string }[]).map((c) => c.name).join(', ');
      const cpu = process.cpuUsage();
      const started = performance.now();
      db.exec('BEGIN');
      const after = way.before(db);
      db.exec(`INSERT INTO main.objects (${columns}) SELECT ${columns} FROM source.objects ORDER BY seq`);
      for (const sql of after) db.exec(sql);
      db.exec('COMMIT');
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      console.log(`  ${way.name.padEnd(42)} ${Math.round(rows / seconds).toString().padStart(7)} rows/s wall, ${(cpuMs / (rows / 1000)).toFixed(1).padStart(5)} CPU ms per 1,000 rows (${Math.round(rows / (cpuMs / 1000))} rows per CPU-second)`);
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
