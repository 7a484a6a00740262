/**
 * Claim query benchmark: N claims (default 1,000,000) over 5,000 subjects and 200 parties, on
 * SQLite and, when OPSTRACK_BENCH_PG_URL (or DATABASE_URL) is set, PostgreSQL. Times the contested
 * query, the accuser-by-accused matrix (whole, one year, one sector) and one subject's claims, for
 * the system viewer and for a user of another organisation than the AMBER claims' owner (2% of the
 * claims are hidden from them; migration 044-claims-visibility decides that on the index rows).
 * Prints figures; asserts nothing.
 *
 * Loading: for speed, rows are written directly (prepared statements on SQLite, large multi-row
 * inserts on PostgreSQL): each claim's `objects` row as SqlStore.put would write it (JSON, version,
 * TLP and owner columns, so visibility works) and its claim-index rows with their TLP and owner; the
 * summary and restricted-count tables are rebuilt once at the end (rebuildClaimStats). The per-claim paths (Store.put + indexClaims) are what the tests cover.
 *
 *   npm run bench:claims                           # 1,000,000 claims on SQLite
 *   OPSTRACK_BENCH_CLAIMS=100000 npm run bench:claims
 *   OPSTRACK_BENCH_PG_URL=postgres://... npm run bench:claims
 *   OPSTRACK_BENCH_SQLITE=0 OPSTRACK_BENCH_PG_URL=postgres://... npm run bench:claims   # PostgreSQL only
 *   OPSTRACK_BENCH_CLAIMS_DB=/tmp/claims.db npm run bench:claims   # SQLite file kept; loaded once, reused (and upgraded) after
 *   OPSTRACK_BENCH_CLAIMS_PG_DB=claims_bench OPSTRACK_BENCH_PG_URL=... npm run bench:claims   # the same on PostgreSQL
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { makeClaim, parties, PARTIES, SUBJECTS } from './claim-fixture.ts';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openOpsTrackStore } from '../src/composition.ts';
import type { Store } from '../src/storage/store.ts';
import type { SqlDb } from '../src/storage/sql-db.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../src/model/viewer.ts';
import { tlpOf } from '../src/model/tlp.ts';
import { claimParty, type Claim } from '../src/model/claim.ts';
import { timestampKey } from '../src/storage/versions.ts';
import { sqliteConnectionOf } from '../src/storage/sqlite/sqlite-db.ts';
import { rebuildClaimStats, markClaimIndexCurrent } from '../src/claims/claim-index.ts';
import { accusationMatrix, claimTimeline, contestedSubjects, listClaims } from '../src/claims/claim-queries.ts';
import { ClaimService } from '../src/claims/claim-service.ts';

const N = Number(process.env.OPSTRACK_BENCH_CLAIMS ?? 1_000_000);
const BATCH = 10000;
const OWNER_ORG = 'org-bench-owner';

type Rows = Record<string, { columns: string[]; rows: unknown[][] }>;

/**
 * The rows the store and the claim index hold for a batch of claims. `objects` gets the columns
 * SqlStore.put fills for a claim (claims have no name, description or search text); the claim
 * tables get what indexClaims writes one claim at a time.
 */
