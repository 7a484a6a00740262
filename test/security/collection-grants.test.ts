/**
 * TAXII collection read grants restrict reading wherever a version is served (issue 12, finding 7;
 * docs/security.md "Collections"): a version written only to a restricted collection is read by
 * the organisations its collections grant reading to (and by its owner), through every path:
 * TAXII objects, object, versions and manifest of `default`, /api/objects, search, entity pages
 * (relationships, graph), claims queries and export. Others get exactly what they get for an
 * unknown id, and a write of it answers as for any hidden id. Both backends.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { StixObject } from '../../src/model/stix/core.ts';
import { buildClaim } from '../../src/claims/build-claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { NOT_OWNER_REASON } from '../../src/storage/store.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIdentity, buildIntrusionSet, buildMalware, buildRelationship, nextVersion, stixId, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const taxiiHeaders = { accept: TAXII, 'content-type': TAXII };

for (const backend of BACKENDS) {
  describe(`collection read grants (${backend})`, () => {
    let srv: TestServer;
    let defaultUrl = '';
    let closedUrl = '';
    const claimant = buildIdentity({ name: 'Grant claimant' });
    const publicGroup = buildIntrusionSet({ name: 'Openly known group' });
    // Written by A only to the collection `closed` (A writes, C reads): GREEN or unmarked, so
    // nothing but the collection's grants restricts them.
    const secret = buildIntrusionSet({ name: 'Collectionsecret group', ...tlp('green') });
    const secretV2 = nextVersion(secret, '2025-02-01T00:00:00.000Z', { description: 'second version' });
    const tool = buildMalware({ name: 'Collectionsecret implant' });
    const uses = buildRelationship(publicGroup, tool, { relationship_type: 'uses' });
    const claim = buildClaim({
      claimant_ref: claimant.id, stance: 'attributes', subject_refs: [publicGroup.id], made_on: '2025-03-01',
      source_ref: `report--${randomUUID()}`, evidence: { text: 'They did it.', lang: 'en' }, ...tlp('green'),
    }) as unknown as StixObject;
    const closedOnly = [secret, secretV2, tool, uses, claim];
    const OUTSIDERS = ['editorB', 'readerB', 'adminB'] as const;
    const INSIDERS = ['editorA', 'readerA', 'readerC'] as const;

    const get = (who: string, path: string) => srv.json(path, { as: who, auth: 'basic', headers: { accept: TAXII } });
    const idsOf = (items: Array<{ id: string }> | undefined) => new Set((items ?? []).map((o) => o.id));

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'readerA', org: 'A', role: 'reader' },
          { name: 'editorB', org: 'B', role: 'editor' },
          { name: 'readerB', org: 'B', role: 'reader' },
          { name: 'adminB', org: 'B', role: 'admin', installationAdmin: false },
          { name: 'readerC', org: 'C', role: 'reader' },
          { name: 'editorC', org: 'C', role: 'editor' },
        ],
      });
      await srv.store.put([claimant, publicGroup]);
      const closed = await new CollectionRepository(srv.store.db).add({ title: 'closed', writeOrgs: [srv.orgs.A!], readOrgs: [srv.orgs.C!] });
      const cols = await get('editorA', '/taxii2/opstrack/collections/');
      const def = cols.body.collections.find((c: { title: string }) => c.title === 'default');
      defaultUrl = `/taxii2/opstrack/collections/${def.id}/`;
      closedUrl = `/taxii2/opstrack/collections/${closed.id}/`;
      const post = await srv.json(`${closedUrl}objects/`, {
        as: 'editorA', auth: 'basic', method: 'POST', headers: taxiiHeaders, body: JSON.stringify({ objects: closedOnly }),
      });
      assert.equal(post.status, 202, JSON.stringify(post.body));
      assert.equal(post.body.success_count, closedOnly.length, JSON.stringify(post.body));
    });
    after(async () => srv?.close());

    test('outsiders read nothing written only to a restricted collection, on any path, and answer as for unknown ids', async () => {
      const unknown = stixId('intrusion-set');
      for (const who of OUTSIDERS) {
        const objects = await get(who, `${defaultUrl}objects/`);
        assert.equal(objects.status, 200);
        for (const o of closedOnly) assert.ok(!idsOf(objects.body.objects).has(o.id), `${who} reads ${o.id} through default`);
        const manifest = await get(who, `${defaultUrl}manifest/`);
        for (const o of closedOnly) assert.ok(!idsOf(manifest.body.objects).has(o.id), `${who} sees ${o.id} in the manifest`);
        const absent = await get(who, `${defaultUrl}objects/${unknown}/`);
        const absentVersions = await get(who, `${defaultUrl}objects/${unknown}/versions/`);
        for (const o of [secret, tool, uses]) {
          const one = await get(who, `${defaultUrl}objects/${o.id}/?match[version]=all`);
          assert.equal(one.status, absent.status, `${who} TAXII object ${o.id}`);
          const { error_id: _a, ...shape } = one.body;
          const { error_id: _b, ...absentShape } = absent.body;
          assert.deepEqual(shape, JSON.parse(JSON.stringify(absentShape).replaceAll(unknown, o.id)));
          const versions = await get(who, `${defaultUrl}objects/${o.id}/versions/`);
          assert.equal(versions.status, absentVersions.status, `${who} TAXII versions ${o.id}`);
          assert.equal((await srv.json(`/api/objects/${o.id}`, { as: who })).status, 404, `${who} /api/objects/${o.id}`);
          assert.equal((await srv.json(`/api/objects/${o.id}?version=first`, { as: who })).status, 404);
        }
        assert.equal((await get(who, `${closedUrl}objects/`)).status, 404, 'the collection itself does not exist for them');
        const list = await srv.json('/api/objects?limit=1000', { as: who });
        for (const o of closedOnly) assert.ok(!idsOf(list.body.items).has(o.id), `${who} lists ${o.id}`);
        const search = await srv.json('/api/search?q=Collectionsecret', { as: who });
        assert.deepEqual(search.body.items, [], `${who} finds it by search`);
        const rels = await srv.json(`/api/objects/${publicGroup.id}/relationships`, { as: who });
        assert.deepEqual(rels.body.items, [], `${who} sees the relationship on the entity page`);
        const graph = await srv.json(`/api/objects/${publicGroup.id}/graph`, { as: who });
        assert.ok(!JSON.stringify(graph.body).includes(tool.id), `${who} sees the tool in the graph`);
        const claims = await srv.json(`/api/claims?subject=${publicGroup.id}`, { as: who });
        assert.equal(claims.body.total, 0, `${who} counts the claim`);
        assert.deepEqual(claims.body.items, []);
        assert.equal((await srv.json(`/api/claims/${claim.id}`, { as: who })).status, 404);
        const about = await srv.json(`/api/claims/about/${publicGroup.id}`, { as: who });
        assert.equal(about.body.total, 0, `${who} sees it about the group`);
        const timeline = await srv.json('/api/claims/timeline', { as: who });
        assert.deepEqual(timeline.body.points, []);
        const exported = await srv.fetch('/api/export', { as: who });
        const text = await exported.text();
        for (const o of closedOnly) assert.ok(!text.includes(o.id), `${who} exports ${o.id}`);
      }
    });

    test('the owner organisation and the organisations granted reading read it everywhere, every version', async () => {
      for (const who of INSIDERS) {
        const objects = await get(who, `${defaultUrl}objects/?match[version]=all`);
        for (const o of closedOnly) assert.ok(idsOf(objects.body.objects).has(o.id), `${who} misses ${o.id} through default`);
        const versions = await get(who, `${defaultUrl}objects/${secret.id}/versions/`);
        assert.equal(versions.body.versions.length, 2, who);
        if (who !== 'editorA') {
          const viaClosed = await get(who, `${closedUrl}objects/`);
          assert.equal(viaClosed.status, 200, who);
        }
        assert.equal((await srv.json(`/api/objects/${secret.id}`, { as: who })).body.object.description, 'second version');
        const search = await srv.json('/api/search?q=Collectionsecret', { as: who });
        assert.equal(search.body.items.length, 2, who);
        assert.equal((await srv.json(`/api/objects/${publicGroup.id}/relationships`, { as: who })).body.items.length, 1, who);
        assert.equal((await srv.json(`/api/claims?subject=${publicGroup.id}`, { as: who })).body.total, 1, who);
      }
    });

    test('a write of a version hidden by a collection answers as for any id the writer may not write', async () => {
      const before = JSON.stringify(await srv.store.get(SYSTEM, secret.id, ['all']));
      for (const who of ['editorB', 'adminB'] as const) {
        // an identical copy (was 'unchanged' for a readable version, an oracle), other content, a later version
        for (const attempt of [secret, { ...secret, name: 'other content' }, nextVersion(secret, '2026-01-01T00:00:00.000Z')]) {
          const imp = await srv.json('/api/import', { as: who, method: 'POST', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [attempt] } });
          assert.equal(imp.status, 200);
          assert.equal(imp.body.unchanged, 0, `${who}: the copy must not be recognised`);
          assert.equal(imp.body.conflictList[0]?.reason, NOT_OWNER_REASON);
          assert.equal(imp.body.conflictList[0]?.version, attempt.modified, 'the version sent, not the stored one');
          const post = await srv.json(`${defaultUrl}objects/`, { as: who, auth: 'basic', method: 'POST', headers: taxiiHeaders, body: JSON.stringify({ objects: [attempt] }) });
          assert.equal(post.body.success_count, 0);
        }
      }
      assert.equal(JSON.stringify(await srv.store.get(SYSTEM, secret.id, ['all'])), before, 'nothing changed');
    });

    test('a reader organisation cannot widen it; the owner can, by writing the same version to default', async () => {
      const copy = await srv.json(`${defaultUrl}objects/`, { as: 'editorC', auth: 'basic', method: 'POST', headers: taxiiHeaders, body: JSON.stringify({ objects: [tool] }) });
      assert.equal(copy.status, 202);
      assert.equal((await srv.json(`/api/objects/${tool.id}`, { as: 'readerB' })).status, 404, 'still hidden from B');
      const widen = await srv.json(`${defaultUrl}objects/`, { as: 'editorA', auth: 'basic', method: 'POST', headers: taxiiHeaders, body: JSON.stringify({ objects: [tool] }) });
      assert.equal(widen.body.success_count, 1);
      assert.equal((await srv.json(`/api/objects/${tool.id}`, { as: 'readerB' })).status, 200, 'in default now');
      assert.equal((await srv.json(`/api/objects/${secret.id}`, { as: 'readerB' })).status, 404, 'the rest stays closed');
    });

    test('a collection open to every reader restricts nothing', async () => {
      const open = await new CollectionRepository(srv.store.db).add({ title: 'open', writeOrgs: [srv.orgs.A!], everyoneRead: true });
      const shared = buildIntrusionSet({ name: 'Openly collected group' });
      const post = await srv.json(`/taxii2/opstrack/collections/${open.id}/objects/`, {
        as: 'editorA', auth: 'basic', method: 'POST', headers: taxiiHeaders, body: JSON.stringify({ objects: [shared] }),
      });
      assert.equal(post.body.success_count, 1);
      assert.equal((await srv.json(`/api/objects/${shared.id}`, { as: 'readerB' })).status, 200);
    });
  });
}
