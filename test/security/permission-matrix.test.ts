/**
 * The permission matrix: every caller (reader/editor/admin of the owning org A, a user of org B,
 * a RED recipient, anonymous) x every TLP level (unmarked, clear, green, amber, amber shared with B,
 * amber+strict, red) x every read path (JSON API list, get, versions, search, relationships,
 * graph, export; TAXII objects, object, versions, manifest when the TAXII plugin is present),
 * over real HTTP on every backend. Each path must return exactly what the caller may see, and a
 * hidden object must answer exactly as an absent one.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { StixObject } from '../../src/model/stix/core.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIntrusionSet, buildMalware, buildRelationship, buildSdo, nextVersion, stixId, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

type Level = 'unmarked' | 'clear' | 'green' | 'amber' | 'amber-shared' | 'amber+strict' | 'red';
const LEVELS: Level[] = ['unmarked', 'clear', 'green', 'amber', 'amber-shared', 'amber+strict', 'red'];
type Caller = 'readerA' | 'editorA' | 'adminA' | 'userB' | 'recipient' | 'anonymous';
const CALLERS: Caller[] = ['readerA', 'editorA', 'adminA', 'userB', 'recipient', 'anonymous'];

/** The rule under test, written independently of the store's SQL. */
function maySee(caller: Caller, level: Level): boolean {
  if (caller === 'anonymous') return false;
  const inA = caller === 'readerA' || caller === 'editorA' || caller === 'adminA';
  switch (level) {
    case 'unmarked': case 'clear': case 'green': return true;
    case 'amber': case 'amber+strict': return inA;
    case 'amber-shared': return inA || caller === 'userB';
    case 'red': return caller === 'recipient';
  }
}

const V2 = '2024-02-01T00:00:00.000Z';
const markingOf = (level: Level) =>
  level === 'unmarked' ? {} : tlp(level === 'amber-shared' ? 'amber' : level);

interface Fixture {
  anchor: StixObject;
  peer: StixObject;
  target: Record<Level, StixObject>;
  /** Unmarked relationship anchor -> target[level]: visible iff the target is. */
  relTo: Record<Level, StixObject>;
  /** Relationship anchor -> peer carrying the level's marking itself. */
  relMarked: Record<Level, StixObject>;
}

function buildFixture(): Fixture {
  const anchor = buildMalware({ name: 'Matrix anchor', ...tlp('clear') });
  const peer = buildSdo('tool', { name: 'Matrix peer', ...tlp('green') });
  const target = {} as Record<Level, StixObject>;
  const relTo = {} as Record<Level, StixObject>;
  const relMarked = {} as Record<Level, StixObject>;
  for (const level of LEVELS) {
    target[level] = buildIntrusionSet({ name: `Matrixsearch ${level} group`, ...markingOf(level) });
    relTo[level] = buildRelationship(anchor, target[level], { relationship_type: 'targets' });
    relMarked[level] = buildRelationship(anchor, peer, { relationship_type: 'uses', ...markingOf(level) });
  }
  return { anchor, peer, target, relTo, relMarked };
}

function visibleIds(f: Fixture, caller: Caller): Set<string> {
  const ids = new Set<string>();
  if (caller === 'anonymous') return ids;
  ids.add(f.anchor.id).add(f.peer.id);
  for (const level of LEVELS) {
    if (maySee(caller, level)) ids.add(f.target[level].id).add(f.relTo[level].id).add(f.relMarked[level].id);
  }
  return ids;
}

function allIds(f: Fixture): Set<string> {
  return new Set([f.anchor.id, f.peer.id, ...LEVELS.flatMap((l) => [f.target[l].id, f.relTo[l].id, f.relMarked[l].id])]);
}

/** Only the fixture's ids among `ids` (other tests' objects never share a store, but be exact anyway). */
function within(f: Fixture, ids: Iterable<string>): string[] {
  const all = allIds(f);
  return [...ids].filter((id) => all.has(id)).sort();
}

const sorted = (s: Iterable<string>) => [...s].sort();

