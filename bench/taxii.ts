/**
 * TAXII read benchmark (issue 13, deliverable 5): `node --import tsx bench/taxii.ts [N ...]`
 * (default 100000 1000000). For each N and backend (SQLite; PostgreSQL when OPSTRACK_BENCH_PG_URL
 * names a server where a database may be created):
 *
 * - loads N objects straight into the tables (bench/object-fixture.ts: bulk insert, not the API;
 *   modelled on the ../shared/bench/taxii_perf.py dataset, one object in five TLP:AMBER+STRICT of
 *   organisation alpha, with one in five a relationship where taxii_perf.py has an indicator, so its
 *   reader pages cost more than perf_run.sh's: see object-fixture.ts), and prints the load rate;
 * - in process, the CPU cost of one page (Store.listText, limit 100) for the system viewer and for
 *   a reader of another organisation, first page and a page in the middle (`next` from half way);
 * - over HTTP, with the server in a child process and wrk as the client (load-generator.ts): the discovery
 *   endpoint's rate (the server's ceiling on this machine), then Get Objects (limit 100) first and
 *   middle pages as the owner organisation's editor (sees every object) and as the reader of
 *   another organisation, at 1 and 16 clients: pages/s, p50 and p99 latency, server CPU per page.
 *
 * - `opstrack serve --workers 1` against `--workers 2` on the same store: middle pages as the reader
 *   of another organisation and discovery, 16 clients, pages/s, p99 and the CPU per page of the
 *   whole process tree (primary and workers); the ratio of 2 processes to 1.
 *
 * OPSTRACK_BENCH_SECONDS sets each HTTP run's duration (default 10); OPSTRACK_BENCH_SQLITE=0 skips
 * SQLite; OPSTRACK_BENCH_WORKERS=0 skips the --workers comparison; OPSTRACK_BENCH_PG_PID (the
 * postmaster's pid, of a cluster only the benchmark uses) adds PostgreSQL's CPU to the server's. OPSTRACK_BENCH_CACHE=DIR keeps the
 * loaded stores between runs (SQLite: DIR/taxii-N.db; PostgreSQL: database opstrack_bench_taxii_N,
 * kept rather than dropped) and reuses them when present. The machine's load average is printed: on
 * a shared machine wall-clock rates move with the other work, so read pages against discovery and
 * the server's CPU milliseconds per page, which do not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { SYSTEM, type Viewer } from '../src/model/viewer.ts';
import { encodeCursor } from '../src/storage/cursor.ts';
import type { StoreConfig } from '../src/storage/open-store.ts';
import type { Store } from '../src/storage/store.ts';
import { benchUsers, bulkLoad, READER, WRITER } from './object-fixture.ts';
import { freshPgDatabase, keptPgDatabase } from './pg-database.ts';
import { httpLoad, useWrk } from './load-generator.ts';
import { serveCli } from './serve-cli.ts';

const MIB = 1024 * 1024;
const PAGE = 100;
const CLIENTS = [1, 16];
const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

/** Child: serve the app over an existing store until killed; prints `LISTENING <url>`. */
async function serve(target: string): Promise<void> {
  const store = await openOpsTrackStore(target.startsWith('postgres') ? { databaseUrl: target } : { sqliteFile: target });
  const app = await buildApp({ store, config: { logger: false, closeStore: true, web: false } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`LISTENING ${url}\n`);
  process.on('SIGTERM', () => {
    process.stderr.write(`  server peak RSS ${((process.resourceUsage().maxRSS * 1024) / MIB).toFixed(0)} MiB\n`);
    void app.close().then(() => process.exit(0));
  });
}

async function startServer(target: string): Promise<{ url: string; child: ChildProcess }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('LISTENING ')) return { url: line.slice('LISTENING '.length), child };
  }
  throw new Error(`server child exited (${child.exitCode}) before listening`);
}

/** The ids of a process's living children (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (text) out.push(...text.split(/\s+/).map(Number));
  }
  return out;
}

/** CPU seconds a process and its living descendants have used (Linux /proc; undefined elsewhere). */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    let total = (Number(fields[11]) + Number(fields[12])) / 100;
    for (const child of childrenOf(pid!)) total += cpuSeconds(child) ?? 0;
    return total;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of the server: its process tree, plus the PostgreSQL server's (postmaster and
 * backends) when OPSTRACK_BENCH_PG_PID names the postmaster of a cluster only this benchmark uses.
 */
function serverCpu(pid: number | undefined): number | undefined {
  const own = cpuSeconds(pid);
  const pg = onPostgres ? process.env.OPSTRACK_BENCH_PG_PID : undefined;
  return own === undefined || !pg ? own : own + (cpuSeconds(Number(pg)) ?? 0);
}