function rowsOf(claims: Claim[], seq0: number, addedMs0: number): Rows {
  const out = {
    objects: { columns: ['seq', 'id', 'version', 'type', 'spec_version', 'date_added', 'revoked', 'created_by_ref', 'tlp', 'owner_org', 'object_json'], rows: [] as unknown[][] },
    claims: { columns: ['id', 'version', 'claimant_ref', 'party_ref', 'stance', 'made_on', 'source_ref', 'confidence', 'basis', 'measure', 'cameo_code', 'tlp', 'owner_org'], rows: [] as unknown[][] },
    claim_subjects: { columns: ['subject_ref', 'claim_id', 'stance'], rows: [] as unknown[][] },
    claim_addressees: { columns: ['addressee_ref', 'claim_id', 'party_ref', 'stance', 'made_on', 'tlp', 'owner_org'], rows: [] as unknown[][] },
    claim_sectors: { columns: ['sector', 'claim_id'], rows: [] as unknown[][] },
    claim_countries: { columns: ['country', 'claim_id'], rows: [] as unknown[][] },
    claim_responses: { columns: ['claim_id', 'responds_to'], rows: [] as unknown[][] },
  } satisfies Rows;
  claims.forEach((c, i) => {
    const party = claimParty(c);
    const version = timestampKey(c.modified);
    const tlp = tlpOf(c) ?? null;
    const owner = tlp === 'amber' ? OWNER_ORG : null;
    out.objects.rows.push([seq0 + i + 1, c.id, version, c.type, '2.1', new Date(addedMs0 + i).toISOString(), 0, null, tlp, owner, JSON.stringify(c)]);
    out.claims.rows.push([c.id, version, c.claimant_ref, party, c.stance, c.made_on, c.source_ref, c.confidence ?? null, null, null, null, tlp, owner]);
    for (const s of c.subject_refs ?? []) out.claim_subjects.rows.push([s, c.id, c.stance]);
    for (const a of c.addressee_refs ?? []) out.claim_addressees.rows.push([a, c.id, party, c.stance, c.made_on, tlp, owner]);
    for (const s of c.targeted_sectors ?? []) out.claim_sectors.rows.push([s, c.id]);
    for (const k of c.targeted_countries ?? []) out.claim_countries.rows.push([k, c.id]);
    for (const r of c.responds_to_refs ?? []) out.claim_responses.rows.push([c.id, r]);
  });
  return out;
}

async function writeRows(db: SqlDb, rows: Rows): Promise<void> {
  await db.transaction(async (tx) => {
    const sqlite = sqliteConnectionOf(tx);
    for (const [table, { columns, rows: values }] of Object.entries(rows)) {
      if (values.length === 0) continue;
      const one = `(${columns.map(() => '?').join(', ')})`;
      if (sqlite) {
        // A large page cache: random-UUID keys scatter inserts over every index.
        sqlite.raw.pragma('cache_size = -1048576');
        // better-sqlite3 with one prepared statement: the fastest way in.
        const stmt = sqlite.raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${one}`);
        for (const v of values) stmt.run(...v);
        continue;
      }
      const per = Math.max(1, Math.floor(20000 / columns.length)); // PostgreSQL takes 65,535 parameters
      for (let i = 0; i < values.length; i += per) {
        const part = values.slice(i, i + per);
        await tx.exec(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(part.length).fill(one).join(', ')}`, part.flat());
      }
    }
  });
}

async function load(store: Store): Promise<void> {
  const t0 = performance.now();
  const earlier: string[] = [];
  const [clock] = await store.db.query<{ last_seq: number | string }>('SELECT last_seq FROM store_clock WHERE id = 1');
  if (!clock) throw new Error('store_clock has no row 1');
  let seq = Number(clock.last_seq);
  const addedMs = Date.now();
  for (let done = 0; done < N; done += BATCH) {
    const claims = Array.from({ length: Math.min(BATCH, N - done) }, (_, i) => makeClaim(done + i, earlier));
    for (const c of claims) if (earlier.length < 50_000 && (c.stance === 'attributes' || c.stance === 'accuses')) earlier.push(c.id);
    await writeRows(store.db, rowsOf(claims, seq, addedMs + seq));
    seq += claims.length;
    if ((done / BATCH) % 40 === 39) {
      const s = (performance.now() - t0) / 1000;
      process.stdout.write(`  loaded ${(done + claims.length).toLocaleString('en')} claims in ${s.toFixed(0)} s\n`);
    }
  }
  await store.db.exec('UPDATE store_clock SET last_seq = ?, last_added_ms = ? WHERE id = 1', [seq, addedMs + seq]);
  const rows = (performance.now() - t0) / 1000;
  await rebuildClaimStats(store.db);
  await store.db.transaction((tx) => markClaimIndexCurrent(tx));
  await store.db.exec('ANALYZE');
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(`  loaded ${N.toLocaleString('en')} claims in ${s.toFixed(1)} s (rows ${rows.toFixed(1)} s, summaries and ANALYZE ${(s - rows).toFixed(1)} s)\n`);
}

/**
 * Median wall time of `runs` calls, and the median CPU time this process spent in them: on SQLite
 * (in-process, synchronous) the CPU figure is the query's own cost even on a crowded machine.
 */
