/**
 * Import benchmark: `node --import tsx bench/import.ts [N ...] [--batch-size B]` (default N =
 * 100,000; e.g. `bench/import.ts 100000 1000000`). For each N, writes a bundle of N synthetic
 * valid objects (intrusion sets, malware, indicators and the relationships between them, about
 * 315 bytes each) to a temp dir, then imports it through the CLI's importer (the worker-thread
 * pipeline, ownership checks and store hooks included) into a fresh SQLite database and, when
 * OPSTRACK_BENCH_PG_URL or DATABASE_URL is set, into a fresh PostgreSQL database. Each backend
 * runs in its own child process so peak RSS is its own (worker threads included). Prints
 * objects/s and peak RSS. Targets (issue 13): 1,000,000 objects at >= 100,000 objects/s on SQLite
 * under 1 GiB RSS. OPSTRACK_IMPORT_WORKERS sets the number of worker threads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundleFile, type ImportSummary } from '../src/import/bundle-importer.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { writeSyntheticBundle } from '../test/import/synthetic-bundle.ts';
import { freshPgDatabase } from './pg-database.ts';

interface RunResult {
  backend: string;
  seconds: number;
  /** CPU time (user + system) of the importing process, worker threads included; excludes the PostgreSQL server. */
  cpuSeconds: number;
  maxRssMiB: number;
  summary: Pick<ImportSummary, 'read' | 'new' | 'unchanged' | 'rejected' | 'conflicts' | 'batches'>;
}

const MIB = 1024 * 1024;

/** Child: import FILE into one backend and print the result as one JSON line. */
async function runChild(backend: string, file: string, target: string, batchSize: number): Promise<void> {
  const store = await openOpsTrackStore(backend === 'sqlite' ? { sqliteFile: target } : { databaseUrl: target });
  try {
    await store.migrate();
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const summary = await importBundleFile(store, file, { batchSize });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const { read, new: added, unchanged, rejected, conflicts, batches } = summary;
    const result: RunResult = {
      backend,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MIB,
      summary: { read, new: added, unchanged, rejected, conflicts, batches },
    };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
}

function spawnRun(backend: string, file: string, target: string, batchSize: number): RunResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', backend, file, target, String(batchSize)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MIB,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !line) throw new Error(`${backend} run failed (exit ${child.status}):\n${child.stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as RunResult;
}


function report(n: number, bytes: number, r: RunResult): void {
  const s = r.summary;
  console.log(
    `${r.backend.padEnd(8)} ${n} objects (${(bytes / MIB).toFixed(0)} MiB): ${r.seconds.toFixed(2)} s ` +
      `(importer CPU ${r.cpuSeconds.toFixed(2)} s), ${Math.round(n / r.seconds)} objects/s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB ` +
      `[new ${s.new}, unchanged ${s.unchanged}, rejected ${s.rejected}, conflicts ${s.conflicts}, ${s.batches} batches]`,
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
  const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--batch-size').map(Number);
  if (sizes.length === 0) sizes.push(100_000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(batchSize) || batchSize < 1) throw new Error('usage: bench/import.ts [N ...] [--batch-size B]');
  const pgUrl = process.env.OPSTRACK_BENCH_PG_URL ?? process.env.DATABASE_URL;
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-import-'));
    try {
      const file = join(dir, 'bundle.json');
      const t0 = performance.now();
      const bytes = await writeSyntheticBundle(file, n);
      console.log(`generated ${n} objects, ${(bytes / MIB).toFixed(1)} MiB (${Math.round(bytes / n)} bytes an object) in ${((performance.now() - t0) / 1000).toFixed(1)} s; batch size ${batchSize}`);

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
