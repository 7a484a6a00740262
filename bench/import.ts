/**
 * Import benchmark: `node --import tsx bench/import.ts [N ...] [--batch-size B] [--claims]` (default N =
 * 100,000; e.g. `bench/import.ts 100000 1000000`). For each N, writes a bundle of N synthetic
 * valid objects (intrusion sets, malware, indicators and the relationships between them, about
 * 315 bytes each) to a temp dir, then imports it through the CLI's importer (the worker-thread
 * pipeline, ownership checks and store hooks included) into a fresh SQLite database and, when
 * OPSTRACK_BENCH_PG_URL or DATABASE_URL is set, into a fresh PostgreSQL database. Each backend
 * runs in its own child process so peak RSS is its own (worker threads included). Prints
 * objects/s and peak RSS, and, because wall-clock rates mean little on a busy machine, what the
 * import COSTS: CPU ms per 1,000 objects of the main thread (the one writer) and of the other
 * threads (the worker threads that parse and validate, and V8's GC helpers), read per thread from
 * /proc (bench/thread-cpu.ts); SQL statements per object (those OpsTrack issues, counted at the
 * driver; statements run by triggers are not); and the rate those costs allow on this machine's
 * cores when nothing else runs ("CPU ceiling": the writer's cost, or the whole cost spread over
 * every core, whichever binds). PostgreSQL's own CPU is not in the importer's figures; when the
 * server runs on this machine, the CPU of its backends serving the import's database is read from
 * /proc and printed apart (autovacuum and the WAL writer are not), and counted in the ceiling, since
 * it shares the cores. Targets (issue 13):
 * 1,000,000 objects at >= 100,000 objects/s on SQLite under 1 GiB RSS. `--claims` imports N
 * synthetic claims instead (bench/claim-fixture.ts, as bench/claims.ts loads them), through the
 * claim index, statement grouping and watch outbox hooks. OPSTRACK_IMPORT_WORKERS
 * sets the number of worker threads.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundleFile, type ImportSummary } from '../src/import/bundle-importer.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { writeSyntheticBundle } from '../test/import/synthetic-bundle.ts';
import { makeClaim } from './claim-fixture.ts';
import { freshPgDatabase } from './pg-database.ts';
import { cpuSince, processCpu, threadCpu } from './thread-cpu.ts';

interface RunResult {
  backend: string;
  seconds: number;
  /** CPU time (user + system) of the importing process, worker threads included; excludes the PostgreSQL server. */
  cpuSeconds: number;
  maxRssMiB: number;
  /** CPU ms of the main thread (the writer), of the threads started during the import (workers), and of the others (GC helpers). */
  cpuMs?: { main: number; started: number; helpers: number };
  /** PostgreSQL: CPU ms of the server's backends serving this database (when the server runs on this machine). */
  serverCpuMs?: number;
  /** SQL statements OpsTrack sent to the database during the import. */
  statements: number;
  workers: string;
  summary: Pick<ImportSummary, 'read' | 'new' | 'unchanged' | 'rejected' | 'conflicts' | 'batches'>;
}

const MIB = 1024 * 1024;

/** Counts the statements the drivers run (better-sqlite3's statements and exec, pg's Client.query). */
async function countStatements(backend: string): Promise<{ count: number }> {
  const counter = { count: 0 };
  const wrap = (proto: Record<string, unknown>, names: string[]) => {
    for (const name of names) {
      const original = proto[name] as (...args: unknown[]) => unknown;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        counter.count++;
        return original.apply(this, args);
      };
    }
  };
  if (backend === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const probe = new Database(':memory:');
    wrap(Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>, ['run', 'all', 'get', 'iterate']);
    wrap(Database.prototype as unknown as Record<string, unknown>, ['exec']);
    probe.close();
  } else {
    const { default: pg } = await import('pg');
    wrap(pg.Client.prototype as unknown as Record<string, unknown>, ['query']);
  }
  return counter;
}

