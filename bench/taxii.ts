/**
 * TAXII benchmark: `node --import tsx bench/taxii.ts [N]` (default N = 100,000).
 * Loads N synthetic objects (intrusion sets, malware, indicators, relationships; one in five is an
 * indicator) through Store.put in batches, starts `buildApp` on 127.0.0.1 in a child process (so
 * the load generator does not share its event loop), walks the default collection's Get Objects
 * pages (limit 100) once to collect every `next` cursor, then has autocannon replay those pages
 * (each request takes the next cursor in turn, as many clients walking `next` would) at 1, 16 and
 * 64 concurrent connections, with and without `match[type]=indicator`, for a bounded time each.
 * Prints requests/s and p50/p99 latency for SQLite and, when OPSTRACK_BENCH_PG_URL is set,
 * PostgreSQL. Target: p99 < 20 ms at 16 clients on SQLite. OPSTRACK_BENCH_SECONDS sets the
 * duration of each run (default 10). Requests authenticate as a TAXII client does, with HTTP Basic.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import type { StoreConfig } from '../src/storage/open-store.ts';
import { syntheticObject } from '../test/import/synthetic-bundle.ts';
import { freshPgDatabase } from './pg-database.ts';

const MIB = 1024 * 1024;
const BATCH = 1000;
const PAGE = 100;
const CONCURRENCY = [1, 16, 64];
const USER = 'bench';
const PASSWORD = 'bench-password-not-secret';
const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

/** Child: serve the app over an existing store until killed; prints `LISTENING <url>`. */
async function serve(target: string): Promise<void> {
  const store = await openOpsTrackStore(target.startsWith('postgres') ? { databaseUrl: target } : { sqliteFile: target });
  const app = await buildApp({ store, config: { logger: false, closeStore: true, web: false } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`LISTENING ${url}\n`);
  const stop = async () => {
    process.stderr.write(`server peak RSS ${((process.resourceUsage().maxRSS * 1024) / MIB).toFixed(0)} MiB\n`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
}

async function load(config: StoreConfig, n: number): Promise<{ seconds: number; indicators: number }> {
  const store = await openOpsTrackStore(config);
  try {
    const auth = new AuthRepository(store.db);
    const org = await auth.addOrg('bench-org');
    await auth.addUser({ name: USER, org: org.name, role: 'reader', password: PASSWORD });
    const t0 = performance.now();
    let indicators = 0;
    for (let start = 0; start < n; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const o = syntheticObject(i);
        if (o.type === 'indicator') indicators++;
        batch.push(o);
      }
      await store.put(batch, { ownerOrgId: org.id });
    }
    return { seconds: (performance.now() - t0) / 1000, indicators };
  } finally {
    await store.close();
  }
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

const authorization = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/** Walks Get Objects from the first page to the last; returns the path of every page. */
async function collectPages(url: string, objectsPath: string, filter: string): Promise<string[]> {
  const first = `${objectsPath}?limit=${PAGE}${filter}`;
  const paths = [first];
  let next: string | undefined;
  let objects = 0;
  do {
    const path = next ? `${first}&next=${encodeURIComponent(next)}` : first;
    const res = await fetch(url + path, { headers: { accept: TAXII_ACCEPT, authorization } });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    const env = (await res.json()) as { more?: boolean; next?: string; objects?: unknown[] };
    objects += env.objects?.length ?? 0;
    next = env.more ? env.next : undefined;
    if (next) paths.push(`${first}&next=${encodeURIComponent(next)}`);
  } while (next);
  process.stdout.write(`  ${paths.length} pages, ${objects} objects${filter ? ` (${filter.slice(1)})` : ''}\n`);
  return paths;
}

async function defaultObjectsPath(url: string): Promise<string> {
  const headers = { accept: TAXII_ACCEPT, authorization };
  const discovery = (await (await fetch(`${url}/taxii2/`, { headers })).json()) as { default: string };
  const root = new URL(discovery.default).pathname;
  const { collections } = (await (await fetch(`${url}${root}collections/`, { headers })).json()) as { collections: { id: string; title: string }[] };
  const def = collections.find((c) => c.title === 'default')!;
  return `${root}collections/${def.id}/objects/`;
}

/**
 * CPU seconds the server process has used (Linux /proc; undefined elsewhere). On a shared machine
 * latency mostly measures contention; server CPU per request is the figure that carries over.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return undefined;
  }
}

async function measure(url: string, paths: string[], connections: number, seconds: number, serverPid?: number) {
  const cpu0 = cpuSeconds(serverPid);
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { accept: TAXII_ACCEPT, authorization },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const cpu1 = cpuSeconds(serverPid);
  return {
    cpuMsPerRequest: cpu0 !== undefined && cpu1 !== undefined && result.requests.total > 0 ? ((cpu1 - cpu0) * 1000) / result.requests.total : undefined,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    total: result.requests.total,
  };
}

async function bench(backend: string, target: string, config: StoreConfig, n: number, seconds: number): Promise<void> {
  console.log(`\n== ${backend}: loading ${n} objects through Store.put (batches of ${BATCH})`);
  const loaded = await load(config, n);
  console.log(`  loaded in ${loaded.seconds.toFixed(1)} s (${Math.round(n / loaded.seconds)} objects/s), ${loaded.indicators} indicators`);
  const { url, child } = await startServer(target);
  try {
    const objectsPath = await defaultObjectsPath(url);
    const scenarios: [string, string][] = [['all types', ''], ['match[type]=indicator', '&match[type]=indicator']];
    for (const [name, filter] of scenarios) {
      const paths = await collectPages(url, objectsPath, filter);
      for (const c of CONCURRENCY) {
        const r = await measure(url, paths, c, seconds, child.pid);
        const cpu = r.cpuMsPerRequest === undefined ? '' : `, server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request`;
        console.log(
          `  ${backend.padEnd(8)} ${name.padEnd(22)} ${String(c).padStart(2)} clients: ${r.rps.toFixed(0).padStart(6)} req/s` +
            `  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  (${r.total} requests, ${r.errors} errors${cpu})`,
        );
      }
    }
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}


async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--serve') {
    const [, target] = argv;
    if (!target) throw new Error('--serve TARGET');
    return serve(target);
  }
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const seconds = Number(process.env.OPSTRACK_BENCH_SECONDS ?? 10);
  console.log(`TAXII Get Objects, limit ${PAGE}, ${seconds} s per run, ${CONCURRENCY.join('/')} concurrent clients`);
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-taxii-'));
  try {
    const file = join(dir, 'bench.db');
    await bench('sqlite', file, { sqliteFile: file }, n, seconds);
    const pgUrl = process.env.OPSTRACK_BENCH_PG_URL;
    if (!pgUrl) {
      console.log('\npostgres skipped: set OPSTRACK_BENCH_PG_URL to a server where a database may be created');
      return;
    }
    const db = await freshPgDatabase(pgUrl, 'opstrack_bench_taxii');
    try {
      await bench('postgres', db.url, { databaseUrl: db.url }, n, seconds);
    } finally {
      await db.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
