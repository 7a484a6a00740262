/**
 * TAXII Add Objects benchmark: `node --import tsx bench/taxii-post.ts [N] [--envelope E] [--clients C]`
 * (defaults: N = 100,000 objects, envelopes of E = 5,000 objects (about 1.6 MB), C = 1 and 4
 * clients). Starts `buildApp` over a fresh store in a child process, then POSTs N synthetic
 * objects (bench/import.ts's kind) to the default collection as C clients each sending envelopes
 * one after another, and prints objects/s (N over the wall time until every 202 is in, after one
 * warm-up POST of 10 objects that starts the server's import threads) and the
 * server's peak RSS and CPU ms per 1,000 objects of its main thread and of its other threads (the
 * import workers, GC helpers; bench/thread-cpu.ts) and, on PostgreSQL, of the server's backends
 * serving the database (read from /proc when the server is local), for SQLite and, when OPSTRACK_BENCH_PG_URL (or DATABASE_URL) is set,
 * PostgreSQL. Target (issue 13): >= 20,000 objects/s. Requests authenticate with an API token.
 * OPSTRACK_BENCH_CHILD_PROF=DIR writes the server's CPU profiles (main thread and workers) to DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import type { StoreConfig } from '../src/storage/open-store.ts';
import { syntheticObject } from '../test/import/synthetic-bundle.ts';
import { freshPgDatabase } from './pg-database.ts';
import { cpuSince, processCpu, threadCpu } from './thread-cpu.ts';

const MIB = 1024 * 1024;
const TAXII = 'application/taxii+json;version=2.1';

/** Child: serve the app over an existing store until SIGTERM; prints `LISTENING <url>`. */
async function serve(target: string): Promise<void> {
  const store = await openOpsTrackStore(target.startsWith('postgres') ? { databaseUrl: target } : { sqliteFile: target });
  const app = await buildApp({ store, config: { logger: false, closeStore: true, web: false } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  // PostgreSQL: the server's backends serving this database (a backend opened meanwhile counts from 0).
  const backends = async () => !target.startsWith('postgres') ? new Map<number, number>()
    : processCpu((await store.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')).map((r) => Number(r.pid)));
  const serverBefore = await backends();
  const before = threadCpu();
  process.stdout.write(`LISTENING ${url}\n`);
  process.on('SIGTERM', () => {
    const after = threadCpu();
    void backends().then((serverAfter) => {
      if (before && after) {
        const c = cpuSince(before, after);
        const server = [...serverAfter].reduce((sum, [pid, ms]) => sum + ms - (serverBefore.get(pid) ?? 0), 0);
        process.stderr.write(`CPU ${c.main} ${c.started} ${c.helpers} ${server}\n`);
      }
      process.stderr.write(`RSS ${((process.resourceUsage().maxRSS * 1024) / MIB).toFixed(0)}\n`);
      return app.close();
    }).then(() => process.exit(0));
  });
}

async function prepare(config: StoreConfig): Promise<string> {
  const store = await openOpsTrackStore(config);
  try {
    await store.migrate();
    const auth = new AuthRepository(store.db);
    const org = await auth.addOrg('bench-org');
    const user = await auth.addUser({ name: 'bench', org: org.name, role: 'editor', password: 'bench-password-not-secret' });
    return (await auth.createToken(user.id, 'bench')).token;
  } finally {
    await store.close();
  }
}

interface ServerCpu {
  main: number;
  /** Threads started during the run: the import workers (their start-up included). */
  workers: number;
  /** Threads there before: V8's GC helpers, libuv's pool. */
  helpers: number;
  /** PostgreSQL's backends serving the database (0 on SQLite). */
  server: number;
}

async function startServer(target: string): Promise<{ child: ChildProcess; url: string; rss: Promise<number>; cpu: Promise<ServerCpu | undefined> }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...(process.env.OPSTRACK_BENCH_CHILD_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.OPSTRACK_BENCH_CHILD_PROF] : []), '--import', 'tsx', self, '--serve', target], { stdio: ['ignore', 'pipe', 'pipe'] });
  let rssText = '';
  child.stderr!.on('data', (d) => (rssText += d));
  const rss = once(child, 'exit').then(() => Number(/RSS (\d+)/.exec(rssText)?.[1] ?? NaN));
  const cpu = rss.then(() => {
    const m = /CPU (\d+) (\d+) (\d+) (\d+)/.exec(rssText);
    return m ? { main: Number(m[1]), workers: Number(m[2]), helpers: Number(m[3]), server: Number(m[4]) } : undefined;
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('LISTENING ')) return { child, url: line.slice('LISTENING '.length), rss, cpu };
  }
  throw new Error(`the server did not start:\n${rssText}`);
}

