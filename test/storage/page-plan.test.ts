/**
 * Issue 13, deliverable 1: a page is one index range scan for every kind of reader, and a page deep
 * in the collection is read like the first. The engines' own plans for the page statement
 * (pageSql), first and deep cursors, the system viewer and a reader of another organisation: a
 * range scan of the primary key from the cursor, no sort, no table scan, every per-row check an
 * index probe. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildIntrusionSet, buildMalware, buildRelationship, buildUserViewer, tlp } from '../helpers/factories.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import { deferredChecksSql, pageSql } from '../../src/storage/page-read.ts';
import { toPgPlaceholders } from '../../src/storage/postgres/placeholders.ts';
import type { ListQuery, Store } from '../../src/storage/store.ts';

const COLUMNS = 'o.seq, o.date_added, o.object_json';

async function fill(store: Store, analyse = true): Promise<number> {
  const owner = buildUserViewer({ orgId: 'org-owner', role: 'editor' });
  for (let b = 0; b < 6; b++) {
    const batch = [];
    for (let i = 0; i < 100; i++) {
      const set = buildIntrusionSet(tlp('amber+strict'));
      const malware = buildMalware();
      batch.push(set, malware, buildIndicator(), buildRelationship(set, malware), buildRelationship(buildIndicator(), malware, { relationship_type: 'indicates' }));
    }
    await store.put(batch, { actor: owner });
  }
  if (analyse) await store.db.exec('ANALYZE');
  const [max] = await store.db.query<{ seq: number | string }>('SELECT MAX(seq) AS seq FROM objects');
  return Number(max!.seq);
}

interface PgNode { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PgNode[] }

function pgNodes(node: PgNode): PgNode[] {
  return [node, ...(node.Plans ?? []).flatMap(pgNodes)];
}

async function assertRangeScan(store: Store, viewer: Viewer, after: number, label: string): Promise<void> {
  const { sql, params } = pageSql(viewer, { limit: 100 }, COLUMNS, after, 101, store.db.dialect);
  if (store.capabilities.backend === 'sqlite') {
    const plan = await store.db.query<{ id: number; parent: number; detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    const details = plan.map((r) => r.detail);
    assert.match(plan.find((r) => r.parent === 0)!.detail, /^SEARCH o USING INTEGER PRIMARY KEY \(rowid>\?\)$/, `${label}: ${details.join(' | ')}`);
    // The only table ever scanned is taxii_collections (tc: a handful of rows), inside the check of a
    // version written to restricted collections.
    assert.ok(!details.some((d) => /^SCAN (?!tc\b)|TEMP B-TREE/.test(d)), `${label}: no table scan, no sort: ${details.join(' | ')}`);
    return;
  }
  // The plan PostgreSQL keeps for the prepared page statement (readPage prepares it): generic, for
  // any cursor. A custom plan may instead take the TLP indexes for the few rows after a cursor near
  // the end; it never scans or sorts the table.
  const [root, custom] = await pgPlans(store, sql, params);
  const summary = describePg(root);
  assert.equal(root['Node Type'], 'Limit', summary);
  const scan = root.Plans![0]!;
  assert.equal(scan['Node Type'], 'Index Scan', `${label}: ${summary}`);
  assert.equal(scan['Index Name'], 'objects_pkey', `${label}: ${summary}`);
  assert.match(scan['Index Cond'] ?? '', /seq >/, `${label}: ${summary}`);
  assert.ok(!pgNodes(root).some((n) => n['Node Type'] === 'Sort' || n['Node Type'].startsWith('Hash') || (n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'objects')),
    `${label}: no sort, no hash, no scan of objects: ${summary}`);
  assert.ok(!pgNodes(custom).some((n) => n['Node Type'].startsWith('Hash') || (n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'objects')),
    `${label}, custom plan: no hash, no scan of objects: ${describePg(custom)}`);
}

function describePg(n: PgNode): string {
  return pgNodes(n).map((x) => `${x['Node Type']}${x['Relation Name'] ? ` on ${x['Relation Name']}` : ''}${x['Index Name'] ? ` using ${x['Index Name']}` : ''}`).join(' | ');
}

/** PostgreSQL's generic and custom plans of a statement prepared as readPage prepares it. */
async function pgPlans(store: Store, sql: string, params: unknown[]): Promise<[PgNode, PgNode]> {
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const pg = toPgPlaceholders(sql);
  return store.db.transaction(async (tx) => {
    await tx.exec('SET LOCAL plan_cache_mode = force_generic_plan');
    await tx.exec(`PREPARE page_plan_test AS ${pg}`);
    try {
      const generic = await tx.query<{ 'QUERY PLAN': Array<{ Plan: PgNode }> }>(`EXPLAIN (FORMAT JSON) EXECUTE page_plan_test(${params.map(literal).join(', ')})`);
      await tx.exec('SET LOCAL plan_cache_mode = force_custom_plan');
      const custom = await tx.query<{ 'QUERY PLAN': Array<{ Plan: PgNode }> }>(`EXPLAIN (FORMAT JSON) EXECUTE page_plan_test(${params.map(literal).join(', ')})`);
      return [generic[0]!['QUERY PLAN'][0]!.Plan, custom[0]!['QUERY PLAN'][0]!.Plan] as [PgNode, PgNode];
    } finally {
      await tx.exec('DEALLOCATE page_plan_test');
    }
  });
}

