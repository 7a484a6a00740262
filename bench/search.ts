/**
 * Search benchmark (issue 16: "search answers in under 100 ms at 1M objects").
 *
 *   node --import tsx bench/search.ts [N ...] [--runs R] [--client-runs C] [--rebuild] [--build-only] [--db FILE]
 *     (default N = 1,000,000; SQLite; R queries per kind and viewer, default 40; C per client with 16 clients, default 5)
 *   OPSTRACK_BENCH_PG_URL=postgres://... node --import tsx bench/search.ts 100000   # PostgreSQL too
 *
 * Builds a store of N objects in a realistic mix, in large transactions through Store.putRows (rows
 * derived by toObjectRow as the import pipeline does, with every write hook: claim index, search
 * vocabulary, watch), owned by organisation A: intrusion sets (aliases in Latin, Han and Cyrillic
 * script; a few AMBER+STRICT), countries and cities with names in vi/fr/ru/zh, people and
 * organisations, reports in en/fr/vi/zh with ~80 words of article text naming places, IP addresses
 * (defanged) and domains, claims with their passage, indicators, and observables (IPs, domains,
 * file hashes). Half the reports, a third of the claims and a fifth of the indicators are TLP:AMBER,
 * hidden from organisation B's reader. The real entities the issue names are among them (China,
 * Beijing, Lin Jian, Volt Typhoon). The SQLite file is cached in the OS temp dir, keyed by N and the
 * generator's version, so reruns only time the queries (opening it runs any new migration: the
 * upgrade path). Then times, at service level (SearchService, as GET /api/search calls it) for the
 * system viewer and for a reader of organisation B: "Bắc Kinh", "中国", "Pékin", "林剑", an IP
 * address (refanged or defanged), a three-word phrase of an article, the typo "Volt Typhon", and a
 * query filtered by type and date; then the same kinds by 16 concurrent clients of the reader
 * through the HTTP layer (Fastify inject, GET /api/search, in process). Prints p50/p95/p99 per kind,
 * mean hits, the load average and peak RSS. Asserts nothing.
 *
 * Figures, 2026-12-02, SQLite, 1,000,000 objects, quiet machine (load 0.6), built in 3,545 s and
 * measured with `bench/search.ts 1000000 --runs 10 --client-runs 2`: service level, p50 / p99 ms for
 * the reader of org B: "Bắc Kinh" 4.4/8.0, "中国" 5.7/6.8, "Pékin" 1.9/2.0, "林剑" 2.3/3.5, IP 5.1/6.8,
 * article phrase 23.1/36.4, "Volt Typhon" 2.3/3.4, type+date 4.9/6.8 (system viewer: p99 at most 25);
 * GET /api/search, one client: p99 at most 34.7; 16 clients on one process queue: p50 41-111 ms
 * (263 for the phrase). Peak RSS 304 MiB.
 *
 * Earlier figures, 2026-12-02, SQLite, on 2 cores shared with other jobs (load average ~20, so wall-clock
 * times are mostly waiting; the CPU column is the query's own work). The 1M build did not finish
 * in the session (Store.putRows ran at ~4,000 objects/s under that load): it was stopped at 480,000
 * objects and measured with `bench/search.ts --db <the .building file> --runs 20 --client-runs 3`;
 * opening it built the 052/053 indexes in 29.6 s (the upgrade path).
 *   480,000 objects, service level, p50 / p95 ms wall (CPU p50 ms), system | reader of org B:
 *     "Bắc Kinh" 20/54 (5.6) | 17/40 (4.9)     "中国" 16/57 (6.7) | 21/115 (5.8)
 *     "Pékin" 2.2/74 (2.2) | 2.4/25 (2.1)     "林剑" 0.5/3.3 (0.5) | 4.2/38 (2.3)
 *     IP 15/36 (4.6) | 12/25 (4.5)            article phrase 20/72 (6.2) | 19/53 (7.2)
 *     "Volt Typhon" 1.4/14 (1.3) | 8.4/48 (3.1)   type+date 43/76 (9.5) | 23/74 (7.3)
 *   HTTP (GET /api/search, inject), reader: 1 client p50 9-33 ms (CPU 4-13 ms); 16 clients p50
 *   75-494 ms (requests queue on one process). Peak RSS 359 MiB.
 *   100,000 objects: CPU p50 1-6 ms per query, the same order as at 480,000: each part of the
 *   ranking stops at the limit, so the cost follows the hits read, not the store's size.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { buildClaim } from '../src/claims/build-claim.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import type { StixObject } from '../src/model/stix/core.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../src/model/viewer.ts';
import { SearchService, type SearchRequest } from '../src/search/search-service.ts';
import { toObjectRow, type ObjectRow } from '../src/storage/object-row.ts';
import type { Store } from '../src/storage/store.ts';
import { freshPgDatabase } from './pg-database.ts';
import { seededRandom } from './seeded-random.ts';

/** Bump when the generated data changes, so cached databases are rebuilt. */
const GENERATOR = 'search-v2';
const BATCH = 10_000;
const T0 = Date.UTC(2020, 0, 1);
const SPAN_MS = Date.UTC(2026, 0, 1) - T0;
const MIB = 1024 * 1024;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 40;
const clientRunsAt = args.indexOf('--client-runs');
/** Requests per client and kind with 16 clients (16 x this samples a kind). */
const CLIENT_RUNS = clientRunsAt >= 0 ? Number(args[clientRunsAt + 1]) : 5;
const REBUILD = args.includes('--rebuild');
const BUILD_ONLY = args.includes('--build-only');
const dbAt = args.indexOf('--db');
/** An existing benchmark database to measure (e.g. one whose build was cut short): its fixture is read from it. */
const DB_FILE = dbAt >= 0 ? args[dbAt + 1] : undefined;
const SIZES = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs' && args[i - 1] !== '--client-runs').map(Number);
if (SIZES.length === 0 && !DB_FILE) SIZES.push(1_000_000);

