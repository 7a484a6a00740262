/**
 * A large store for read benchmarks, written fast: rows go straight into `objects` and
 * `object_endpoints` through the backend's bulk insert (one reused prepared statement on SQLite,
 * unnest on PostgreSQL) in large transactions, with the columns `SqlStore.put` derives for each
 * object (src/storage/object-row.ts), not through the API. The dataset is modelled on the one
 * ../shared/bench/taxii_perf.py posts, in repeating groups of five: an intrusion set marked
 * TLP:AMBER+STRICT (so a reader of another organisation is filtered one object in five), a malware,
 * two indicators and, where taxii_perf.py has a third indicator, an `indicates` relationship, whose
 * endpoints are checked for each reader (a relationship to a hidden object is hidden). That check
 * makes a reader's page dearer than on taxii_perf.py's own data: at 1M objects, `opstrack serve`
 * spent 714 µs of CPU per first page here against 435 µs on a store loaded by perf_run.sh
 * (2026-12-05, wrk, 16 clients). Every id belongs to organisation `alpha`. Users: `alice` (editor,
 * alpha) and `bob` (reader, beta).
 */
import { AuthRepository } from '../src/auth/auth-repository.ts';
import type { StixObject } from '../src/model/stix/core.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { formatMicros } from '../src/model/stix/timestamps.ts';
import { toObjectRow } from '../src/storage/object-row.ts';
import { insertByUnnest } from '../src/storage/postgres/postgres-bulk.ts';
import type { SqlDb } from '../src/storage/sql-db.ts';
import { insertRowByRow } from '../src/storage/sqlite/sqlite-bulk.ts';
import type { Store } from '../src/storage/store.ts';

export const WRITER = { name: 'alice', password: 'alpha-pass-0123456789', org: 'alpha' };
export const READER = { name: 'bob', password: 'beta-pass-0123456789', org: 'beta' };

const STRICT = tlpMarkingId('amber+strict');
const DESCRIPTION = 'synthetic object for a speed test '.repeat(3);

function uuid(kind: number, i: number): string {
  return `00000000-0000-4${kind.toString(16).padStart(3, '0')}-8000-${i.toString(16).padStart(12, '0')}`;
}

/** The i-th object of the dataset (about 400 bytes of JSON). */
export function benchObject(i: number): StixObject {
  const g = Math.floor(i / 5);
  const t = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T00:00:${String(i % 60).padStart(2, '0')}.000Z`;
  const base = { spec_version: '2.1', created: t, modified: t, description: DESCRIPTION };
  const ip = `10.${(g >> 16) & 255}.${(g >> 8) & 255}.${g & 255}`;
  switch (i % 5) {
    case 0:
      return { type: 'intrusion-set', id: `intrusion-set--${uuid(1, g)}`, ...base, name: `perf set ${g}`, object_marking_refs: [STRICT] };
    case 1:
      return { type: 'malware', id: `malware--${uuid(2, g)}`, ...base, name: `perf malware ${g}`, is_family: true };
    case 2:
    case 3:
      return {
        type: 'indicator', id: `indicator--${uuid(i % 5, g)}`, ...base, name: `perf indicator ${i}`, pattern_type: 'stix',
        valid_from: t, pattern: `[ipv4-addr:value = '${ip}']`,
      };
    default:
      return {
        type: 'relationship', id: `relationship--${uuid(4, g)}`, ...base, relationship_type: 'indicates',
        source_ref: `indicator--${uuid(2, g)}`, target_ref: `malware--${uuid(2, g)}`,
      };
  }
}

const OBJECT_COLUMNS = [
  'seq', 'id', 'version', 'type', 'spec_version', 'date_added', 'revoked', 'name', 'description', 'aliases',
  'source_ref', 'target_ref', 'created_by_ref', 'tlp', 'owner_org', 'object_json', 'search_name', 'search_aliases', 'search_text',
];

async function insert(tx: SqlDb, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  if (tx.dialect === 'sqlite') return insertRowByRow(tx, table, columns, rows, '');
  for (let i = 0; i < rows.length; i += 5000) await insertByUnnest(tx, table, columns, rows.slice(i, i + 5000), '');
}

/** The organisations and users of the benchmark; returns alpha's id. */
export async function benchUsers(store: Store): Promise<string> {
  const auth = new AuthRepository(store.db);
  const alpha = await auth.addOrg(WRITER.org);
  await auth.addOrg(READER.org);
  await auth.addUser({ name: WRITER.name, org: WRITER.org, role: 'editor', password: WRITER.password });
  await auth.addUser({ name: READER.name, org: READER.org, role: 'reader', password: READER.password });
  return alpha.id;
}

/**
 * Appends `n` objects made by `make` (default benchObject), owned by `ownerOrg`, after whatever
 * the store holds; returns the seconds it took. `onProgress` hears every 100,000 objects.
 */
export async function bulkLoad(
  store: Store, n: number, ownerOrg: string,
  options: { make?: (i: number) => StixObject; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const make = options.make ?? benchObject;
  const t0 = performance.now();
  const batch = 20_000;
  for (let start = 0; start < n; start += batch) {
    await store.db.transaction(async (tx) => {
      const [clock] = await tx.query<{ last_seq: number; last_added_us: number }>('SELECT last_seq, last_added_us FROM store_clock WHERE id = 1');
      let seq = Number(clock!.last_seq);
      let us = Math.max(Number(clock!.last_added_us) + 1, Date.now() * 1000);
      const objects: unknown[][] = [];
      const endpoints: unknown[][] = [];
      for (let i = start; i < Math.min(n, start + batch); i++) {
        const r = toObjectRow(make(i), `objects[${i}]`);
        seq++;
        objects.push([
          seq, r.id, r.version, r.type, r.specVersion, formatMicros(us++), r.revoked, r.name, r.description, r.aliases,
          r.sourceRef, r.targetRef, r.createdByRef, r.tlp, ownerOrg, r.json, r.searchName, r.searchAliases, r.searchText,
        ]);
        for (const e of r.endpoints) endpoints.push([seq, e.ref, e.role]);
      }
      await insert(tx, 'objects', OBJECT_COLUMNS, objects);
      await insert(tx, 'object_endpoints', ['seq', 'ref', 'role'], endpoints);
      await tx.exec('UPDATE store_clock SET last_seq = ?, last_added_us = ?, last_added_ms = ? WHERE id = 1', [seq, us - 1, Math.floor((us - 1) / 1000)]);
    });
    const done = Math.min(n, start + batch);
    if (done % 100_000 === 0 || done === n) options.onProgress?.(done);
  }
  await store.db.exec('ANALYZE');
  return (performance.now() - t0) / 1000;
}
