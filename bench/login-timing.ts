/**
 * Login timing benchmark (issue 12, finding 7): `node --import tsx bench/login-timing.ts [N]`
 * (default N = 30 per case). Serves `buildApp` over a fresh SQLite store with one user at the
 * configured bcrypt cost (OPSTRACK_BCRYPT_ROUNDS, default 11), then times failed logins through
 * `POST /api/session` and HTTP Basic on `GET /taxii2/`, interleaving the cases so load drifts hit
 * them alike: an unknown user, a known user with a wrong password, and a known user with a password
 * over 72 bytes (which used to skip bcrypt). Each attempt uses its own client address
 * (X-Forwarded-For, trust proxy on) so the lockout never shortens an answer. Prints min, p50, p90,
 * max and mean in milliseconds per case and the largest gap between case medians: the cases are
 * indistinguishable when that gap is small next to their spread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';

const N = Number(process.argv[2] ?? 30);
const USER = 'timing-user';
const PASSWORD = 'timing-password-1';

type Case = { name: string; user: string; password: string };
const CASES: Case[] = [
  { name: 'unknown user', user: 'nobody-by-this-name', password: 'some-wrong-password' },
  { name: 'known user, wrong password', user: USER, password: 'some-wrong-password' },
  { name: 'known user, password over 72 bytes', user: USER, password: 'x'.repeat(200) },
];

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { min: s[0]!, p50: at(0.5), p90: at(0.9), max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-login-bench-'));
  const store = await openOpsTrackStore({ sqliteFile: join(dir, 'bench.db') });
  const repo = new AuthRepository(store.db);
  await repo.addOrg('bench');
  await repo.addUser({ name: USER, org: 'bench', role: 'reader', password: PASSWORD });
  const app = await buildApp({ store, config: { logger: false, web: false, trustProxy: true, closeStore: true } });
  await app.ready();
  let address = 0;
  const nextIp = () => { address++; return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`; };
  try {
    for (const surface of ['POST /api/session', 'Basic GET /taxii2/'] as const) {
      const times = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
      // one warm-up round: the dummy hash and the JIT
      for (const round of [-1, ...Array.from({ length: N }, (_, i) => i)]) {
        for (const c of CASES) {
          const started = process.hrtime.bigint();
          const res = surface === 'POST /api/session'
            ? await app.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-for': nextIp() }, payload: { user: c.user, password: c.password } })
            : await app.inject({
              method: 'GET', url: '/taxii2/',
              headers: { 'x-forwarded-for': nextIp(), accept: 'application/taxii+json;version=2.1', authorization: `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}` },
            });
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (res.statusCode !== 401) throw new Error(`${surface} ${c.name}: expected 401, got ${res.statusCode}`);
          if (round >= 0) times.get(c.name)!.push(ms);
        }
      }
      console.log(`\n${surface}: ${N} failed attempts per case (ms)`);
      console.log(`${'case'.padEnd(38)} ${['min', 'p50', 'p90', 'max', 'mean'].map((h) => h.padStart(8)).join(' ')}`);
      const medians: number[] = [];
      for (const [name, ms] of times) {
        const s = stats(ms);
        medians.push(s.p50);
        console.log(`${name.padEnd(38)} ${[s.min, s.p50, s.p90, s.max, s.mean].map((v) => v.toFixed(1).padStart(8)).join(' ')}`);
      }
      console.log(`largest gap between medians: ${(Math.max(...medians) - Math.min(...medians)).toFixed(1)} ms`);
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