const seeded = seededRandom(20261202);
const { int, pick, uuid } = seeded;

const LATIN = ['ka', 'ro', 'ven', 'ti', 'mar', 'lo', 'shen', 'da', 'qu', 'bel', 'nor', 'ix', 'sa', 'tor', 'gal', 'wen', 'fi', 'ul', 'dra', 'pen',
  'bri', 'cos', 'dun', 'eth', 'fra', 'gor', 'hal', 'im', 'jor', 'kel', 'lun', 'mos', 'nek', 'op', 'pra', 'rin', 'sol', 'tam', 'vy', 'zen'];
const CYRILLIC = ['ка', 'ро', 'вен', 'ти', 'мар', 'ло', 'шен', 'да', 'бел', 'нор', 'са', 'тор', 'гал'];
const HAN = [...'台风沙虫熊猫龙虎鹰狼雪山河海星月云雷电火水木金土中国北京南东西人民部外交'];
const VI = ['bắc', 'kinh', 'nam', 'hà', 'nội', 'trung', 'quốc', 'việt', 'hải', 'phòng', 'đông', 'tây', 'long', 'sơn', 'thành', 'phố', 'tấn', 'công', 'mạng', 'nhóm', 'tin', 'tặc'];
const FR = ['attaque', 'réseau', 'groupe', 'pirates', 'ministère', 'serveur', 'données', 'accusé', 'gouvernement', 'infrastructure', 'eau', 'énergie', 'selon', 'rapport', 'chercheurs'];
const EN = ['attack', 'network', 'group', 'hackers', 'ministry', 'server', 'data', 'accused', 'government', 'infrastructure', 'water', 'energy', 'according', 'report', 'researchers', 'the', 'of', 'and', 'in', 'to'];
/** Place names each language's articles use: the queries of the issue among them. */
const PLACES: Record<string, string[]> = {
  en: ['China', 'Beijing', 'Taiwan', 'Vietnam', 'Russia'],
  fr: ['Chine', 'Pékin', 'Taïwan', 'Viêt Nam', 'Russie'],
  vi: ['Trung Quốc', 'Bắc Kinh', 'Đài Loan', 'Việt Nam', 'Nga'],
  zh: ['中国', '北京', '台湾', '越南', '俄罗斯'],
};
const LANGS = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'fr', 'vi', 'zh'];
const word = (syllables: readonly string[], min = 2, max = 4) => Array.from({ length: min + int(max - min + 1) }, () => pick(syllables)).join('');
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ip = () => `${11 + int(200)}.${int(256)}.${int(256)}.${1 + int(254)}`;
const domain = () => `${word(LATIN, 2, 3)}-${word(LATIN, 1, 2)}.${pick(['com', 'net', 'org', 'info', 'cn', 'ru'])}`;
const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
const AMBER = [tlpMarkingId('amber')];

