/**
 * Existence by timing (issue 12): `node --import tsx bench/hidden-ids.ts [N]` (default 200 per case).
 * Serves `buildApp` over a fresh SQLite store where organisation A holds AMBER+STRICT objects, then
 * times reads by a reader of organisation B, interleaved so load drifts hit every case alike:
 * an id A holds (hidden from B) and an id nobody holds, through `GET /api/objects/:id` and TAXII
 * Get an Object. Prints min, p50, p90 and mean per case and the gap between the medians of hidden
 * and unknown on each surface: the answers are indistinguishable when that gap is small next to
 * their spread. Asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';

const N = Number(process.argv[2] ?? 200);
const T = '2025-01-01T00:00:00.000Z';

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { min: s[0]!, p50: at(0.5), p90: at(0.9), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const dir = mkdtempSync(join(tmpdir(), 'opstrack-hidden-bench-'));
const store = await openOpsTrackStore({ sqliteFile: join(dir, 'bench.db') });
try {
  const repo = new AuthRepository(store.db);
  const a = await repo.addOrg('org-a');
  await repo.addOrg('org-b');
  const owner = await repo.addUser({ name: 'owner', org: 'org-a', role: 'editor', password: 'owner-password-1' });
  const reader = await repo.addUser({ name: 'reader', org: 'org-b', role: 'reader', password: 'reader-password-1' });
  const token = (await repo.createToken(reader.id, 'bench')).token;
  const hidden = Array.from({ length: N }, () => ({
    type: 'identity', spec_version: '2.1', id: `identity--${randomUUID()}`, created: T, modified: T,
    name: 'Victim company', identity_class: 'organization', object_marking_refs: [tlpMarkingId('amber+strict')],
  }));
  await store.put(hidden, { actor: { kind: 'user', userId: owner.id, orgId: a.id, role: 'editor' } });
  const app = await buildApp({ store, config: { logger: false, web: false, closeStore: true, watchIntervalMs: 0 } });
  await app.ready();
  const collections = await app.inject({ method: 'GET', url: '/taxii2/opstrack/collections/', headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' } });
  const collection = (JSON.parse(collections.body) as { collections: Array<{ id: string }> }).collections[0]!.id;
  const surfaces = {
    'GET /api/objects/:id': (id: string) => ({ url: `/api/objects/${id}`, headers: { authorization: `Bearer ${token}` } }),
    'TAXII Get an Object': (id: string) => ({ url: `/taxii2/opstrack/collections/${collection}/objects/${id}/`, headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' } }),
  };
  console.log(`${N} reads per case by a reader of another organisation (SQLite, in process)`);
  console.log('  surface                  case        min ms   p50 ms   p90 ms   mean ms');
  for (const [surface, request] of Object.entries(surfaces)) {
    const times = { hidden: [] as number[], unknown: [] as number[] };
    for (let i = -20; i < N; i++) {
      for (const kind of ['hidden', 'unknown'] as const) {
        const id = kind === 'hidden' ? hidden[(i + N) % N]!.id : `identity--${randomUUID()}`;
        const started = process.hrtime.bigint();
        const res = await app.inject({ method: 'GET', ...request(id) });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (res.statusCode !== 404) throw new Error(`${surface} ${kind}: expected 404, got ${res.statusCode}`);
        if (i >= 0) times[kind].push(ms); // the first rounds warm up
      }
    }
    const h = stats(times.hidden);
    const u = stats(times.unknown);
    for (const [name, s] of [['hidden', h], ['unknown', u]] as const) {
      console.log(`  ${surface.padEnd(25)}${name.padEnd(10)}${s.min.toFixed(2).padStart(8)}${s.p50.toFixed(2).padStart(9)}${s.p90.toFixed(2).padStart(9)}${s.mean.toFixed(2).padStart(10)}`);
    }
    console.log(`  ${surface}: median gap ${Math.abs(h.p50 - u.p50).toFixed(2)} ms (p90 - p50 spread ${(u.p90 - u.p50).toFixed(2)} ms)`);
  }
  await app.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
