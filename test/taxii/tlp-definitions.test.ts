/**
 * A fresh installation serves the TLP 2.0 marking definitions its objects refer to (issue 12,
 * finding 9): the five OASIS objects to every user, through TAXII (byte for byte) and /api/objects,
 * owned by the installation so no organisation writes versions of them; a database of an earlier
 * release gains the ones it lacks when the server starts on it, keeps what it had, and a restart
 * adds nothing.
 * Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { SYSTEM } from '../../src/model/viewer.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { NOT_OWNER_REASON } from '../../src/storage/store.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { startOn, withServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';

/** The five TLP 2.0 marking definitions as OASIS publishes them (cti-stix-common-objects, tlp-2.0). */
const OASIS_TLP2 = new Map(
  ([
    ['clear', '94868c89-83c2-464b-929b-a1a8aa3c8487'],
    ['green', 'bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
    ['amber', '55d920b0-5e8b-4f79-9ee9-91f868d9b421'],
    ['amber+strict', '939a9414-2ddd-4d32-a0cd-375ea402b003'],
    ['red', 'e828b379-4e03-4974-9ac4-e53a884c97c1'],
  ] as const).map(([level, uuid]) => [
    `marking-definition--${uuid}`,
    `{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--${uuid}","created":"2022-10-01T00:00:00.000Z",` +
      `"name":"TLP:${level.toUpperCase()}","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":` +
      `{"extension_type":"property-extension","tlp_2_0":"${level}"}}}`,
  ]),
);

for (const backend of BACKENDS) {
  describe(`TLP 2.0 marking definitions (${backend})`, () => {
    test('a fresh installation serves the five OASIS definitions to every user, byte for byte, and no organisation rewrites them', () =>
      withServer(backend, { users: [{ name: 'reader', org: 'A', role: 'reader' }, { name: 'editor', org: 'B', role: 'editor' }] }, async (srv) => {
        const cols = await srv.json('/taxii2/opstrack/collections/', { as: 'reader', auth: 'basic', headers: { accept: TAXII } });
        const def = cols.body.collections.find((c: { title: string }) => c.title === 'default');
        const res = await srv.fetch(`/taxii2/opstrack/collections/${def.id}/objects/?match[type]=marking-definition`, {
          as: 'reader', auth: 'basic', headers: { accept: TAXII },
        });
        assert.equal(res.status, 200);
        const raw = await res.text();
        for (const text of OASIS_TLP2.values()) assert.ok(raw.includes(text), `served byte for byte: ${text}`);
        const served = (JSON.parse(raw) as { objects: Array<{ id: string }> }).objects;
        assert.deepEqual(served.map((o) => o.id).sort(), [...OASIS_TLP2.keys()].sort());
        for (const [id, text] of OASIS_TLP2) {
          const one = await srv.json(`/api/objects/${id}`, { as: 'editor' });
          assert.equal(one.status, 200, id);
          // the JSON API's response schema orders the common properties first; same content
          assert.deepEqual(one.body.object, JSON.parse(text));
          const taxii = await srv.fetch(`/taxii2/opstrack/collections/${def.id}/objects/${id}/`, { as: 'editor', auth: 'basic', headers: { accept: TAXII } });
          assert.ok((await taxii.text()).includes(text), `TAXII object ${id}`);
        }
        const list = await srv.json('/api/objects?type=marking-definition', { as: 'reader' });
        assert.equal(list.body.items.length, 5);
        // the installation's: another version (a renamed TLP:RED) is refused
        const [stored] = await srv.store.get(SYSTEM, tlpMarkingId('red'));
        assert.equal(stored?.ownerOrgId, undefined, 'owned by the installation');
        const renamed = { ...JSON.parse(OASIS_TLP2.get(tlpMarkingId('red'))!), name: 'TLP:CLEAR' };
        const imp = await srv.json('/api/import', { as: 'editor', method: 'POST', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [renamed] } });
        assert.equal(imp.body.conflictList[0]?.reason, NOT_OWNER_REASON);
      }));

    test('an earlier release\'s database gains the definitions it lacks when the server starts, keeps its own copy, and a restart adds nothing', () =>
      withStore(backend, async (store, location) => {
        const ids = [...OASIS_TLP2.keys()];
        // As an earlier release left it: no definitions but one, stored with a created_by_ref.
        await store.db.exec(`DELETE FROM objects WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
        const legacy = { ...JSON.parse(OASIS_TLP2.get(tlpMarkingId('green'))!), created_by_ref: 'identity--e828b379-4e03-4974-9ac4-e53a884c97c1' };
        await store.put([legacy]);
        const count = async (s: typeof store) => (await s.list(SYSTEM, { types: ['marking-definition'], versions: ['all'], limit: 100 })).items;
        assert.equal((await count(store)).length, 1);
        for (let i = 0; i < 2; i++) {
          // the server starting on it (`opstrack serve`), from a second handle as another process would
          const reopened = await openOpsTrackStore(location);
          await (await startOn(reopened, {}, () => reopened.close())).close();
          const found = await count(store);
          assert.deepEqual(found.map((s) => s.id).sort(), ids.sort());
          assert.deepEqual(found.find((s) => s.id === tlpMarkingId('green'))?.object, legacy, 'the stored copy is kept');
          for (const s of found.filter((f) => f.id !== tlpMarkingId('green'))) assert.equal(JSON.stringify(s.object), OASIS_TLP2.get(s.id));
        }
      }));
  });
}
