/**
 * Default-knowledge load benchmark: `node --import tsx bench/knowledge-load.ts [--runs R]` (default
 * R = 3). Loads the default knowledge base (loadKnowledge: every entity as STIX, attributions as
 * claims through the claim index) into a fresh SQLite store R times and, when OPSTRACK_BENCH_PG_URL
 * (or DATABASE_URL) is set, into fresh PostgreSQL databases; prints each load's time, the objects
 * and claims it wrote, objects/s, the load average and peak RSS. Asserts nothing: the load's time
 * was a timed assertion in test/knowledge/load.test.ts (under 5 s on SQLite), which failed at load
 * average 13 (7.5 s) on a machine where nothing was wrong.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/import/knowledge-loader.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { freshPgDatabase } from './pg-database.ts';

async function once(target: { sqliteFile: string } | { databaseUrl: string }): Promise<string> {
  const store = await openOpsTrackStore(target);
  try {
    const t0 = performance.now();
    const r = await loadKnowledge(store);
    const ms = performance.now() - t0;
    return `${ms.toFixed(0)} ms, ${r.new} objects and ${r.claims} claims, ${Math.round((r.new / ms) * 1000)} objects/s`;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
  console.log(`default knowledge load, ${runs} run(s) per backend; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-knowledge-'));
    try {
      console.log(`sqlite    ${await once({ sqliteFile: join(dir, 'store.db') })}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = process.env.OPSTRACK_BENCH_PG_URL ?? process.env.DATABASE_URL;
  if (!url) console.log('postgres  skipped: set OPSTRACK_BENCH_PG_URL (or DATABASE_URL) to a server where a database may be created');
  else {
    for (let i = 0; i < runs; i++) {
      const db = await freshPgDatabase(url, 'opstrack_bench_knowledge');
      try {
        console.log(`postgres  ${await once({ databaseUrl: db.url })}`);
      } finally {
        await db.drop();
      }
    }
  }
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
}

await main();