for (const backend of BACKENDS) {
  describe(`page plan: ${backend}`, () => {
    test('first and deep pages are one primary-key range scan for the system viewer and for a reader of another organisation', () =>
      withStore(backend, async (store) => {
        const max = await fill(store);
        const reader = buildUserViewer({ orgId: 'org-reader' });
        for (const [name, viewer] of [['system', SYSTEM], ['reader', reader]] as const) {
          await assertRangeScan(store, viewer, 0, `${name}, first page`);
          await assertRangeScan(store, viewer, Math.floor(max * 0.9), `${name}, deep page`);
        }
      }));

    // A store filled through puts (TAXII POST) and never analysed by hand: the planners, without
    // statistics, OR the visibility's TLP index scans into a sorted set of every visible row (445 ms
    // a page at 20k objects on SQLite, 2 pages/s in ../shared/bench/perf_run.sh). SQLite's page
    // statement does not let statistics choose (it has none here); PostgreSQL's store refreshes them
    // after a write that grows the table by a tenth.
    test('filled by puts and never analysed by hand: the same range scan', () =>
      withStore(backend, async (store) => {
        const max = await fill(store, false);
        if (store.capabilities.backend === 'sqlite') {
          const [stat] = await store.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'");
          assert.equal(stat!.n, 0, 'the store has no statistics');
        } else {
          const [stat] = await store.db.query<{ analysed: string | null }>("SELECT last_analyze::text AS analysed FROM pg_stat_user_tables WHERE relname = 'objects'");
          assert.ok(stat?.analysed, 'the store analysed objects after the puts');
        }
        const reader = buildUserViewer({ orgId: 'org-reader' });
        for (const [name, viewer] of [['system', SYSTEM], ['reader', reader]] as const) {
          await assertRangeScan(store, viewer, 0, `${name}, first page, no statistics`);
          await assertRangeScan(store, viewer, Math.floor(max * 0.9), `${name}, deep page, no statistics`);
        }
      }));
  });
}

// On SQLite built with STAT4, a bare `?` compared with an indexed column makes the statement
// re-prepare at every run once ANALYZE has written samples (planning cost twice the page's reading);
// the viewer's ids and the cursor are given as plan-free parameters (sql-fragment.ts, planFreeParam).
describe('the page statement has no parameter the planner reads', () => {
  const reader = buildUserViewer({ orgId: 'org-reader', role: 'reader' });
  for (const [name, viewer] of [['system viewer', SYSTEM], ['reader of another organisation', reader]] as const) {
    test(name, () => {
      for (const after of [0, 12345]) {
        const { sql, params } = pageSql(viewer, { collectionId: 'default' }, COLUMNS, after, 101, 'sqlite');
        const bare = sql.replace(/CAST\(\? AS (TEXT|BIGINT)\)/g, '');
        assert.equal(bare.includes('?'), false, `bare parameter in: ${sql}`);
        assert.equal(sql.split('?').length - 1, params.length);
        assert.ok(params.includes(after));
        if (viewer.kind === 'user') assert.ok(params.includes(reader.orgId) && params.includes(reader.userId));
      }
    });
  }
});