async function run(backend: string, config: StoreConfig, target: string, n: number, envelope: number, clients: number): Promise<void> {
  const token = await prepare(config);
  const server = await startServer(target);
  try {
    const headers = { authorization: `Bearer ${token}`, 'content-type': TAXII, accept: TAXII };
    const collections = (await (await fetch(`${server.url}/taxii2/opstrack/collections/`, { headers })).json()) as { collections: Array<{ id: string; can_write: boolean }> };
    const target = collections.collections.find((c) => c.can_write);
    if (!target) throw new Error('no writable collection');
    const bodies: string[] = [];
    for (let start = 0; start < n; start += envelope) {
      bodies.push(JSON.stringify({ objects: Array.from({ length: Math.min(envelope, n - start) }, (_, k) => syntheticObject(start + k)) }));
    }
    // One warm-up POST of 10 further objects before the clock starts: the server starts its import
    // threads on the first POST it reads, a cost of its first request, not of its throughput.
    const warm = await fetch(`${server.url}/taxii2/opstrack/collections/${target.id}/objects/`, {
      method: 'POST', headers, body: JSON.stringify({ objects: Array.from({ length: 10 }, (_, k) => syntheticObject(n + k)) }),
    });
    if (warm.status !== 202) throw new Error(`the warm-up POST answered ${warm.status}: ${await warm.text()}`);
    await warm.arrayBuffer().catch(() => undefined);
    let next = 0;
    let stored = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const res = await fetch(`${server.url}/taxii2/opstrack/collections/${target.id}/objects/`, { method: 'POST', headers, body });
        const status = (await res.json()) as { success_count?: number };
        if (res.status !== 202) throw new Error(`POST answered ${res.status}: ${JSON.stringify(status)}`);
        stored += status.success_count ?? 0;
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    server.child.kill('SIGTERM');
    const rss = await server.rss;
    const cpu = await server.cpu;
    const per = (ms: number) => (ms / (n / 1000)).toFixed(1);
    console.log(`${backend.padEnd(8)} ${n} objects in envelopes of ${envelope}, ${clients} client(s): ${seconds.toFixed(2)} s, ${Math.round(n / seconds)} objects/s, ${stored} stored, server peak RSS ${rss} MiB` +
      (cpu ? `; server CPU ms per 1000 objects: main thread ${per(cpu.main)}, other threads (import workers, GC) ${per(cpu.workers + cpu.helpers)}` +
        ` [workers ${per(cpu.workers)}, GC/helpers ${per(cpu.helpers)}]${backend === 'postgres' ? `, PostgreSQL server ${per(cpu.server)}` : ''}` : ''));
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--serve') return serve(argv[1]!);
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const envelope = option('--envelope', 5000);
  const clientCounts = argv.includes('--clients') ? [option('--clients', 1)] : [1, 4];
  const n = Number(argv.find((a, i) => /^\d+$/.test(a) && !argv[i - 1]?.startsWith('--')) ?? 100_000);
  const pgUrl = process.env.OPSTRACK_BENCH_PG_URL ?? process.env.DATABASE_URL;
  for (const clients of clientCounts) {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-taxii-post-'));
    try {
      const file = join(dir, 'bench.db');
      await run('sqlite', { sqliteFile: file }, file, n, envelope, clients);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (!pgUrl) {
      console.log('postgres skipped: set OPSTRACK_BENCH_PG_URL (or DATABASE_URL) to a server where a database may be created');
      continue;
    }
    const db = await freshPgDatabase(pgUrl);
    try {
      await run('postgres', { databaseUrl: db.url }, db.url, n, envelope, clients);
    } finally {
      await db.drop();
    }
  }
}

await main(process.argv.slice(2));
