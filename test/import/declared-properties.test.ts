/**
 * OpsTrack's `x_opstrack_*` properties are declared where objects are stored (issue 16, item 3):
 * what TAXII's default collection and /api/objects serve (stored text, unparsed) passes the OASIS
 * schemas and the clean-exchange rules (test/helpers/stix-clean.ts), whichever write path stored it
 * (store.put, or the import pipeline's putRows); the collection lists OpsTrack's identity and
 * extension definitions; a version put again undeclared is unchanged, not a conflict; a database
 * written by the previous release has its stored versions declared once when opened, same versions.
 * Kosovo (user-assigned `XK`) leaves without a `country` and still resolves as a country.
 * Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openOpsTrackStore } from '../../src/composition.ts';
import { CLAIM_EXTENSION_ID } from '../../src/model/claim.ts';
import { OPSTRACK_IDENTITY_ID, OPSTRACK_PROPERTIES_EXTENSION_ID } from '../../src/model/opstrack-extensions.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { entityToStix, stixToEntity } from '../../src/knowledge/to-stix.ts';
import { cleanObjects } from '../../src/import/outgoing.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { withServer, type TestServer } from '../helpers/http.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { buildIndicator } from '../helpers/factories.ts';

const TAXII = 'application/taxii+json;version=2.1';
const DECLARATION = { [OPSTRACK_PROPERTIES_EXTENSION_ID]: { extension_type: 'toplevel-property-extension' } };

/** Knowledge objects carrying each kind of OpsTrack property, as the knowledge loader writes them. */
function knowledgeObjects(): StixObject[] {
  const all = loadDefaultKnowledge();
  const pick = (test: (e: (typeof all)[number]) => boolean, what: string) => {
    const found = all.find(test);
    assert.ok(found, what);
    return entityToStix(found, { createdBy: OPSTRACK_IDENTITY_ID });
  };
  return [
    pick((e) => e.kind === 'country' && e.code === 'XK', 'Kosovo'),
    pick((e) => e.kind === 'country' && e.code === 'CN', 'China'),
    pick((e) => e.kind === 'group' && e.name === 'Volt Typhoon', 'Volt Typhoon'),
    pick((e) => e.kind === 'sector' && !!e.sector, 'a sector'),
  ];
}

/** A report and a spokesperson as an earlier OpsTrack (or its export read by a client) sends them: undeclared. */
function undeclaredReportAndPerson(): StixObject[] {
  const now = '2026-12-01T10:00:00.000Z';
  const text = 'China denies the accusation.';
  return [
    {
      type: 'report', spec_version: '2.1', id: `report--${randomUUID()}`, created: now, modified: now, name: 'An article',
      published: now, object_refs: [OPSTRACK_IDENTITY_ID], x_opstrack_text: text, x_opstrack_sha256: 'a'.repeat(64), x_opstrack_published_known: false,
    },
    {
      type: 'identity', spec_version: '2.1', id: `identity--${randomUUID()}`, created: now, modified: now, name: 'Lin Jian',
      identity_class: 'individual', x_opstrack_speaks_for: 'CN',
    },
  ];
}

async function taxiiDefault(srv: TestServer, as: string): Promise<StixObject[]> {
  const cols = await srv.json('/taxii2/opstrack/collections/', { as, auth: 'basic', headers: { accept: TAXII } });
  const def = cols.body.collections.find((c: { title: string }) => c.title === 'default');
  const out: StixObject[] = [];
  let next: string | undefined;
  for (;;) {
    const res = await srv.fetch(`/taxii2/opstrack/collections/${def.id}/objects/?limit=50${next ? `&next=${encodeURIComponent(next)}` : ''}`, {
      as, auth: 'basic', headers: { accept: TAXII },
    });
    assert.equal(res.status, 200);
    const body = JSON.parse(await res.text()) as { objects?: StixObject[]; more?: boolean; next?: string };
    out.push(...(body.objects ?? []));
    if (!body.more) return out;
    next = body.next;
  }
}

