/**
 * Issue 13, deliverable 4: no state held in one process. Two app instances (as two `opstrack serve`
 * processes) on one database, on every backend, each with its own store handle: a session made on
 * one works on the other, a TAXII status made on one is read on the other, and login failures made
 * on either count toward one lockout. Pagination cursors carry their position (src/storage/cursor.ts),
 * so a `next` from one instance pages on the other.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openOpsTrackStore } from '../../src/composition.ts';
import { BACKENDS, freshStore } from '../helpers/backends.ts';
import { startOn, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const USERS = [{ name: 'ann', org: 'A', role: 'editor' as const }, { name: 'bea', org: 'A', role: 'reader' as const }];

function indicator(i: number) {
  const n = String(i).padStart(12, '0');
  return {
    type: 'indicator', spec_version: '2.1', id: `indicator--00000000-0000-4000-8000-${n}`, created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '10.0.${Math.floor(i / 250)}.${i % 250}']`, pattern_type: 'stix', valid_from: '2025-01-01T00:00:00Z',
  };
}

async function twoInstances<T>(backend: (typeof BACKENDS)[number], fn: (one: TestServer, two: TestServer) => Promise<T>): Promise<T> {
  const ts = await freshStore(backend);
  const second = await openOpsTrackStore(ts.location);
  const lockout = { auth: { lockout: { threshold: 4, baseMs: 60_000 } } };
  const one = await startOn(ts.store, { users: USERS, config: lockout });
  // the second instance has its own handle and knows nothing the first made in memory
  const two = await startOn(second, { config: lockout });
  two.users = one.users;
  try {
    return await fn(one, two);
  } finally {
    await two.close();
    await one.close();
    await second.close();
    await ts.dispose();
  }
}

for (const backend of BACKENDS) {
  describe(`two instances on one database (${backend})`, () => {
    test('a session made on one instance works on the other, CSRF included; logging out on the other ends it', () => twoInstances(backend, async (one, two) => {
      const { cookie, csrf } = await one.login('ann');
      const me = await two.json('/api/session', { headers: { cookie } });
      assert.equal(me.status, 200);
      assert.equal(me.body.user.name, 'ann');
      const bundle = { type: 'bundle', id: 'bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8', objects: [indicator(1)] };
      const write = await two.json('/api/import', { method: 'POST', json: bundle, headers: { cookie, 'x-opstrack-csrf': csrf } });
      assert.equal(write.status, 200, JSON.stringify(write.body));
      const forged = await two.json('/api/import', { method: 'POST', json: bundle, headers: { cookie, 'x-opstrack-csrf': 'not-it' } });
      assert.equal(forged.status, 403);
      assert.equal((await two.fetch('/api/session', { method: 'DELETE', headers: { cookie, 'x-opstrack-csrf': csrf } })).status < 300, true);
      assert.equal((await one.json('/api/objects', { headers: { cookie } })).status, 401, 'logged out everywhere');
    }));

    test('a TAXII status made on one instance is read on the other; a next cursor from one pages on the other', () => twoInstances(backend, async (one, two) => {
      const basic = `Basic ${Buffer.from(`ann:${one.users.ann!.password}`).toString('base64')}`;
      const headers = { accept: TAXII, authorization: basic };
      const collections = (await (await one.fetch('/taxii2/opstrack/collections/', { headers })).json()) as { collections: Array<{ id: string }> };
      const col = collections.collections[0]!.id;
      const posted = await one.fetch(`/taxii2/opstrack/collections/${col}/objects/`, {
        method: 'POST', headers: { ...headers, 'content-type': TAXII }, body: JSON.stringify({ objects: Array.from({ length: 5 }, (_, i) => indicator(i)) }),
      });
      assert.equal(posted.status, 202);
      const status = (await posted.json()) as { id: string; success_count: number };
      const read = await two.fetch(`/taxii2/opstrack/status/${status.id}/`, { headers });
      assert.equal(read.status, 200);
      assert.deepEqual(((await read.json()) as { success_count: number }).success_count, 5);

      const first = (await (await one.fetch(`/taxii2/opstrack/collections/${col}/objects/?limit=2`, { headers })).json()) as { next: string; objects: Array<{ id: string }> };
      assert.ok(first.next);
      const rest = (await (await two.fetch(`/taxii2/opstrack/collections/${col}/objects/?limit=100&next=${encodeURIComponent(first.next)}`, { headers })).json()) as { objects: Array<{ id: string }> };
      // every object once, in order, across the two instances (the installation's TLP and extension definitions too)
      const ids = [...first.objects, ...rest.objects].map((o) => o.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(ids.filter((id) => id.startsWith('indicator--')).sort(), Array.from({ length: 5 }, (_, i) => indicator(i).id).sort());
    }));

    test('login failures on either instance count toward one lockout', () => twoInstances(backend, async (one, two) => {
      for (let i = 0; i < 4; i++) {
        const srv = i % 2 ? two : one;
        const r = await srv.json('/api/session', { method: 'POST', json: { user: 'bea', password: `guess-${i}-xxxx` } });
        assert.equal(r.status, 401);
        assert.equal(r.body.code, 'OPS_ERR_AUTH_REQUIRED', 'not yet locked');
      }
      for (const srv of [one, two]) {
        const locked = await srv.json('/api/session', { method: 'POST', json: { user: 'bea', password: one.users.bea!.password } });
        assert.equal(locked.status, 401);
        assert.equal(locked.body.code, 'OPS_ERR_AUTH_LOCKED', 'two failures on each instance lock on both');
      }
    }));
  });
}