/** Child: import FILE into one backend and print the result as one JSON line. */
async function runChild(backend: string, file: string, target: string, batchSize: number): Promise<void> {
  const counter = await countStatements(backend);
  const store = await openOpsTrackStore(backend === 'sqlite' ? { sqliteFile: target } : { databaseUrl: target });
  try {
    await store.migrate();
    // The backends of this database: their CPU before and after (a backend the pool opens meanwhile counts from 0).
    const backends = async () => backend === 'sqlite' ? new Map<number, number>()
      : processCpu((await store.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')).map((r) => Number(r.pid)));
    const serverBefore = await backends();
    const threadsBefore = threadCpu();
    const statementsBefore = counter.count;
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const summary = await importBundleFile(store, file, { batchSize });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const threadsAfter = threadCpu();
    const statements = counter.count - statementsBefore;
    const serverAfter = await backends();
    const serverCpuMs = serverAfter.size === 0 ? undefined : [...serverAfter].reduce((sum, [pid, ms]) => sum + ms - (serverBefore.get(pid) ?? 0), 0);
    const { read, new: added, unchanged, rejected, conflicts, batches } = summary;
    const result: RunResult = {
      backend,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MIB,
      ...(threadsBefore && threadsAfter ? { cpuMs: cpuSince(threadsBefore, threadsAfter) } : {}),
      statements,
      ...(serverCpuMs !== undefined ? { serverCpuMs } : {}),
      workers: process.env.OPSTRACK_IMPORT_WORKERS ?? 'default',
      summary: { read, new: added, unchanged, rejected, conflicts, batches },
    };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
}

function spawnRun(backend: string, file: string, target: string, batchSize: number): RunResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...(process.env.OPSTRACK_BENCH_CHILD_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.OPSTRACK_BENCH_CHILD_PROF] : []), '--import', 'tsx', self, '--child', backend, file, target, String(batchSize)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MIB,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !line) throw new Error(`${backend} run failed (exit ${child.status}):\n${child.stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as RunResult;
}


/** `--claims`: a bundle of `count` synthetic claims (bench/claim-fixture.ts), to import with the claim index and statements kept. */
async function writeClaimBundle(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"type":"bundle","id":"bundle--00000000-0000-4000-8000-00000000c1a1","objects":[\n');
  const earlier: string[] = [];
  for (let i = 0; i < count; i++) {
    const claim = makeClaim(i, earlier);
    earlier.push(claim.id);
    await write(JSON.stringify(claim) + (i === count - 1 ? '\n' : ',\n'));
  }
  await write(']}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}

function report(n: number, bytes: number, r: RunResult): void {
  const s = r.summary;
  const per = (ms: number) => (ms / (n / 1000)).toFixed(1);
  console.log(
    `${r.backend.padEnd(8)} ${n} objects (${(bytes / MIB).toFixed(0)} MiB, ${Math.round(bytes / n)} bytes an object): ${r.seconds.toFixed(2)} s, ` +
      `${Math.round(n / r.seconds)} objects/s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB, importer CPU ${r.cpuSeconds.toFixed(2)} s ` +
      `[new ${s.new}, unchanged ${s.unchanged}, rejected ${s.rejected}, conflicts ${s.conflicts}, ${s.batches} batches]`,
  );
  const server = r.serverCpuMs !== undefined ? `; PostgreSQL server (this database's backends) ${per(r.serverCpuMs)} CPU ms per 1000 objects` : '';
  const statements = `${(r.statements / n).toFixed(3)} SQL statements an object${server}`;
  if (!r.cpuMs) {
    console.log(`         ${statements}; per-thread CPU unavailable (no /proc)`);
    return;
  }
  const { main, started, helpers } = r.cpuMs;
  const cores = availableParallelism();
  const total = main + started + helpers;
  // One writer: it alone bounds the rate; and everything together cannot use more than every core.
  const ceiling = Math.round(n / (Math.max(main, (total + (r.serverCpuMs ?? 0)) / cores) / 1000));
  console.log(
    `         CPU ms per 1000 objects: writer (main thread) ${per(main)}, workers ${per(started)}, GC/helper threads ${per(helpers)}, ` +
      `total ${per(total)}; ${statements}; workers ${r.workers}; CPU ceiling on ${cores} cores ${ceiling} objects/s`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    // The parent process (above) passes all four.
    const [, backend, file, target, batchSize] = argv;
    if (!backend || !file || !target || !batchSize) throw new Error('--child BACKEND FILE TARGET BATCH_SIZE');
    return runChild(backend, file, target, Number(batchSize));
  }
  const bi = argv.indexOf('--batch-size');
  const batchSize = bi >= 0 ? Number(argv[bi + 1]) : 1000;
  const claims = argv.includes('--claims');
  const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--batch-size').map(Number);
  if (sizes.length === 0) sizes.push(100_000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(batchSize) || batchSize < 1) throw new Error('usage: bench/import.ts [N ...] [--batch-size B] [--claims]');
  const pgUrl = process.env.OPSTRACK_BENCH_PG_URL ?? process.env.DATABASE_URL;
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-import-'));
    try {
      const file = join(dir, 'bundle.json');
      const t0 = performance.now();
      const bytes = claims ? await writeClaimBundle(file, n) : await writeSyntheticBundle(file, n);
      console.log(`generated ${n} ${claims ? 'claims' : 'objects'}, ${(bytes / MIB).toFixed(1)} MiB (${Math.round(bytes / n)} bytes an object) in ${((performance.now() - t0) / 1000).toFixed(1)} s; batch size ${batchSize}`);

      report(n, bytes, spawnRun('sqlite', file, join(dir, 'bench.db'), batchSize));

      if (!pgUrl) {
        console.log('postgres skipped: set OPSTRACK_BENCH_PG_URL (or DATABASE_URL) to a server where a database may be created');
        continue;
      }
      const db = await freshPgDatabase(pgUrl);
      try {
        report(n, bytes, spawnRun('postgres', file, db.url, batchSize));
      } finally {
        await db.drop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main(process.argv.slice(2));
