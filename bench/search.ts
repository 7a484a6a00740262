/**
 * Search benchmark: N stored objects (default 1,000,000: groups with aliases in other scripts,
 * countries with names in four languages, reports with ~80 words of article text naming IP
 * addresses, cyber observables, identities), written through Store.put (so the search columns, the
 * FTS index and the vocabulary of names are kept as in production), then the queries analysts type:
 * a group's name, an alias in Chinese, a country in Russian, an IP address (defanged), a phrase of
 * an article, a misspelt name. Each is timed for the system viewer and for a reader of another
 * organisation (half the reports are AMBER); prints p50/p95/p99 and the load rate; asserts nothing.
 *
 *   npm run bench:search                                  # 1,000,000 objects on SQLite
 *   OPSTRACK_BENCH_OBJECTS=100000 npm run bench:search
 *   OPSTRACK_BENCH_PG_URL=postgres://... npm run bench:search   # PostgreSQL too
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openOpsTrackStore } from '../src/composition.ts';
import type { StixObject } from '../src/model/stix/core.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../src/model/viewer.ts';
import { SearchService } from '../src/search/search-service.ts';
import type { Store } from '../src/storage/store.ts';
import { freshPgDatabase } from './pg-database.ts';
import { seededRandom } from './seeded-random.ts';

const N = Number(process.env.OPSTRACK_BENCH_OBJECTS ?? 1_000_000);
const BATCH = 5000;
const RUNS = 40;
const OWNER: UserViewer = { kind: 'user', userId: 'bench-owner', orgId: 'org-bench-a', role: 'editor' };
const READER: UserViewer = { kind: 'user', userId: 'bench-reader', orgId: 'org-bench-b', role: 'reader' };
const T0 = Date.UTC(2020, 0, 1);

const seeded = seededRandom(20261202);
const { int, pick, uuid } = seeded;

const LATIN = ['ka', 'ro', 'ven', 'ti', 'mar', 'lo', 'shen', 'da', 'qu', 'bel', 'nor', 'ix', 'sa', 'tor', 'gal', 'wen', 'fi', 'ul', 'dra', 'pen',
  'bri', 'cos', 'dun', 'eth', 'fra', 'gor', 'hal', 'im', 'jor', 'kel', 'lun', 'mos', 'nek', 'op', 'pra', 'rin', 'sol', 'tam', 'vy', 'zen'];
const CYRILLIC = ['ка', 'ро', 'вен', 'ти', 'мар', 'ло', 'шен', 'да', 'бел', 'нор', 'са', 'тор', 'гал'];
const HAN = [...'台风沙虫熊猫龙虎鹰狼雪山河海星月云雷电火水木金土'];
const word = (syllables: readonly string[], min = 2, max = 4) => Array.from({ length: min + int(max - min + 1) }, () => pick(syllables)).join('');
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ip = () => `${10 + int(200)}.${int(256)}.${int(256)}.${1 + int(254)}`;
const stamp = (i: number) => new Date(T0 + i * 60_000).toISOString();

interface Samples { names: string[]; han: string[]; cyrillic: string[]; ips: string[]; phrases: string[] }

function object(i: number, s: Samples): StixObject {
  const base = { spec_version: '2.1', id: '', created: stamp(i), modified: stamp(i) };
  const r = i % 100;
  if (r < 2) {
    const name = `${title(word(LATIN))} ${title(word(LATIN))}`;
    const han = `${pick(HAN)}${pick(HAN)}${pick(HAN)}`;
    if (s.names.length < 500) s.names.push(name);
    if (s.han.length < 500) s.han.push(han);
    return { ...base, type: 'intrusion-set', id: `intrusion-set--${uuid()}`, name, aliases: [title(word(LATIN)), han] };
  }
  if (r < 3) {
    const ru = title(word(CYRILLIC, 3, 4));
    if (s.cyrillic.length < 500) s.cyrillic.push(ru);
    return {
      ...base, type: 'location', id: `location--${uuid()}`, name: title(word(LATIN, 3, 4)), country: 'ZZ',
      x_opstrack_aliases: [{ name: ru, lang: 'ru' }, { name: `${pick(HAN)}${pick(HAN)}`, lang: 'zh' }, { name: title(word(LATIN)), lang: 'vi' }],
    };
  }
  if (r < 33) {
    const address = ip();
    const words = Array.from({ length: 80 }, () => word(LATIN, 1, 3));
    const at = int(60);
    if (s.phrases.length < 500) s.phrases.push(words.slice(at, at + 3).join(' '));
    if (s.ips.length < 500) s.ips.push(address);
    words.splice(70, 0, address.replace(/\.(?=\d+$)/, '[.]'));
    return {
      ...base, type: 'report', id: `report--${uuid()}`, name: title(words.slice(0, 6).join(' ')), published: stamp(i),
      report_types: ['threat-report'], object_refs: [`identity--${uuid()}`], lang: 'en', x_opstrack_text: `${words.join(' ')}.`,
      ...(i % 2 === 0 ? { object_marking_refs: [tlpMarkingId('amber')] } : {}),
    };
  }
  if (r < 63) return { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${uuid()}`, value: ip() };
  return { ...base, type: 'identity', id: `identity--${uuid()}`, name: `${title(word(LATIN))} ${title(word(LATIN))} Ltd`, identity_class: 'organization' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(store: Store): Promise<Samples> {
  const samples: Samples = { names: [], han: [], cyrillic: [], ips: [], phrases: [] };
  const start = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    const batch: StixObject[] = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) batch.push(object(j, samples));
    await store.put(batch, { actor: OWNER });
    if ((i / BATCH) % 20 === 0) process.stderr.write(`  loaded ${i + batch.length}/${N}\r`);
  }
  const s = (performance.now() - start) / 1000;
  console.log(`  loaded ${N} objects in ${s.toFixed(1)} s (${Math.round(N / s)} objects/s, through Store.put with the search hooks)`);
  return samples;
}

function misspell(name: string): string {
  // swap two neighbouring letters inside the first word of at least five letters
  const words = name.split(' ');
  const k = words.findIndex((w) => w.length >= 5);
  if (k < 0) return name;
  const w = words[k]!;
  const at = 1 + int(w.length - 3);
  words[k] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

async function run(label: string, store: Store): Promise<void> {
  const samples = await load(store);
  const search = new SearchService(store, store.db);
  const kinds: Array<[string, () => string]> = [
    ['group name', () => pick(samples.names)],
    ['alias in Chinese', () => pick(samples.han)],
    ['country in Russian', () => pick(samples.cyrillic)],
    ['IP address (defanged)', () => pick(samples.ips).replace(/\./g, '[.]')],
    ['phrase of an article', () => pick(samples.phrases)],
    ['misspelt group name', () => misspell(pick(samples.names))],
  ];
  const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['reader of another organisation', READER]];
  console.log(`${label}: ${N} objects; ${RUNS} queries each (limit 50); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('  query                     viewer                            p50 ms   p95 ms   p99 ms   hits (mean)');
  for (const [kind, query] of kinds) {
    for (const [who, viewer] of viewers) {
      const times: number[] = [];
      let hits = 0;
      for (let r = 0; r < RUNS; r++) {
        const q = query();
        const t = performance.now();
        hits += (await search.search(viewer, { q, limit: 50 })).length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${kind.padEnd(26)}${who.padEnd(34)}${percentile(times, 50).toFixed(1).padStart(6)}${percentile(times, 95).toFixed(1).padStart(9)}${percentile(times, 99).toFixed(1).padStart(9)}${(hits / RUNS).toFixed(1).padStart(12)}`);
    }
  }
}

if (process.env.OPSTRACK_BENCH_SQLITE !== '0') {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-search-'));
  const store = await openOpsTrackStore({ sqliteFile: join(dir, 'bench.db') });
  try {
    await run('SQLite', store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const pgUrl = process.env.OPSTRACK_BENCH_PG_URL;
if (pgUrl) {
  const db = await freshPgDatabase(pgUrl, 'opstrack_bench_search');
  const store = await openOpsTrackStore({ databaseUrl: db.url });
  try {
    await run('PostgreSQL', store);
  } finally {
    await store.close();
    await db.drop();
  }
}