async function apiObjects(srv: TestServer, as: string): Promise<StixObject[]> {
  const out: StixObject[] = [];
  let cursor: string | undefined;
  for (;;) {
    const res = await srv.json(`/api/objects?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { as });
    assert.equal(res.status, 200);
    out.push(...(res.body.items as StixObject[]));
    if (!res.body.next) return out;
    cursor = res.body.next;
  }
}

for (const backend of BACKENDS) {
  describe(`OpsTrack properties declared where stored (${backend})`, () => {
    test('TAXII default collection and /api/objects serve clean STIX with every definition, whichever path wrote it', () =>
      withServer(backend, { users: [{ name: 'reader', org: 'partner', role: 'reader' }, { name: 'editor', org: 'A', role: 'editor' }] }, async (srv) => {
        const knowledge = knowledgeObjects();
        assert.ok(knowledge.every((o) => !o.extensions), 'made undeclared, as the knowledge loader makes them');
        await srv.store.put([...knowledge, buildIndicator({ name: 'no custom property' })], { ownerOrgId: srv.orgs.A });
        // through the import pipeline (worker-derived rows, putRows)
        const sent = undeclaredReportAndPerson();
        const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: sent };
        const imp = await srv.json('/api/import', { as: 'editor', method: 'POST', json: bundle });
        assert.equal(imp.status, 200, JSON.stringify(imp.body));
        assert.equal(imp.body.new, 2);

        for (const [where, objects] of [['TAXII', await taxiiDefault(srv, 'reader')], ['/api/objects', await apiObjects(srv, 'reader')]] as const) {
          const ids = new Set(objects.map((o) => o.id));
          for (const id of [OPSTRACK_IDENTITY_ID, OPSTRACK_PROPERTIES_EXTENSION_ID, CLAIM_EXTENSION_ID]) assert.ok(ids.has(id), `${where} lists ${id}`);
          for (const o of [...knowledge, ...sent]) assert.ok(ids.has(o.id), `${where} serves ${o.id}`);
          assertClean(objects);
          const declared = objects.filter((o) => Object.keys(o).some((k) => k.startsWith('x_opstrack_')));
          assert.ok(declared.length >= knowledge.length + sent.length, `${where}: the objects with OpsTrack properties are there`);
          const kosovo = objects.find((o) => o.id === knowledge[0]!.id)!;
          assert.equal(kosovo.country, undefined, `${where}: no non-ISO country`);
          assert.equal(kosovo.region, 'southern-europe');
          assert.equal(kosovo.x_opstrack_country, 'XK');
          const plain = objects.find((o) => o.type === 'indicator')!;
          assert.equal(plain.extensions, undefined, 'an object without OpsTrack properties gains nothing');
        }
        // the same objects put again, undeclared or declared, are unchanged, not conflicts
        const again = await srv.json('/api/import', { as: 'editor', method: 'POST', json: { ...bundle, id: `bundle--${randomUUID()}` } });
        assert.deepEqual([again.body.new, again.body.unchanged, again.body.conflicts], [0, 2, 0]);
        const declaredAgain = await srv.store.put(cleanObjects(knowledge).filter((o) => knowledge.some((k) => k.id === o.id)), { ownerOrgId: srv.orgs.A });
        assert.deepEqual([declaredAgain.new, declaredAgain.unchanged, declaredAgain.conflicts.length], [0, knowledge.length, 0]);
      }));

    test('a database written by the previous release has its stored versions declared once when opened, same versions', () =>
      withStore(backend, async (store, location) => {
        const objects = [...knowledgeObjects(), ...undeclaredReportAndPerson()];
        const indicator = buildIndicator({ name: 'no custom property' });
        await store.put([...objects, indicator]);
        const stored = async (s: typeof store) =>
          new Map((await s.db.query<{ id: string; version: string; date_added: string; object_json: string }>(
            'SELECT id, version, date_added, object_json FROM objects')).map((r) => [r.id, r]));
        const now = await stored(store);
        for (const o of objects) assert.deepEqual(JSON.parse(now.get(o.id)!.object_json).extensions, DECLARATION, `${o.id} declared when stored`);
        // back to the previous release: texts as it stored them, no 090 migration
        for (const o of objects) await store.db.exec('UPDATE objects SET object_json = ? WHERE id = ?', [JSON.stringify(o), o.id]);
        await store.db.exec('DROP TABLE declared_properties_state');
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '090-declared-properties'");
        const before = await stored(store);
        for (const o of objects) assert.equal(JSON.parse(before.get(o.id)!.object_json).extensions, undefined);

        for (let open = 0; open < 2; open++) {
          const upgraded = await openOpsTrackStore(location);
          try {
            const after = await stored(upgraded);
            assert.equal(after.size, before.size, 'no version added or lost');
            for (const o of objects) {
              const row = after.get(o.id)!;
              assert.equal(row.version, before.get(o.id)!.version, 'same version');
              assert.equal(row.date_added, before.get(o.id)!.date_added, 'same date_added');
              assert.deepEqual(JSON.parse(row.object_json), { ...o, extensions: DECLARATION });
            }
            assert.equal(after.get(indicator.id)!.object_json, before.get(indicator.id)!.object_json, 'others untouched');
            const [state] = await upgraded.db.query<{ done: number | string }>('SELECT done FROM declared_properties_state WHERE id = 1');
            assert.equal(Number(state?.done), 1);
            // an earlier client putting the same versions again: unchanged
            const again = await upgraded.put(objects);
            assert.deepEqual([again.new, again.unchanged, again.conflicts.length], [0, objects.length, 0]);
            const [read] = await upgraded.get(SYSTEM, objects[0]!.id);
            assert.deepEqual(read?.object.extensions, DECLARATION);
          } finally {
            await upgraded.close();
          }
        }
      }));
  });
}

test('Kosovo goes out as region and name, and reads back as the country XK', () => {
  const kosovo = loadDefaultKnowledge().find((e) => e.kind === 'country' && e.code === 'XK')!;
  const stix = entityToStix(kosovo);
  assert.equal(stix.country, undefined);
  assert.equal(stix.region, 'southern-europe');
  const back = stixToEntity(stix);
  assert.equal(back?.kind, 'country');
  assert.equal(back?.code, 'XK');
  // stored by an earlier release with country "XK": exports correct it
  const legacy = { ...stix, country: 'XK' } as StixObject;
  delete legacy.region;
  delete legacy.x_opstrack_country;
  const [out] = cleanObjects([legacy]);
  assert.equal(out!.country, undefined);
  assert.equal(out!.region, 'southern-europe');
  assert.equal(out!.x_opstrack_country, 'XK');
  assert.equal(stixToEntity(legacy)?.code, 'XK');
});