interface Fixture {
  n: number;
  ownerOrg: string;
  ownerUser: string;
  readerOrg: string;
  readerUser: string;
  ips: string[];
  phrases: string[];
  reportDates: [string, string];
}

/** Words of an article in `lang` (Han runs unspaced), naming places, a defanged IP and a domain. */
function articleText(lang: string, address: string, host: string): string {
  const vocabulary = lang === 'fr' ? FR : lang === 'vi' ? VI : lang === 'zh' ? HAN : EN;
  const parts: string[] = [];
  for (let k = 0; k < 80; k++) {
    if (int(25) === 0) parts.push(pick(PLACES[lang]!));
    else parts.push(lang === 'zh' ? `${pick(HAN)}${pick(HAN)}` : lang === 'en' && int(3) === 0 ? word(LATIN, 1, 3) : pick(vocabulary));
  }
  parts.splice(40, 0, address.replace(/\.(?=\d+$)/, '[.]'));
  parts.splice(60, 0, host.replace('.', '[.]'));
  return `${parts.join(lang === 'zh' ? '' : ' ')}.`;
}

/** The entities of the queries, written first. */
function knownEntities(stamp: string): StixObject[] {
  const base = { spec_version: '2.1', created: stamp, modified: stamp };
  const aliases = (names: Array<[string, string]>) => names.map(([lang, name]) => ({ name, lang, relation: 'same' }));
  return [
    { ...base, type: 'location', id: `location--${uuid()}`, name: 'China', country: 'CN',
      x_opstrack_aliases: aliases([['zh', '中国'], ['vi', 'Trung Quốc'], ['fr', 'Chine'], ['ru', 'Китай']]) },
    { ...base, type: 'location', id: `location--${uuid()}`, name: 'Beijing', city: 'Beijing', country: 'CN',
      x_opstrack_aliases: aliases([['zh', '北京'], ['vi', 'Bắc Kinh'], ['fr', 'Pékin'], ['ru', 'Пекин']]) },
    { ...base, type: 'identity', id: `identity--${uuid()}`, name: 'Lin Jian', identity_class: 'individual',
      x_opstrack_aliases: aliases([['zh', '林剑'], ['vi', 'Lâm Kiếm']]) },
    { ...base, type: 'intrusion-set', id: `intrusion-set--${uuid()}`, name: 'Volt Typhoon',
      aliases: ['Bronze Silhouette', 'Vanguard Panda', 'Dev-0391', '伏特台风'] },
  ];
}