/** Whether the server being measured reads PostgreSQL. */
let onPostgres = false;

const basic = (u: { name: string; password: string }) => `Basic ${Buffer.from(`${u.name}:${u.password}`).toString('base64')}`;

async function measure(url: string, path: string, who: { name: string; password: string }, connections: number, seconds: number, pid?: number) {
  const cpu0 = serverCpu(pid);
  const result = await httpLoad({ url, paths: [path], connections, seconds, headers: { accept: TAXII_ACCEPT, authorization: basic(who) } });
  const cpu1 = serverCpu(pid);
  const total = result.total;
  return {
    ...result,
    cpuMs: cpu0 !== undefined && cpu1 !== undefined && total > 0 ? ((cpu1 - cpu0) * 1000) / total : undefined,
  };
}

/** In-process CPU milliseconds per page of Store.listText (median of 5 runs of 50 pages). */
async function pageCpu(store: Store, viewer: Viewer, cursor: string | undefined): Promise<{ ms: number; objects: number }> {
  const runs: number[] = [];
  let objects = 0;
  for (let r = 0; r < 6; r++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 50; i++) objects = (await store.listText(viewer, { limit: PAGE, cursor, maxBytes: MIB })).items.length;
    const c = process.cpuUsage(c0);
    if (r > 0) runs.push((c.user + c.system) / 1000 / 50);
  }
  return { ms: runs.sort((a, b) => a - b)[2]!, objects };
}