async function time(label: string, fn: () => Promise<unknown>, runs = 7): Promise<void> {
  await fn(); // warm caches and statement cache
  const wall: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    const out = await fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
    size = Array.isArray(out) ? out.length : typeof out === 'object' && out && 'total' in out ? Number((out as { total: number }).total) : 0;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  process.stdout.write(
    `  ${label.padEnd(52)} wall p50 ${median(wall).toFixed(1).padStart(7)} ms   cpu p50 ${median(cpu).toFixed(1).padStart(7)} ms   rows ${size}\n`,
  );
}

async function queries(store: Store): Promise<void> {
  const db = store.db;
  const user: UserViewer = { kind: 'user', userId: 'user-bench', orgId: 'org-bench-other', role: 'reader' };
  const service = new ClaimService(store, store.db);
  // A busy subject: the one with most claims.
  const [busy] = await db.query<{ subject_ref: string; n_total: number }>('SELECT subject_ref, n_total FROM claim_subject_stats ORDER BY n_total DESC LIMIT 1');
  if (!busy) throw new Error('no claim subjects: nothing was loaded');
  const year = { from: '2024-01-01', to: '2024-12-31' };
  const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['user', user]];
  for (const [who, viewer] of viewers) {
    await time(`contested subjects (${who})`, () => contestedSubjects(db, viewer, { limit: 1000 }));
    await time(`matrix, all time (${who})`, () => accusationMatrix(db, viewer));
    await time(`matrix, one year (${who})`, () => accusationMatrix(db, viewer, year));
    await time(`matrix, one sector (${who})`, () => accusationMatrix(db, viewer, { sector: 'energy' }));
    await time(`one subject's claims, ${busy.n_total} (${who})`, () => listClaims(db, viewer, { subject: busy.subject_ref, limit: 1000 }));
  }
  await time('service.about(subject), grouped + names (user)', () => service.about(user, busy.subject_ref));
  await time('service.contested, with names (user)', () => service.contested(user, { limit: 100 }));
  await time('timeline by month, one party (system)', () => claimTimeline(db, SYSTEM, { party: parties[0], interval: 'month' }), 3);
}

async function run(label: string, open: () => Promise<Store>, dispose: (s: Store) => Promise<void>): Promise<void> {
  process.stdout.write(`\n${label}: ${N.toLocaleString('en')} claims, ${SUBJECTS} subjects, ${PARTIES} parties (load average ${loadavg()[0]!.toFixed(1)})\n`);
  const store = await open();
  try {
    const [loaded] = await store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claims');
    if (Number(loaded?.n ?? 0) === 0) await load(store);
    else process.stdout.write(`  reusing ${Number(loaded!.n).toLocaleString('en')} claims already in the database\n`);
    await queries(store);
  } finally {
    await dispose(store);
  }
  process.stdout.write(`  RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB\n`);
}

const keep = process.env.OPSTRACK_BENCH_CLAIMS_DB;
if (process.env.OPSTRACK_BENCH_SQLITE !== '0' && keep) {
  await run('SQLite', () => openOpsTrackStore({ sqliteFile: keep }), (s) => s.close());
} else if (process.env.OPSTRACK_BENCH_SQLITE !== '0') {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-claims-'));
  try {
    await run('SQLite', () => openOpsTrackStore({ sqliteFile: join(dir, 'bench.db') }), (s) => s.close());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pgUrl = process.env.OPSTRACK_BENCH_PG_URL ?? process.env.DATABASE_URL;
if (pgUrl) {
  const { default: pg } = await import('pg');
  // OPSTRACK_BENCH_CLAIMS_PG_DB names a database to load once and keep (as OPSTRACK_BENCH_CLAIMS_DB for SQLite).
  const kept = process.env.OPSTRACK_BENCH_CLAIMS_PG_DB;
  if (kept !== undefined && !/^[a-z_][a-z0-9_]*$/.test(kept)) throw new Error(`OPSTRACK_BENCH_CLAIMS_PG_DB: not a plain database name: ${kept}`);
  const name = kept ?? `opstrack_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  if (kept) await admin(`CREATE DATABASE ${name}`).catch(() => undefined); // already there: reused
  else await admin(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await run('PostgreSQL', () => openOpsTrackStore({ databaseUrl: url.toString() }), (s) => s.close());
  } finally {
    if (!kept) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
} else {
  process.stdout.write('\nPostgreSQL: skipped (set OPSTRACK_BENCH_PG_URL or DATABASE_URL)\n');
}