/** The i-th generated object (i >= 4); `reports` and `claimants` are recent ids claims refer to. */
function object(i: number, n: number, f: Fixture, recent: { report: string; claimant: string }): StixObject {
  const stamp = new Date(T0 + Math.floor((i / n) * SPAN_MS)).toISOString();
  const base = { spec_version: '2.1', created: stamp, modified: stamp };
  const r = i % 100;
  if (r < 1) {
    const name = `${title(word(LATIN))} ${title(word(LATIN))}`;
    return {
      ...base, type: 'intrusion-set', id: `intrusion-set--${uuid()}`, name,
      aliases: [title(word(LATIN)), `${pick(HAN)}${pick(HAN)}${pick(HAN)}`, title(word(CYRILLIC, 2, 3))],
      ...(i % 7 === 0 ? { object_marking_refs: [tlpMarkingId('amber+strict')] } : {}),
    };
  }
  if (r < 2) {
    return {
      ...base, type: 'location', id: `location--${uuid()}`, name: title(word(LATIN, 3, 4)), country: 'ZZ',
      x_opstrack_aliases: [
        { name: title(word(CYRILLIC, 3, 4)), lang: 'ru' }, { name: `${pick(HAN)}${pick(HAN)}`, lang: 'zh' },
        { name: `${title(pick(VI))} ${title(pick(VI))}`, lang: 'vi' }, { name: title(word(LATIN)), lang: 'fr' },
      ],
    };
  }
  if (r < 4) {
    const id = `identity--${uuid()}`;
    recent.claimant = id;
    return r === 2
      ? { ...base, type: 'identity', id, name: `${title(word(LATIN))} ${title(word(LATIN))}`, identity_class: 'individual',
          x_opstrack_aliases: [{ name: `${pick(HAN)}${pick(HAN)}`, lang: 'zh' }, { name: `${title(pick(VI))} ${title(pick(VI))}`, lang: 'vi' }] }
      : { ...base, type: 'identity', id, name: `${title(word(LATIN))} ${title(word(LATIN))} Ltd`, identity_class: 'organization' };
  }
  if (r < 24) {
    const lang = pick(LANGS);
    const address = ip();
    const text = articleText(lang, address, domain());
    if (lang !== 'zh' && f.phrases.length < 1000 && int(20) === 0) {
      const words = text.split(' ');
      const at = int(60);
      f.phrases.push(words.slice(at, at + 3).join(' '));
    }
    if (f.ips.length < 1000 && int(20) === 0) f.ips.push(address);
    const id = `report--${uuid()}`;
    recent.report = id;
    return {
      ...base, type: 'report', id, name: text.slice(0, 60), published: stamp, report_types: ['threat-report'],
      object_refs: [recent.claimant], lang, x_opstrack_text: text, ...(i % 2 === 0 ? { object_marking_refs: AMBER } : {}),
    };
  }
  if (r < 34) {
    const lang = pick(LANGS);
    const words = articleText(lang, ip(), domain()).split(lang === 'zh' ? /(?=.)/u : ' ').slice(0, 25);
    return buildClaim({
      claimant_ref: recent.claimant as `identity--${string}`, stance: pick(['attributes', 'accuses', 'denies'] as const),
      subject_description: 'intrusions', made_on: stamp.slice(0, 10), source_ref: recent.report as `report--${string}`,
      evidence: { text: words.join(lang === 'zh' ? '' : ' '), lang },
      created: stamp, modified: stamp, ...(i % 3 === 0 ? { object_marking_refs: AMBER } : {}),
    } as Parameters<typeof buildClaim>[0]) as unknown as StixObject;
  }
  if (r < 54) {
    const value = int(2) === 0 ? ip() : domain();
    const pattern = value.includes('-') ? `[domain-name:value = '${value}']` : `[ipv4-addr:value = '${value}']`;
    return {
      ...base, type: 'indicator', id: `indicator--${uuid()}`, name: value, pattern, pattern_type: 'stix', valid_from: stamp,
      indicator_types: ['malicious-activity'], ...(i % 5 === 0 ? { object_marking_refs: AMBER } : {}),
    };
  }
  if (r < 80) return { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${uuid()}`, value: ip() };
  if (r < 92) return { type: 'domain-name', spec_version: '2.1', id: `domain-name--${uuid()}`, value: domain() };
  return { type: 'file', spec_version: '2.1', id: `file--${uuid()}`, name: `${word(LATIN)}.exe`, hashes: { 'SHA-256': hex(64), MD5: hex(32) } };
}

async function build(store: Store, n: number): Promise<Fixture> {
  const auth = new AuthRepository(store.db);
  const a = await auth.addOrg('org-bench-a');
  const b = await auth.addOrg('org-bench-b');
  const owner = await auth.addUser({ name: 'bench-owner', org: 'org-bench-a', role: 'editor', password: 'bench-owner-password-1' });
  const reader = await auth.addUser({ name: 'bench-reader', org: 'org-bench-b', role: 'reader', password: 'bench-reader-password-1' });
  const f: Fixture = { n, ownerOrg: a.id, ownerUser: owner.id, readerOrg: b.id, readerUser: reader.id, ips: [], phrases: [], reportDates: ['', ''] };
  const actor: UserViewer = { kind: 'user', userId: owner.id, orgId: a.id, role: 'editor' };
  const first = knownEntities(new Date(T0).toISOString());
  const recent = { report: '', claimant: first[2]!.id };
  const start = performance.now();
  for (let i = 0; i < n; i += BATCH) {
    const rows: ObjectRow[] = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) {
      const o = j < first.length ? first[j]! : object(j, n, f, recent);
      rows.push(toObjectRow(o, `objects[${j}]`));
    }
    await store.transaction(() => store.putRows(rows, { actor }));
    process.stderr.write(`  loaded ${Math.min(n, i + BATCH)}/${n}\r`);
  }
  await store.db.exec('ANALYZE');
  const s = (performance.now() - start) / 1000;
  console.log(`  built ${n} objects in ${s.toFixed(1)} s (${Math.round(n / s)} objects/s, Store.putRows in transactions of ${BATCH}, every write hook)`);
  // a quarter of the span, in the middle: the date filter's window
  f.reportDates = [new Date(T0 + SPAN_MS * 0.4).toISOString().slice(0, 10), new Date(T0 + SPAN_MS * 0.65).toISOString().slice(0, 10)];
  return f;
}

/** The cached SQLite file for N objects (built when absent), and its fixture. */
async function sqliteStore(n: number): Promise<{ store: Store; f: Fixture }> {
  const key = createHash('sha256').update(`${GENERATOR}:${n}`).digest('hex').slice(0, 12);
  const file = join(tmpdir(), `opstrack-bench-search-${n}-${key}.db`);
  const meta = `${file}.json`;
  if (REBUILD || !existsSync(file) || !existsSync(meta)) {
    const building = `${file}.building`;
    for (const p of [building, `${building}-wal`, `${building}-shm`]) rmSync(p, { force: true });
    const store = await openOpsTrackStore({ sqliteFile: building });
    const f = await build(store, n);
    await store.close();
    renameSync(building, file);
    writeFileSync(meta, JSON.stringify(f));
    console.log(`  cached as ${file}`);
  } else {
    console.log(`  cached database ${file}`);
  }
  const t = performance.now();
  const store = await openOpsTrackStore({ sqliteFile: file });
  console.log(`  opened (migrations and search re-derivation, if any) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { store, f: JSON.parse(readFileSync(meta, 'utf8')) as Fixture };
}

/** The fixture of a benchmark database, read from it: users, size, IP addresses and phrases of its reports, its span of dates. */
async function fixtureOf(store: Store): Promise<Fixture> {
  const users = await store.db.query<{ id: string; org_id: string; name: string }>("SELECT id, org_id, name FROM auth_users WHERE name IN ('bench-owner', 'bench-reader')");
  const owner = users.find((u) => u.name === 'bench-owner');
  const reader = users.find((u) => u.name === 'bench-reader');
  if (!owner || !reader) throw new Error('not a bench/search.ts database: no bench-owner and bench-reader');
  const [count] = await store.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM objects');
  const reports = (await store.db.query<{ object_json: string }>("SELECT object_json FROM objects WHERE type = 'report' AND seq % 97 = 0 ORDER BY seq"))
    .map((r) => JSON.parse(r.object_json) as { lang: string; published: string; x_opstrack_text: string });
  const f: Fixture = { n: Number(count!.n), ownerOrg: owner.org_id, ownerUser: owner.id, readerOrg: reader.org_id, readerUser: reader.id, ips: [], phrases: [], reportDates: ['', ''] };
  for (const r of reports) {
    const address = /\b(\d+\.\d+\.\d+)\[\.\](\d+)\b/.exec(r.x_opstrack_text);
    if (address) f.ips.push(`${address[1]}.${address[2]}`);
    if (r.lang === 'zh') continue;
    const words = r.x_opstrack_text.split(' ');
    const at = int(60);
    const phrase = words.slice(at, at + 3);
    if (phrase.every((w) => /^[\p{L}]+$/u.test(w))) f.phrases.push(phrase.join(' '));
  }
  const first = Date.parse(reports[0]!.published);
  const last = Date.parse(reports[reports.length - 1]!.published);
  f.reportDates = [new Date(first + (last - first) * 0.4).toISOString().slice(0, 10), new Date(first + (last - first) * 0.65).toISOString().slice(0, 10)];
  return f;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Kind = [string, () => SearchRequest];

function kinds(f: Fixture): Kind[] {
  const fixed = (q: string): (() => SearchRequest) => () => ({ q });
  return [
    ['"Bắc Kinh"', fixed('Bắc Kinh')],
    ['"中国"', fixed('中国')],
    ['"Pékin"', fixed('Pékin')],
    ['"林剑"', fixed('林剑')],
    ['IP address (half defanged)', () => { const a = pick(f.ips); return { q: int(2) ? a : a.replace(/\./g, '[.]') }; }],
    ['phrase of an article', () => ({ q: pick(f.phrases) })],
    ['typo "Volt Typhon"', fixed('Volt Typhon')],
    ['type+date "Beijing"', () => ({ q: 'Beijing', types: ['report'], since: f.reportDates[0], until: f.reportDates[1] })],
  ];
}

function line(kind: string, who: string, times: number[], hits: number, cpu?: number[]): string {
  const ms = (xs: number[], p: number) => percentile(xs, p).toFixed(1).padStart(9);
  times.sort((x, y) => x - y);
  cpu?.sort((x, y) => x - y);
  const cpuColumns = cpu ? `${ms(cpu, 50)}${ms(cpu, 95)}${ms(cpu, 99)}` : '';
  return `  ${kind.padEnd(28)}${who.padEnd(26)}${ms(times, 50)}${ms(times, 95)}${ms(times, 99)}${(hits / times.length).toFixed(1).padStart(8)}${cpuColumns}`;
}

/** CPU milliseconds (user + system) of this process since `start`: the query's own work, whatever else the machine runs. */
const cpuMs = (start: NodeJS.CpuUsage) => { const u = process.cpuUsage(start); return (u.user + u.system) / 1000; };

async function measure(label: string, store: Store, f: Fixture): Promise<void> {
  const search = new SearchService(store, store.db);
  const reader: UserViewer = { kind: 'user', userId: f.readerUser, orgId: f.readerOrg, role: 'reader' };
  const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['reader of org B', reader]];
  const list = kinds(f);
  for (const [, q] of list) await search.search(SYSTEM, q()); // warm the page cache
  console.log(`${label}, ${f.n} objects: ${RUNS} queries per kind and viewer, one client, service level (SearchService); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('  (wall-clock milliseconds, then CPU milliseconds of this process: on a loaded machine the second is the query\'s own cost)');
  console.log(`  ${'query'.padEnd(28)}${'viewer'.padEnd(26)}   p50 ms   p95 ms   p99 ms    hits  cpu p50  cpu p95  cpu p99`);
  for (const [kind, query] of list) {
    for (const [who, viewer] of viewers) {
      const times: number[] = [];
      const cpu: number[] = [];
      let hits = 0;
      for (let r = 0; r < RUNS; r++) {
        const request = query();
        const c = process.cpuUsage();
        const t = performance.now();
        hits += (await search.search(viewer, request)).length;
        times.push(performance.now() - t);
        cpu.push(cpuMs(c));
      }
      console.log(line(kind, who, times, hits, cpu));
    }
  }

  // 1 and 16 clients of the reader at once through the HTTP layer (in process).
  const auth = new AuthRepository(store.db);
  const token = (await auth.createToken(f.readerUser, 'bench-search')).token;
  const app = await buildApp({ store, config: { logger: false, web: false, closeStore: false, watchIntervalMs: 0 } });
  await app.ready();
  for (const clients of [1, 16]) {
    const runs = clients === 1 ? Math.max(CLIENT_RUNS, 20) : CLIENT_RUNS;
    console.log(`${label}, ${f.n} objects: ${clients} client(s) of org B's reader at once, GET /api/search through Fastify inject (in process), ${runs} requests per client and kind; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log(`  ${'query'.padEnd(28)}${'viewer'.padEnd(26)}   p50 ms   p95 ms   p99 ms    hits${clients === 1 ? '  cpu p50  cpu p95  cpu p99' : ''}`);
    for (const [kind, query] of list) {
      const times: number[] = [];
      const cpu: number[] = [];
      let hits = 0;
      await Promise.all(Array.from({ length: clients }, async () => {
        for (let r = 0; r < runs; r++) {
          const { q, types, since, until } = query();
          const params = new URLSearchParams({ q });
          for (const t of types ?? []) params.append('type', t);
          if (since) params.set('since', since);
          if (until) params.set('until', until);
          const c = process.cpuUsage();
          const t = performance.now();
          const res = await app.inject({ method: 'GET', url: `/api/search?${params}`, headers: { authorization: `Bearer ${token}` } });
          times.push(performance.now() - t);
          cpu.push(cpuMs(c));
          if (res.statusCode !== 200) throw new Error(`GET /api/search?${params}: ${res.statusCode} ${res.body}`);
          hits += (JSON.parse(res.body) as { items: unknown[] }).items.length;
        }
      }));
      console.log(line(kind, `reader, ${clients} client${clients === 1 ? '' : 's'}`, times, hits, clients === 1 ? cpu : undefined));
    }
  }
  await app.close();
  console.log(`  peak RSS ${((process.resourceUsage().maxRSS * 1024) / MIB).toFixed(0)} MiB`);
}

if (DB_FILE) {
  const t = performance.now();
  const store = await openOpsTrackStore({ sqliteFile: DB_FILE });
  console.log(`  ${DB_FILE} opened (migrations and search re-derivation, if any) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  try {
    const f = await fixtureOf(store);
    if (!BUILD_ONLY) await measure('SQLite', store, f);
  } finally {
    await store.close();
  }
}
for (const n of SIZES) {
  if (process.env.OPSTRACK_BENCH_SQLITE !== '0') {
    const { store, f } = await sqliteStore(n);
    try {
      if (!BUILD_ONLY) await measure('SQLite', store, f);
    } finally {
      await store.close();
    }
  }
  const pgUrl = process.env.OPSTRACK_BENCH_PG_URL;
  if (pgUrl) {
    const db = await freshPgDatabase(pgUrl, 'opstrack_bench_search');
    const store = await openOpsTrackStore({ databaseUrl: db.url });
    try {
      const f = await build(store, n);
      await measure('PostgreSQL', store, f);
    } finally {
      await store.close();
      await db.drop();
    }
  }
}
