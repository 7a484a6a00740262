/**
 * Existence oracles, re-checked (issue 12, finding 7), both backends:
 * - a write conflict over TAXII (the status resource) answers the same for a hidden id+version as
 *   for a visible one the writer may not write: the version it sent, one reason, never the stored
 *   content or date (the JSON API's answer is checked in ownership.test.ts);
 * - no user of one organisation mints, lists or revokes tokens of another organisation's users,
 *   whatever their role: the answer is the one for an unknown user or token, and nothing changes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIntrusionSet, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const OUTSIDERS = ['editorB', 'readerB', 'adminB'] as const;

for (const backend of BACKENDS) {
  describe(`existence oracles (${backend})`, () => {
    let srv: TestServer;
    let objectsUrl = '';
    const hidden = buildIntrusionSet({ name: 'Oracle hidden', ...tlp('amber+strict') });
    const visible = buildIntrusionSet({ name: 'Oracle visible', ...tlp('green') });

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'editorB', org: 'B', role: 'editor' },
          { name: 'readerB', org: 'B', role: 'reader' },
          { name: 'adminB', org: 'B', role: 'admin', installationAdmin: false },
        ],
      });
      const r = await srv.json('/api/import', { as: 'editorA', method: 'POST', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [hidden, visible] } });
      assert.equal(r.body.new, 2);
      const cols = await srv.json('/taxii2/opstrack/collections/', { as: 'editorA', auth: 'basic', headers: { accept: TAXII } });
      objectsUrl = `/taxii2/opstrack/collections/${cols.body.collections.find((c: { title: string }) => c.title === 'default').id}/objects/`;
    });
    after(async () => srv?.close());

    test('a TAXII write conflict on a hidden id+version answers as on a visible one', async () => {
      for (const who of ['editorB', 'adminB'] as const) {
        const post = async (o: typeof hidden) => (await srv.json(objectsUrl, {
          as: who, auth: 'basic', method: 'POST', headers: { accept: TAXII, 'content-type': TAXII },
          body: JSON.stringify({ objects: [{ ...o, name: 'other content' }] }),
        })).body;
        const h = await post(hidden);
        const v = await post(visible);
        assert.equal(h.failure_count, 1);
        assert.deepEqual(Object.keys(h.failures[0]).sort(), Object.keys(v.failures[0]).sort());
        assert.equal(h.failures[0].version, hidden.modified, 'the version sent');
        assert.equal(h.failures[0].message, v.failures[0].message, 'one reason');
        assert.ok(!JSON.stringify(h).includes('Oracle hidden'));
      }
    });

    test('no role of another organisation mints, lists or revokes its users\' tokens', async () => {
      const editorA = srv.users.editorA!;
      const before = await srv.repo.listTokens(editorA.id);
      const [tokenA] = before;
      assert.ok(tokenA);
      for (const who of OUTSIDERS) {
        const mint = await srv.json('/api/tokens', { as: who, method: 'POST', json: { user: 'editorA' } });
        const mintUnknown = await srv.json('/api/tokens', { as: who, method: 'POST', json: { user: 'nobody-at-all' } });
        assert.equal(mint.status, mintUnknown.status, `${who} mint`);
        assert.equal(mint.body.code, mintUnknown.body.code);
        assert.ok(mint.status >= 400);
        const list = await srv.json('/api/tokens?user=editorA', { as: who });
        const listUnknown = await srv.json('/api/tokens?user=nobody-at-all', { as: who });
        assert.equal(list.status, listUnknown.status, `${who} list`);
        assert.ok(list.status >= 400);
        const revoke: { status: number } = await srv.json(`/api/tokens/${tokenA.id}`, { as: who, method: 'DELETE' });
        const revokeUnknown = await srv.json(`/api/tokens/${randomUUID()}`, { as: who, method: 'DELETE' });
        assert.equal(revoke.status, revokeUnknown.status, `${who} revoke`);
        assert.equal(revoke.status, 404);
      }
      assert.deepEqual(await srv.repo.listTokens(editorA.id), before, 'no token made or revoked');
      assert.equal((await srv.json('/api/objects', { as: 'editorA' })).status, 200, 'A\'s token still works');
    });
  });
}