for (const backend of BACKENDS) {
  describe(`permission matrix (${backend})`, () => {
    let srv: TestServer;
    const f = buildFixture();
    const asOf = (caller: Caller) => (caller === 'anonymous' ? {} : { as: caller });

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'readerA', org: 'A', role: 'reader' },
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'adminA', org: 'A', role: 'admin' },
          { name: 'userB', org: 'B', role: 'editor' },
          { name: 'recipient', org: 'C', role: 'reader' },
        ],
      });
      const all = [f.anchor, f.peer, ...LEVELS.flatMap((l) => [f.target[l], f.relTo[l], f.relMarked[l]])];
      await srv.store.put(all, { ownerOrgId: srv.orgs.A });
      // a second version of every target, so versions and match[version] are exercised
      await srv.store.put(LEVELS.map((l) => nextVersion(f.target[l], V2, { description: `v2 of ${l}` })), { ownerOrgId: srv.orgs.A });
      // sharing and recipients go through the API, as an editor of the owning org would do it
      for (const obj of [f.target['amber-shared'], f.relMarked['amber-shared']]) {
        const r = await srv.json(`/api/objects/${obj.id}/shares`, { as: 'editorA', method: 'POST', json: { org: 'B' } });
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
      for (const obj of [f.target.red, f.relMarked.red]) {
        const r = await srv.json(`/api/objects/${obj.id}/recipients`, { as: 'editorA', method: 'POST', json: { user: 'recipient' } });
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
    });
    after(async () => srv?.close());

    test('anonymous callers get 401 on every read path', async () => {
      for (const path of ['/api/objects', `/api/objects/${f.anchor.id}`, '/api/search?q=Matrixsearch',
        `/api/objects/${f.anchor.id}/relationships`, `/api/objects/${f.anchor.id}/graph`, '/api/export']) {
        const r = await srv.json(path);
        assert.equal(r.status, 401, path);
        assert.equal(r.body.code, 'OPS_ERR_AUTH_REQUIRED');
        assert.ok(!JSON.stringify(r.body).includes('Matrix'), path);
      }
    });

    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
      describe(caller, () => {
        test('list (paged by 3) returns exactly the visible objects', async () => {
          const seen: string[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const r = await srv.json(`/api/objects?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, asOf(caller));
            assert.equal(r.status, 200);
            assert.ok(r.body.items.length <= 3);
            seen.push(...r.body.items.map((o: StixObject) => o.id));
            assert.equal(Object.keys(r.body).filter((k) => !['items', 'next'].includes(k)).length, 0, 'no counts beside items/next');
            cursor = r.body.next;
            assert.ok(++pages < 100);
          } while (cursor);
          assert.deepEqual(within(f, seen), sorted(visibleIds(f, caller)));
          assert.equal(new Set(seen).size, seen.length, 'no duplicates across pages');
        });

        test('list filtered by type returns exactly the visible targets', async () => {
          const r = await srv.json('/api/objects?type=intrusion-set&limit=1000', asOf(caller));
          const expected = LEVELS.filter((l) => maySee(caller, l)).map((l) => f.target[l].id);
          assert.deepEqual(within(f, r.body.items.map((o: StixObject) => o.id)), sorted(expected));
          for (const o of r.body.items) assert.equal(o.modified, V2, 'latest version listed');
        });

        test('get and versions: visible objects answer, hidden ones answer exactly like absent ones', async () => {
          const absent = await srv.json(`/api/objects/${stixId('intrusion-set')}`, asOf(caller));
          assert.equal(absent.status, 404);
          for (const level of LEVELS) {
            for (const obj of [f.target[level], f.relTo[level], f.relMarked[level]]) {
              const r = await srv.json(`/api/objects/${obj.id}`, asOf(caller));
              if (visibleIds(f, caller).has(obj.id)) {
                assert.equal(r.status, 200, `${caller} should see ${level} ${obj.type}`);
                assert.equal(r.body.object.id, obj.id);
                if (obj.type === 'intrusion-set') {
                  assert.equal(r.body.versions.length, 2);
                  const first = await srv.json(`/api/objects/${obj.id}?version=first`, asOf(caller));
                  assert.equal(first.body.object.modified, obj.modified);
                }
              } else {
                assert.equal(r.status, 404, `${caller} must not see ${level} ${obj.type}`);
                assert.deepEqual(Object.keys(r.body).sort(), Object.keys(absent.body).sort());
                assert.equal(r.body.code, absent.body.code);
                assert.ok(!JSON.stringify(r.body).includes('Matrixsearch'));
                const first = await srv.json(`/api/objects/${obj.id}?version=first`, asOf(caller));
                assert.equal(first.status, 404);
              }
            }
          }
        });

        test('search returns exactly the visible matches', async () => {
          const r = await srv.json('/api/search?q=Matrixsearch&limit=200', asOf(caller));
          assert.equal(r.status, 200);
          const expected = LEVELS.filter((l) => maySee(caller, l)).map((l) => f.target[l].id);
          assert.deepEqual(within(f, r.body.items.map((o: StixObject) => o.id)), sorted(expected));
        });

        test('relationships of the anchor exclude those marked hidden or pointing at hidden objects', async () => {
          const r = await srv.json(`/api/objects/${f.anchor.id}/relationships`, asOf(caller));
          assert.equal(r.status, 200);
          const expected = LEVELS.flatMap((l) => (maySee(caller, l) ? [f.relTo[l].id, f.relMarked[l].id] : []));
          assert.deepEqual(sorted(r.body.items.map((o: StixObject) => o.id)), sorted(expected));
          for (const level of LEVELS) {
            const own = await srv.json(`/api/objects/${f.target[level].id}/relationships`, asOf(caller));
            assert.equal(own.status, maySee(caller, level) ? 200 : 404, `${level} target relationships`);
          }
        });

        test('graph (depth 2) has only visible nodes and edges', async () => {
          const r = await srv.json(`/api/objects/${f.anchor.id}/graph?depth=2`, asOf(caller));
          assert.equal(r.status, 200);
          const visible = visibleIds(f, caller);
          const nodes: string[] = r.body.nodes.map((n: { id: string }) => n.id);
          const expectedNodes = [f.anchor.id, f.peer.id, ...LEVELS.filter((l) => maySee(caller, l)).map((l) => f.target[l].id)];
          assert.deepEqual(sorted(nodes), sorted(expectedNodes));
          for (const e of r.body.edges) assert.ok(visible.has(e.id), `edge ${e.id} must be visible`);
          const expectedEdges = LEVELS.flatMap((l) => (maySee(caller, l) ? [f.relTo[l].id, f.relMarked[l].id] : []));
          assert.deepEqual(sorted(r.body.edges.map((e: { id: string }) => e.id)), sorted(expectedEdges));
          assert.ok(!JSON.stringify(r.body).includes('Matrixsearch red') || maySee(caller, 'red'));
          for (const level of LEVELS.filter((l) => !maySee(caller, l))) {
            const g = await srv.json(`/api/objects/${f.target[level].id}/graph`, asOf(caller));
            assert.equal(g.status, 404);
          }
        });

        test('export bundle holds exactly the visible objects', async () => {
          const res = await srv.fetch('/api/export', asOf(caller));
          assert.equal(res.status, 200);
          const bundle = (await res.json()) as { type: string; objects: StixObject[] };
          assert.equal(bundle.type, 'bundle');
          assert.deepEqual(within(f, bundle.objects.map((o) => o.id)), sorted(visibleIds(f, caller)));
          const typed = await srv.json('/api/export?type=relationship', asOf(caller));
          const expectedRels = LEVELS.flatMap((l) => (maySee(caller, l) ? [f.relTo[l].id, f.relMarked[l].id] : []));
          assert.deepEqual(within(f, typed.body.objects.map((o: StixObject) => o.id)), sorted(expectedRels));
        });
      });
    }

    const taxiiPresent = existsSync(new URL('../../src/taxii/plugin.ts', import.meta.url));
    describe('TAXII read paths', { skip: taxiiPresent ? false : 'src/taxii/plugin.ts absent: TAXII matrix NOT RUN' }, () => {
      const TAXII = 'application/taxii+json;version=2.1';
      let objectsUrl = '';

      before(async () => {
        const disc = await srv.json('/taxii2/', { as: 'readerA', auth: 'basic', headers: { accept: TAXII } });
        assert.equal(disc.status, 200, JSON.stringify(disc.body));
        const root = new URL(disc.body.default ?? disc.body.api_roots[0], srv.url).pathname;
        const cols = await srv.json(`${root}collections/`, { as: 'readerA', auth: 'basic', headers: { accept: TAXII } });
        const def = cols.body.collections.find((c: { title: string }) => c.title === 'default');
        assert.ok(def, 'a default collection');
        objectsUrl = `${root}collections/${def.id}/objects/`;
      });

      test('anonymous TAXII requests get 401 with a Basic challenge', async () => {
        const r = await srv.fetch(objectsUrl, { headers: { accept: TAXII } });
        assert.equal(r.status, 401);
        assert.match(r.headers.get('www-authenticate') ?? '', /^Basic /);
        assert.ok(!(await r.text()).includes('Matrix'));
      });

      for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
        for (const auth of ['basic', 'bearer'] as const) {
          test(`${caller} (${auth}): objects, object, versions and manifest show exactly the visible`, async () => {
            const opts = { as: caller, auth, headers: { accept: TAXII } };
            const walk = async (url: string) => {
              const ids: string[] = [];
              const dates: string[] = [];
              let next: string | undefined;
              let guard = 0;
              do {
                const r = await srv.json(`${url}${url.includes('?') ? '&' : '?'}limit=4${next ? `&next=${encodeURIComponent(next)}` : ''}`, opts);
                assert.equal(r.status, 200, JSON.stringify(r.body));
                const items = r.body.objects ?? r.body.versions ?? [];
                ids.push(...items.map((o: { id: string }) => o.id));
                for (const h of ['x-taxii-date-added-first', 'x-taxii-date-added-last']) if (r.headers.get(h)) dates.push(r.headers.get(h)!);
                next = r.body.more ? r.body.next : undefined;
                assert.ok(++guard < 200);
              } while (next);
              return { ids, dates };
            };
            const visible = visibleIds(f, caller);
            const objects = await walk(objectsUrl);
            assert.deepEqual(within(f, objects.ids), sorted(visible));
            const manifest = await walk(objectsUrl.replace(/objects\/$/, 'manifest/'));
            assert.deepEqual(within(f, manifest.ids), sorted(visible));
            for (const level of LEVELS) {
              const obj = f.target[level];
              const one = await srv.json(`${objectsUrl}${obj.id}/?match[version]=all`, opts);
              const versions = await srv.json(`${objectsUrl}${obj.id}/versions/`, opts);
              if (maySee(caller, level)) {
                assert.equal(one.status, 200);
                assert.equal(one.body.objects.length, 2);
                assert.equal(versions.body.versions.length, 2);
              } else {
                assert.equal(one.status, 404, `${caller} must not get ${level} over TAXII`);
                assert.equal(versions.status, 404, `${caller} must not get ${level} versions over TAXII`);
                assert.ok(!JSON.stringify(one.body).includes('Matrixsearch'));
              }
            }
          });
        }
      }
    });
  });
}