/**
 * The TAXII filters of Get Objects, each as a page asks for it, given a stored version to match:
 * the index each must keep using once ANALYZE has written statistics (its plan is chosen for any
 * value: the parameters are plan-free). SQLite: the `objects o` search; PostgreSQL: the index of
 * the generic plan's scan of `objects o`.
 */
function filteredPages(row: { id: string; version: string; date_added: string }): Array<{ name: string; query: ListQuery; sqlite: RegExp; pg: string[] }> {
  const pk = /^SEARCH o USING INTEGER PRIMARY KEY \(rowid>\?\)$/;
  return [
    { name: 'match[type]', query: { types: ['malware'] }, sqlite: /^SEARCH o USING INDEX objects_type_seq \(type=\? AND seq>\?\)$/, pg: ['objects_type_seq', 'objects_pkey'] },
    { name: 'match[type], two types', query: { types: ['malware', 'indicator'] }, sqlite: pk, pg: ['objects_type_seq', 'objects_pkey'] },
    { name: 'match[id]', query: { ids: [row.id] }, sqlite: /^SEARCH o USING INDEX sqlite_autoindex_objects_1 \(id=\?\)$/, pg: ['objects_id_version_key'] },
    { name: 'match[id] and match[version]', query: { ids: [row.id], versions: [row.version] }, sqlite: /^SEARCH o USING INDEX sqlite_autoindex_objects_1 \(id=\?/, pg: ['objects_id_version_key'] },
    { name: 'added_after', query: { addedAfter: row.date_added }, sqlite: pk, pg: ['objects_pkey', 'objects_date_added'] },
    { name: 'match[spec_version]', query: { specVersions: ['2.1'] }, sqlite: pk, pg: ['objects_pkey'] },
    { name: 'match[version]=all', query: { versions: ['all'] }, sqlite: pk, pg: ['objects_pkey'] },
  ];
}

for (const backend of BACKENDS) {
  describe(`filtered page plans after ANALYZE: ${backend}`, () => {
    test('each TAXII filter keeps its index for a reader of another organisation; added_after starts the range from the date_added index', () =>
      withStore(backend, async (store) => {
        const max = await fill(store);
        const [row] = await store.db.query<{ id: string; version: string; date_added: string }>(
          'SELECT id, version, date_added FROM objects WHERE seq = ?', [Math.floor(max * 0.9)]);
        const reader = buildUserViewer({ orgId: 'org-reader' });
        for (const c of filteredPages(row!)) {
          const { sql, params } = pageSql(reader, { limit: 100, ...c.query }, COLUMNS, 0, 101, store.db.dialect);
          assert.equal(sql.replace(/CAST\(\? AS (TEXT|BIGINT)\)/g, '').includes('?'), false, `${c.name}: bare parameter in ${sql}`);
          if (backend === 'sqlite') {
            const plan = await store.db.query<{ parent: number; detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
            const details = plan.map((r) => r.detail);
            assert.match(plan.find((r) => r.parent === 0)!.detail, c.sqlite, `${c.name}: ${details.join(' | ')}`);
            assert.ok(!details.some((d) => /^SCAN (?!tc\b)/.test(d)), `${c.name}: no table scan: ${details.join(' | ')}`);
          } else {
            const [generic] = await pgPlans(store, sql, params);
            const scans = pgNodes(generic).filter((n) => n['Relation Name'] === 'objects');
            assert.ok(!scans.some((n) => n['Node Type'] === 'Seq Scan'), `${c.name}: no scan of objects: ${describePg(generic)}`);
            // An index scan, or a bitmap heap scan over one or two (a small table's generic plan).
            const outer = scans[0]!;
            const indexes = [outer, ...(outer['Node Type'] === 'Bitmap Heap Scan' ? pgNodes(outer.Plans![0]!) : [])].map((n) => n['Index Name']);
            assert.ok(indexes.some((i) => i !== undefined && c.pg.includes(i)), `${c.name}: the page reads objects through ${c.pg.join(' or ')}: ${describePg(generic)}`);
          }
          // The page itself: what the filter selects, every object visible to the reader.
          const page = await store.listText(reader, { limit: 100, ...c.query });
          if (c.query.ids) assert.ok(page.items.every((i) => (JSON.parse(i.json) as { id: string }).id === row!.id), c.name);
          if (c.query.addedAfter) assert.ok(page.items.length > 0 && page.items.every((i) => i.dateAdded > row!.date_added), c.name);
        }
        // added_after: the range starts at the first version added after the bound, found in the
        // date_added index (page-read.ts), not by filtering every older row.
        const start = 'SELECT seq FROM objects WHERE date_added > CAST(? AS TEXT) ORDER BY date_added LIMIT 1';
        if (backend === 'sqlite') {
          const plan = await store.db.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${start}`, [row!.date_added]);
          assert.match(plan.map((r) => r.detail).join(' | '), /^SEARCH objects USING (COVERING )?INDEX objects_date_added \(date_added>\?\)$/);
        } else {
          const [generic] = await pgPlans(store, start, [row!.date_added]);
          assert.ok(pgNodes(generic).some((n) => n['Index Name'] === 'objects_date_added') && !pgNodes(generic).some((n) => n['Node Type'] === 'Seq Scan'), describePg(generic));
        }
      }));
  });
}

/**
 * The checks a default page leaves to one statement per chunk (page-read.ts, deferredChecksSql):
 * whatever the number of rows that need them, a handful of statement texts, each sent prepared, so
 * that an engine prepares (and PostgreSQL plans) each once per connection. Sent unprepared,
 * PostgreSQL planned it at every page: 4.3 ms, six times the cost of running it.
 */
describe('the checks left out of a page are a few prepared statements', () => {
  const reader = buildUserViewer({ orgId: 'org-reader', role: 'reader' });
  test('one text per power of two of rows, no parameter the planner reads', () => {
    const texts = new Set<string>();
    for (let n = 1; n <= 101; n++) {
      const seqs = Array.from({ length: n }, (_, i) => 1000 + 5 * i);
      const { sql, params } = deferredChecksSql(reader, {}, seqs);
      assert.equal(sql.replace(/CAST\(\? AS (TEXT|BIGINT)\)/g, '').includes('?'), false, `bare parameter in: ${sql}`);
      assert.equal(sql.split('?').length - 1, params.length);
      for (const s of seqs) assert.ok(params.includes(s), `seq ${s} of ${n} is checked`);
      texts.add(sql);
    }
    assert.ok(texts.size <= 5, `${texts.size} statement texts for 1 to 101 rows`);
  });

  for (const backend of BACKENDS) {
    test(`${backend}: a reader's pages send every statement prepared, and see what the checks let through`, () =>
      withStore(backend, async (store) => {
        await fill(store);
        const sent: Array<{ sql: string; prepared: boolean }> = [];
        const query = store.db.query.bind(store.db);
        store.db.query = (async (sql: string, params?: unknown[], options?: { prepare?: boolean }) => {
          sent.push({ sql, prepared: options?.prepare === true });
          return query(sql, params as unknown[], options as never);
        }) as typeof store.db.query;
        let cursor: string | undefined;
        let seen = 0;
        do {
          const page = await store.listText(reader, { limit: 100, cursor });
          for (const item of page.items) {
            const object = JSON.parse(item.json) as { type: string; object_marking_refs?: string[] };
            assert.ok(!(object.type === 'intrusion-set' && object.object_marking_refs?.length), 'no AMBER+STRICT set of another organisation');
            assert.notEqual(object.type === 'relationship' && (object as { relationship_type?: string }).relationship_type, 'uses', 'no relationship to a hidden set');
          }
          seen += page.items.length;
          cursor = page.next;
        } while (cursor);
        store.db.query = query;
        // fill: per group of five, a hidden set and its relationship; malware, indicator and the
        // indicates relationship seen; plus the marking definitions.
        assert.ok(seen >= 1800 && seen < 1900, `${seen} objects seen`);
        const checks = sent.filter((s) => s.sql.startsWith('SELECT o.seq AS seq FROM objects o'));
        assert.ok(checks.length >= 18, `${checks.length} check statements`);
        assert.deepEqual(sent.filter((s) => !s.prepared).map((s) => s.sql.slice(0, 60)), [], 'every statement of a page is prepared');
      }));
  }
});
