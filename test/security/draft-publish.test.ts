/**
 * Draft publish over HTTP in the permission suite (issue 12): another organisation's editor,
 * reader and admin cannot read, edit, publish or delete a draft (each answers as for an unknown
 * draft, or 403 by role before anything is looked up), and publishing never writes a version of an
 * id another organisation owns: shared knowledge an organisation planted under the ids a report
 * would write (same version with other content, or another version) is referenced, never written
 * over, and the publish neither fails on it nor tells the publisher it exists. Both backends.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { extract } from '../../src/extract/extract.ts';
import { orgIdentity, planPublication, scopePublication } from '../../src/ingest/drafts/publish.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TEXT = [
  'Ministry rejects hacking claims',
  'The United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks.',
  'China\'s foreign ministry spokesperson denied the accusations and said the claims lacked evidence.',
].join('\n');

const OUTSIDERS = ['editorB', 'readerB', 'adminB'] as const;

/** The shared knowledge a publication of TEXT writes for the installation (built-in groups, states...). */
async function sharedKnowledgeOf(text: string): Promise<StixObject[]> {
  const viewer: UserViewer = { kind: 'user', userId: 'u', orgId: 'o', role: 'editor' };
  const plan = planPublication(text, extract(text), { viewer, orgName: 'O', tlp: 'amber', exists: () => false });
  const scoped = await scopePublication(plan, { tlp: 'amber', orgIdentityId: orgIdentity('o', '', '').id, lookup: { visibleEquivalent: async () => undefined } });
  return scoped.shared.filter((o) => o.type !== 'marking-definition');
}

for (const backend of BACKENDS) {
  describe(`draft publish by another organisation (${backend})`, () => {
    let srv: TestServer;
    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'editorB', org: 'B', role: 'editor' },
          { name: 'readerB', org: 'B', role: 'reader' },
          { name: 'adminB', org: 'B', role: 'admin', installationAdmin: false },
        ],
      });
    });
    after(async () => srv?.close());

    test('another organisation\'s editor, reader and admin cannot read, edit, publish or delete a draft', async () => {
      const created = await srv.json('/api/drafts', { method: 'POST', as: 'editorA', json: { text: `${TEXT}\nThe embassy declined to comment.`, tlp: 'amber+strict' } });
      assert.equal(created.status, 202);
      assert.equal(created.body.status, 'ready');
      const id = created.body.id as string;
      const item = created.body.items[0].id as string;
      const unknown = `draft--${randomUUID()}`;
      const before = JSON.stringify((await srv.json(`/api/drafts/${id}`, { as: 'editorA' })).body);
      const objectsBefore = (await srv.store.list(SYSTEM, { limit: 10_000 })).items.length;
      for (const who of OUTSIDERS) {
        const attempts: Array<[string, string, unknown?]> = [
          ['GET', ''],
          ['PATCH', `items/${item}`, { status: 'rejected' }],
          ['PATCH', `items/${item}`, { data: { label: 'Overwritten by B' } }],
          ['POST', 'publish', { tlp: 'clear', include_proposed: true }],
          ['DELETE', ''],
        ];
        for (const [method, tail, json] of attempts) {
          const path = (d: string) => `/api/drafts/${d}${tail ? `/${tail}` : ''}`;
          const r = await srv.json(path(id), { as: who, method, ...(json ? { json } : {}) });
          const absent = await srv.json(path(unknown), { as: who, method, ...(json ? { json } : {}) });
          assert.equal(r.status, absent.status, `${who} ${method} ${tail}: as for an unknown draft`);
          assert.ok([403, 404].includes(r.status), `${who} ${method} ${tail}: ${r.status}`);
          assert.equal(r.body.code, absent.body.code);
        }
        const list = await srv.json('/api/drafts', { as: who });
        assert.ok(!list.body.items.some((d: { id: string }) => d.id === id), `${who} lists it`);
      }
      assert.equal(JSON.stringify((await srv.json(`/api/drafts/${id}`, { as: 'editorA' })).body), before, 'the draft is unchanged');
      assert.equal((await srv.store.list(SYSTEM, { limit: 10_000 })).items.length, objectsBefore, 'nothing published');
    });

    test('publishing never writes a version of an id another organisation owns, and does not tell it exists', async () => {
      const shared = await sharedKnowledgeOf(TEXT);
      assert.ok(shared.length > 0, 'the report names shared knowledge');
      // B plants objects under those ids first: the same version with other content, or an earlier one
      const planted = shared.map((o, i) => ({
        ...o, name: `Planted by B ${i}`, ...tlp('amber+strict'),
        ...(i % 2 === 1 && o.modified !== undefined ? { modified: '2001-01-01T00:00:00.000Z', created: '2001-01-01T00:00:00.000Z' } : {}),
      }));
      const imp = await srv.json('/api/import', { as: 'editorB', method: 'POST', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: planted } });
      assert.equal(imp.status, 200, JSON.stringify(imp.body));
      assert.equal(imp.body.new, planted.length);
      const snapshot = async () => JSON.stringify(await Promise.all(shared.map((o) => srv.store.get(SYSTEM, o.id, ['all']))));
      const before = await snapshot();

      const created = await srv.json('/api/drafts', { method: 'POST', as: 'editorA', json: { text: TEXT, tlp: 'amber' } });
      assert.equal(created.body.status, 'ready', JSON.stringify(created.body));
      const pub = await srv.json(`/api/drafts/${created.body.id}/publish`, { method: 'POST', as: 'editorA', json: { include_proposed: true } });
      assert.equal(pub.status, 200, `the publish goes through: ${JSON.stringify(pub.body)}`);
      assert.equal(await snapshot(), before, 'no version written under B\'s ids');
      for (const o of shared) {
        const [owner] = await srv.store.get(SYSTEM, o.id, ['first']);
        assert.equal(owner?.ownerOrgId, srv.orgs.B);
      }
      const report = await srv.json(`/api/objects/${pub.body.report_id}`, { as: 'editorA' });
      assert.equal(report.status, 200);
    });
  });
}
