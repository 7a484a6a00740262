/**
 * Server processes benchmark: `node --import tsx bench/processes.ts [N] [--keep FILE | --db FILE]`
 * (default N = 20,000). Loads N synthetic objects into a SQLite file (or OPSTRACK_BENCH_PG_URL's
 * server with --pg), owned by one organisation, one in five (a `uses` relationship) marked
 * TLP:AMBER+STRICT so that the reader of another organisation must be filtered, as the issue's
 * reader is; then starts `opstrack serve --workers K` for K = 1 and 2 and, for each, has wrk (or
 * autocannon, load-generator.ts), as a reader of another organisation at 16 clients
 * (OPSTRACK_BENCH_CLIENTS) for OPSTRACK_BENCH_SECONDS (default 10) each:
 *  - ask TAXII discovery (/taxii2/, the machine's ceiling for a trivial authenticated request);
 *  - ask the default collection's first Get Objects page (limit 100) again and again;
 *  - ask one page from the middle of the collection (its `next` cursor) again and again;
 *  - walk every page in turn (each request a different `next` cursor: the whole store is read).
 * Prints pages/s and p99 beside the discovery rate, and the ratio of 2 processes to 1. The load
 * generator shares the machine with the server processes. `--keep FILE` loads into the SQLite
 * file FILE and keeps it; `--db FILE` measures a file kept that way without loading (a million
 * objects take minutes to load).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import type { StoreConfig } from '../src/storage/open-store.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { syntheticObject } from '../test/import/synthetic-bundle.ts';
import { freshPgDatabase } from './pg-database.ts';
import { httpLoad, useWrk } from './load-generator.ts';
import { serveCli as serve } from './serve-cli.ts';

const BATCH = 1000;
const PAGE = 100;
const USER = 'bench-reader';
const PASSWORD = 'bench-password-not-secret';
const TAXII_ACCEPT = 'application/taxii+json;version=2.1';
const authorization = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const headers = { accept: TAXII_ACCEPT, authorization };

/** The i-th object: a synthetic one, every `uses` relationship (one in five) closed to other organisations. */
function benchObject(i: number) {
  const o = syntheticObject(i);
  return i % 5 === 3 ? { ...o, object_marking_refs: [tlpMarkingId('amber+strict')] } : o;
}

async function load(config: StoreConfig, n: number): Promise<void> {
  const store = await openOpsTrackStore(config);
  try {
    const auth = new AuthRepository(store.db);
    const owner = await auth.addOrg('bench-owner');
    await auth.addOrg('bench-readers');
    await auth.addUser({ name: USER, org: 'bench-readers', role: 'reader', password: PASSWORD });
    for (let start = 0; start < n; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) batch.push(benchObject(i));
      await store.put(batch, { ownerOrgId: owner.id });
    }
  } finally {
    await store.close();
  }
}

async function pages(url: string): Promise<string[]> {
  const discovery = (await (await fetch(`${url}/taxii2/`, { headers })).json()) as { default: string };
  const root = new URL(discovery.default, `${url}/taxii2/`).pathname;
  const { collections } = (await (await fetch(`${url}${root}collections/`, { headers })).json()) as { collections: { id: string; title: string }[] };
  const first = `${root}collections/${collections.find((c) => c.title === 'default')!.id}/objects/?limit=${PAGE}`;
  const out = [first];
  let next: string | undefined;
  do {
    const res = await fetch(url + (next ? `${first}&next=${encodeURIComponent(next)}` : first), { headers });
    if (res.status !== 200) throw new Error(`GET objects: ${res.status} ${await res.text()}`);
    const env = (await res.json()) as { more?: boolean; next?: string };
    next = env.more ? env.next : undefined;
    if (next) out.push(`${first}&next=${encodeURIComponent(next)}`);
  } while (next);
  return out;
}

async function measure(url: string, paths: string[], connections: number, seconds: number) {
  return httpLoad({ url, paths, connections, seconds, headers });
}

async function main(argv: string[]): Promise<void> {
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
  const seconds = Number(process.env.OPSTRACK_BENCH_SECONDS ?? 10);
  const clients = Number(process.env.OPSTRACK_BENCH_CLIENTS ?? 16);
  const pgUrl = argv.includes('--pg') ? process.env.OPSTRACK_BENCH_PG_URL : undefined;
  const fileArg = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const keep = fileArg('--keep');
  const reuse = fileArg('--db');
  if ((keep || reuse) && pgUrl) throw new Error('--keep and --db name a SQLite file; not with --pg');
  if (argv.includes('--pg') && !pgUrl) throw new Error('--pg needs OPSTRACK_BENCH_PG_URL');
  console.log(`serve --workers 1 vs 2: ${n} objects, ${pgUrl ? 'postgres' : 'sqlite'}, ${clients} clients, ${seconds} s per run`);
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; load generator ${useWrk() ? 'wrk' : 'autocannon'}`);
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-processes-'));
  const pg = pgUrl ? await freshPgDatabase(pgUrl, 'opstrack_bench_processes') : undefined;
  try {
    const config: StoreConfig = pg ? { databaseUrl: pg.url } : { sqliteFile: reuse ?? keep ?? join(dir, 'bench.db') };
    if (!reuse) await load(config, n);
    const rates: { first: number; middle: number; walk: number }[] = [];
    for (const workers of [1, 2]) {
      const { url, child } = await serve(config, workers);
      try {
        const paths = await pages(url);
        const discovery = await measure(url, ['/taxii2/'], clients, seconds);
        const first = await measure(url, [paths[0]!], clients, seconds);
        const middle = await measure(url, [paths[Math.floor(paths.length / 2)]!], clients, seconds);
        const walk = await measure(url, paths, clients, seconds);
        rates.push({ first: first.rps, middle: middle.rps, walk: walk.rps });
        const row = (name: string, r: { rps: number; p99: number; errors: number }) =>
          `${name} ${r.rps.toFixed(0).padStart(6)} /s p99 ${String(r.p99).padStart(5)} ms${r.errors ? ` (${r.errors} errors)` : ''}`;
        console.log(`  ${workers} process${workers > 1 ? 'es' : '  '}: ${row('first page', first)} | ${row('middle page', middle)} | ` +
          `${row(`walk of ${paths.length} pages`, walk)} | ${row('discovery', discovery)}`);
      } finally {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    const ratio = (k: 'first' | 'middle' | 'walk') => (rates[1]![k] / rates[0]![k]).toFixed(2);
    console.log(`  2 processes / 1: first page ${ratio('first')}x, middle page ${ratio('middle')}x, walk ${ratio('walk')}x pages/s`);
  } finally {
    await pg?.drop();
    rmSync(dir, { recursive: true, force: true });
    if (keep) console.log(`kept ${keep}: measure it again with --db ${keep}`);
  }
}

await main(process.argv.slice(2));
