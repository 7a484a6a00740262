/**
 * Statement benchmark (one statement, many sources): N claims (default 20,000) written through
 * Store.put in batches of 1,000, so the claim index and the statement grouping run on write as in
 * production, over 2,000 statement keys (claimant, stance, addressee, subject) and dates spread over
 * two years; 2% of the claims are AMBER and owned by another organisation. Prints the write rate and
 * the times of the statement queries for the system viewer, for a user who must not count the
 * hidden claims, and for a user of the organisation owning them. SQLite by default; PostgreSQL with OPSTRACK_BENCH_PG_URL. Asserts nothing.
 *
 *   node --import tsx bench/statements.ts
 *   OPSTRACK_BENCH_CLAIMS=100000 node --import tsx bench/statements.ts
 *   OPSTRACK_BENCH_CLAIMS=100000 OPSTRACK_BENCH_KEYS=50000 node --import tsx bench/statements.ts   # many statements of few sources
 *   OPSTRACK_BENCH_STATEMENTS_DB=/tmp/st.db ...   # keeps the SQLite file; run again to time the queries only
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { seededRandom } from './seeded-random.ts';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openOpsTrackStore } from '../src/composition.ts';
import type { Store } from '../src/storage/store.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../src/model/viewer.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE, type Claim, type ClaimStance } from '../src/model/claim.ts';
import type { StixObject } from '../src/model/stix/core.ts';
import { hashUuid } from '../src/knowledge/ids.ts';
import { contestedStatements, countStatements, listStatements, statementMatrix, statementTimeline } from '../src/claims/statement-queries.ts';

const N = Number(process.env.OPSTRACK_BENCH_CLAIMS ?? 20_000);
const KEYS = Number(process.env.OPSTRACK_BENCH_KEYS ?? 2000);
const BATCH = 1000;
const OTHER_ORG = 'org-bench-other';
const STANCES: ClaimStance[] = ['attributes', 'accuses', 'denies', 'warns'];
const SECTORS = ['energy', 'telecommunications', 'finance', 'government', 'defense', 'healthcare', 'transportation', 'water', 'technology', 'media'];

// mulberry32 (seeded-random.ts): the hand-rolled LCG this replaced multiplied past 2^53, lost its low
// bits and cycled after a few thousand draws, so every run held only about 2,200 distinct statements
const rng = seededRandom(20241220);
const random = () => rng.next();
const id = (type: string, ...parts: (string | number)[]) => `${type}--${hashUuid('bench-statements', type, ...parts.map(String))}`;

function claim(i: number): Claim {
  const key = Math.floor(random() * KEYS);
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
  const amber = random() < 0.02;
  return {
    type: CLAIM_TYPE, spec_version: '2.1', id: id(CLAIM_TYPE, i) as Claim['id'], created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
    claimant_ref: id('identity', key % 200), stance: STANCES[Math.floor(key / 500) % STANCES.length]!,
    subject_refs: [id('intrusion-set', (key % 500) + 500 * Math.floor(key / 2000))], addressee_refs: [id('location', key % 50)],
    made_on: day, source_ref: id('report', Math.floor(i / 3)),
    evidence: { text: `passage ${i}`, lang: 'en' },
    // two claims in three name a targeted sector, one of ten
    ...(random() < 0.67 ? { targeted_sectors: [SECTORS[Math.floor(random() * SECTORS.length)]!] } : {}),
    ...(amber ? { object_marking_refs: [tlpMarkingId('amber')] } : {}),
    extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
  } as Claim;
}

async function time(label: string, fn: () => Promise<unknown>, runs = 5): Promise<void> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  process.stdout.write(`  ${label.padEnd(52)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms\n`);
}

async function run(store: Store, backend: string, reuse = false): Promise<void> {
  const t0 = performance.now();
  for (let i = 0; i < (reuse ? 0 : N); i += BATCH) {
    const batch: StixObject[] = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) batch.push(claim(j));
    const open = batch.filter((c) => !c.object_marking_refs);
    const marked = batch.filter((c) => c.object_marking_refs);
    await store.put(open);
    if (marked.length) await store.put(marked, { ownerOrgId: OTHER_ORG });
  }
  const secs = (performance.now() - t0) / 1000;
  const [n] = await store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claim_statements');
  const [claims] = await store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claims');
  if (reuse) process.stdout.write(`${backend}: ${claims?.n} claims kept from an earlier run, ${n?.n} statements; load ${loadavg()[0]!.toFixed(1)}\n`);
  else process.stdout.write(`${backend}: ${N} claims written with grouping on write in ${secs.toFixed(1)} s (${Math.round(N / secs)} claims/s), ${n?.n} statements; load ${loadavg()[0]!.toFixed(1)}\n`);
  const user: UserViewer = { kind: 'user', userId: 'bench-user', orgId: 'org-bench-reader', role: 'reader' };
  // a user of the organisation owning the AMBER claims: their counts add the restricted statements they own
  const owner: UserViewer = { kind: 'user', userId: 'bench-owner', orgId: OTHER_ORG, role: 'reader' };
  const subject = id('intrusion-set', 7);
  for (const [who, viewer] of [['system', SYSTEM], ['user', user], ['owner', owner]] as Array<[string, Viewer]>) {
    await time(`contested subjects (${who})`, () => contestedStatements(store.db, viewer, { limit: 1000 }));
    await time(`matrix, all time (${who})`, () => statementMatrix(store.db, viewer));
    await time(`matrix, one year (${who})`, () => statementMatrix(store.db, viewer, { from: '2024-01-01', to: '2024-12-31' }));
    await time(`matrix, 2024-03-15 to 2025-03-14 (${who})`, () => statementMatrix(store.db, viewer, { from: '2024-03-15', to: '2025-03-14' }));
    await time(`matrix, one sector, one year (${who})`, () => statementMatrix(store.db, viewer, { sector: 'energy', from: '2024-01-01', to: '2024-12-31' }));
    await time(`matrix, one sector (${who})`, () => statementMatrix(store.db, viewer, { sector: 'energy' }));
    await time(`statements counted, all (${who})`, () => countStatements(store.db, viewer));
    await time(`latest 50 statements, with sources (${who})`, () => listStatements(store.db, viewer, { limit: 50 }));
    await time(`one subject's statements, with sources (${who})`, () => listStatements(store.db, viewer, { subject, limit: 200 }));
    await time(`timeline by month, one subject (${who})`, () => statementTimeline(store.db, viewer, { subject, interval: 'month' }));
  }
}

// OPSTRACK_BENCH_STATEMENTS_DB=FILE keeps the SQLite database in FILE, and a later run with the file
// there times the queries over it without writing again (to time them on a quiet machine).
const kept = process.env.OPSTRACK_BENCH_STATEMENTS_DB;
if (process.env.OPSTRACK_BENCH_SQLITE !== '0') {
  const dir = kept ? undefined : mkdtempSync(join(tmpdir(), 'opstrack-bench-statements-'));
  const reuse = kept !== undefined && existsSync(kept);
  const store = await openOpsTrackStore({ sqliteFile: kept ?? join(dir!, 'bench.db') });
  try {
    await run(store, 'SQLite', reuse);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
const pgUrl = process.env.OPSTRACK_BENCH_PG_URL;
if (pgUrl) {
  const store = await openOpsTrackStore({ databaseUrl: pgUrl });
  try {
    await run(store, 'PostgreSQL');
  } finally {
    await store.close();
  }
}