async function bench(backend: string, target: string, config: StoreConfig, n: number, seconds: number): Promise<void> {
  onPostgres = backend === 'postgres';
  console.log(`\n== ${backend}, ${n.toLocaleString('en')} objects (load average ${os.loadavg()[0]!.toFixed(1)}; load generator ${useWrk() ? 'wrk' : 'autocannon'})`);
  const store = await openOpsTrackStore(config);
  let middle: string;
  try {
    const [held] = await store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM objects');
    const [bobThere] = await store.db.query<{ id: string }>('SELECT id FROM auth_users WHERE name = ?', [READER.name]);
    // A new store holds only the TLP marking definitions (a few objects) besides what is loaded.
    if (bobThere && Number(held!.n) >= n && Number(held!.n) < n + 100) console.log(`  reusing the loaded store (${n.toLocaleString('en')} objects)`);
    else {
      if (bobThere || Number(held!.n) >= 100) throw new Error(`${target} holds ${held!.n} objects, not ${n}: remove it to reload`);
      const alpha = await benchUsers(store);
      const loadSeconds = await bulkLoad(store, n, alpha, { onProgress: (done) => { if (done % 500_000 === 0) process.stdout.write(`  loaded ${done.toLocaleString('en')}\n`); } });
      console.log(`  bulk load: ${loadSeconds.toFixed(1)} s (${Math.round(n / loadSeconds).toLocaleString('en')} objects/s)`);
    }
    const [max] = await store.db.query<{ seq: number | string }>('SELECT MAX(seq) AS seq FROM objects');
    middle = encodeCursor(Math.floor(Number(max!.seq) / 2));
    const [beta] = await store.db.query<{ id: string }>('SELECT id FROM auth_orgs WHERE name = ?', [READER.org]);
    const [bob] = await store.db.query<{ id: string }>('SELECT id FROM auth_users WHERE name = ?', [READER.name]);
    const reader: Viewer = { kind: 'user', userId: bob!.id, orgId: beta!.id, role: 'reader' };
    for (const [who, viewer] of [['system viewer', SYSTEM], ['reader, other org', reader]] as const) {
      for (const [where, cursor] of [['first', undefined], ['middle', middle]] as const) {
        const r = await pageCpu(store, viewer, cursor);
        console.log(`  in process  ${who.padEnd(18)} ${where.padEnd(6)} page: ${r.ms.toFixed(2)} ms CPU (${r.objects} objects)`);
      }
    }
  } finally {
    await store.close();
  }
  const { url, child } = await startServer(target);
  try {
    const objects = await objectsPath(url);
    const line = (label: string, c: number, r: Awaited<ReturnType<typeof measure>>, ceiling?: number) =>
      console.log(
        `  ${label.padEnd(36)} ${String(c).padStart(2)} clients: ${r.rps.toFixed(0).padStart(6)} /s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms` +
          `${ceiling ? `  ${((100 * r.rps) / ceiling).toFixed(0).padStart(3)}% of discovery` : ''}` +
          `${r.cpuMs === undefined ? '' : `  server ${r.cpuMs.toFixed(2)} ms CPU`}  (${r.total} requests, ${r.errors} errors)`,
      );
    const ceiling = new Map<number, number>();
    for (const c of CLIENTS) {
      const r = await measure(url, '/taxii2/', READER, c, seconds, child.pid);
      ceiling.set(c, r.rps);
      line('discovery (ceiling)', c, r);
    }
    for (const [who, user] of [['owner org editor', WRITER], ['reader, other org', READER]] as const) {
      // Warm up: the first Basic request of a user costs a bcrypt check (cached afterwards).
      await fetch(`${url}${objects}?limit=${PAGE}`, { headers: { accept: TAXII_ACCEPT, authorization: basic(user) } });
      for (const [where, path] of [['first', `${objects}?limit=${PAGE}`], ['middle', `${objects}?limit=${PAGE}&next=${middle}`]] as const) {
        for (const c of CLIENTS) line(`${where} page, ${who}`, c, await measure(url, path, user, c, seconds, child.pid), ceiling.get(c));
      }
    }
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  if (process.env.OPSTRACK_BENCH_WORKERS !== '0') await workersBench(config, middle, seconds);
}

/** Pages/s of one `serve` process against two on the same store (the load generator shares the machine). */
async function workersBench(config: StoreConfig, middle: string, seconds: number): Promise<void> {
  const c = 16;
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const { url, child } = await serveCli(config, workers);
    try {
      const objects = await objectsPath(url);
      const path = `${objects}?limit=${PAGE}&next=${middle}`;
      // Every process checks the password once (bcrypt), then caches it.
      for (let i = 0; i < 4 * workers; i++) await fetch(url + path, { headers: { accept: TAXII_ACCEPT, authorization: basic(READER) } });
      const discovery = await measure(url, '/taxii2/', READER, c, seconds, child.pid);
      const r = await measure(url, path, READER, c, seconds, child.pid);
      rates.push(r.rps);
      console.log(
        `  serve --workers ${workers}: middle pages, reader other org ${c} clients: ${r.rps.toFixed(0).padStart(6)} /s  p50 ${r.p50} ms  p99 ${r.p99} ms` +
          `${r.cpuMs === undefined ? '' : `  server ${r.cpuMs.toFixed(2)} ms CPU`}  (${r.errors} errors);  discovery ${discovery.rps.toFixed(0)} /s`,
      );
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
  console.log(`  serve --workers 2 / 1: ${(rates[1]! / rates[0]!).toFixed(2)}x pages/s`);
}

/** The default collection's objects path, found through discovery. */
async function objectsPath(url: string): Promise<string> {
  const headers = { accept: TAXII_ACCEPT, authorization: basic(READER) };
  const discovery = (await (await fetch(`${url}/taxii2/`, { headers })).json()) as { default: string };
  const root = new URL(discovery.default, url).pathname;
  const { collections } = (await (await fetch(`${url}${root}collections/`, { headers })).json()) as { collections: { id: string; title: string }[] };
  return `${root}collections/${collections.find((c) => c.title === 'default')!.id}/objects/`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--serve') return serve(argv[1]!);
  const sizes = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  const seconds = Number(process.env.OPSTRACK_BENCH_SECONDS ?? 10);
  console.log(`TAXII Get Objects, limit ${PAGE}, ${seconds} s per run, ${CLIENTS.join(' and ')} clients; ${os.cpus().length} CPUs`);
  for (const n of sizes.length ? sizes : [100_000, 1_000_000]) {
    const cache = process.env.OPSTRACK_BENCH_CACHE;
    if (process.env.OPSTRACK_BENCH_SQLITE !== '0') {
      if (cache) mkdirSync(cache, { recursive: true });
      const dir = cache ?? mkdtempSync(join(tmpdir(), 'opstrack-bench-taxii-'));
      try {
        const file = join(dir, cache ? `taxii-${n}.db` : 'bench.db');
        if (cache && existsSync(file)) console.log(`\n(SQLite store kept in ${file})`);
        await bench('sqlite', file, { sqliteFile: file }, n, seconds);
      } finally {
        if (!cache) rmSync(dir, { recursive: true, force: true });
      }
    }
    const pgUrl = process.env.OPSTRACK_BENCH_PG_URL;
    if (!pgUrl) {
      console.log('\npostgres skipped: set OPSTRACK_BENCH_PG_URL to a server where a database may be created');
      continue;
    }
    const db = cache ? await keptPgDatabase(pgUrl, `opstrack_bench_taxii_${n}`) : await freshPgDatabase(pgUrl, 'opstrack_bench_taxii');
    try {
      await bench('postgres', db.url, { databaseUrl: db.url }, n, seconds);
    } finally {
      if (!cache) await db.drop();
    }
  }
}

await main(process.argv.slice(2));
