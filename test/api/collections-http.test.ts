/**
 * Collections for the sharing page (GET/POST /api/collections, objects in and out), on both
 * backends: grants are exactly what was chosen, the creator's organisation keeps its collection,
 * only writers add or remove objects, and an organisation without a grant neither reads nor writes;
 * what the API puts in, a partner reads through TAXII.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIntrusionSet, buildReport } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';

for (const backend of BACKENDS) {
  describe(`collections API (${backend})`, () => {
    let srv: TestServer;
    const green = buildReport([], { name: 'Shared report', object_marking_refs: [tlpMarkingId('green')] });
    const amberBeta = buildIntrusionSet({ name: 'Beta only', object_marking_refs: [tlpMarkingId('amber')] });
    let partnerCollection = '';

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'ed', org: 'alpha', role: 'editor' },
          { name: 'rita', org: 'alpha', role: 'reader' },
          { name: 'bea', org: 'beta', role: 'editor' },
          { name: 'gus', org: 'gamma', role: 'editor' },
          { name: 'gil', org: 'gamma', role: 'reader' },
        ],
      });
      await srv.store.put([green], { ownerOrgId: srv.orgs.alpha });
      await srv.store.put([amberBeta], { ownerOrgId: srv.orgs.beta });
    });
    after(async () => srv?.close());

    const taxiiObjects = (as: string, cid: string) =>
      srv.json(`/taxii2/opstrack/collections/${cid}/objects/`, { as, auth: 'basic', headers: { accept: TAXII } });

    test('the TAXII addresses are given to the UI', async () => {
      const res = await srv.json('/api/taxii', { as: 'rita' });
      assert.deepEqual([res.body.discovery, res.body.api_root], ['/taxii2/', '/taxii2/opstrack/']);
      assert.equal((await srv.json(res.body.api_root, { as: 'rita', auth: 'basic', headers: { accept: TAXII } })).status, 200);
      const plain = await srv.json(`${res.body.api_root}collections/${res.body.plain_claims}/`, { as: 'rita', auth: 'basic', headers: { accept: TAXII } });
      assert.equal(plain.status, 200);
      assert.equal(plain.body.alias, 'plain-claims');
    });

    test('an editor creates a collection for a partner: readers only as chosen, the creator keeps it', async () => {
      const res = await srv.json('/api/collections', { method: 'POST', as: 'ed', json: { title: 'For beta', readers: ['beta'] } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      partnerCollection = res.body.id;
      assert.deepEqual(res.body.readers, [{ id: srv.orgs.beta, name: 'beta' }]);
      assert.deepEqual(res.body.writers, []);
      assert.deepEqual(res.body.owner, { id: srv.orgs.alpha, name: 'alpha' });
      const seen = async (user: string) => (await srv.json('/api/collections', { as: user })).body.items.find((c: { id: string }) => c.id === partnerCollection);
      assert.deepEqual([(await seen('ed'))?.can_read, (await seen('ed'))?.can_write], [true, true], 'the creator keeps it');
      assert.deepEqual([(await seen('rita'))?.can_read, (await seen('rita'))?.can_write], [true, false], 'a reader of the owner reads');
      assert.deepEqual([(await seen('bea'))?.can_read, (await seen('bea'))?.can_write], [true, false], 'beta was granted reading only');
      assert.equal(await seen('gus'), undefined, 'gamma was granted nothing');
      assert.equal((await srv.json(`/api/collections/${partnerCollection}`, { as: 'gus' })).status, 404);
      // TAXII says the same
      const taxii = await srv.json(`/taxii2/opstrack/collections/${partnerCollection}/`, { as: 'bea', auth: 'basic', headers: { accept: TAXII } });
      assert.deepEqual([taxii.body.can_read, taxii.body.can_write], [true, false]);
    });

    test('refused: a reader creating (403), an unknown organisation (400 naming it), everyone-read by a non-admin (403)', async () => {
      assert.equal((await srv.json('/api/collections', { method: 'POST', as: 'rita', json: { title: 'No' } })).status, 403);
      const unknown = await srv.json('/api/collections', { method: 'POST', as: 'ed', json: { title: 'X', readers: ['beta', 'nobody'] } });
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.field, 'readers[1]');
      assert.match(unknown.body.message, /nobody/);
      assert.equal((await srv.json('/api/collections', { method: 'POST', as: 'ed', json: { title: 'X', everyone_read: true } })).status, 403);
    });

    test('the owner fills it; the partner reads it through TAXII and cannot write; others neither read nor write', async () => {
      const add = await srv.json(`/api/collections/${partnerCollection}/objects`, { method: 'POST', as: 'ed', json: { ids: [green.id] } });
      assert.equal(add.status, 200, JSON.stringify(add.body));
      assert.deepEqual(add.body.added, [green.id]);
      const listed = await srv.json(`/api/collections/${partnerCollection}/objects`, { as: 'bea' });
      assert.deepEqual(listed.body.items.map((o: { id: string }) => o.id), [green.id]);
      assert.equal((await srv.json(`/api/collections/${partnerCollection}`, { as: 'ed' })).body.object_count, 1);
      const read = await taxiiObjects('bea', partnerCollection);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.objects.map((o: { id: string }) => o.id), [green.id]);

      // beta may read only: neither the API nor TAXII lets it write
      const beaAdd = await srv.json(`/api/collections/${partnerCollection}/objects`, { method: 'POST', as: 'bea', json: { ids: [amberBeta.id] } });
      assert.equal(beaAdd.status, 403);
      const beaPost = await srv.fetch(`/taxii2/opstrack/collections/${partnerCollection}/objects/`, {
        method: 'POST', as: 'bea', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [amberBeta] }),
      });
      assert.equal(beaPost.status, 403);
      assert.equal((await srv.fetch(`/api/collections/${partnerCollection}/objects/${green.id}`, { method: 'DELETE', as: 'bea' })).status, 403);
      // gamma has no grant: 404 everywhere, as for a collection that does not exist
      assert.equal((await srv.json(`/api/collections/${partnerCollection}/objects`, { as: 'gil' })).status, 404);
      assert.equal((await srv.json(`/api/collections/${partnerCollection}/objects`, { method: 'POST', as: 'gus', json: { ids: [green.id] } })).status, 404);
      assert.equal((await taxiiObjects('gil', partnerCollection)).status, 404);
      // an alpha reader reads but does not add
      assert.equal((await srv.json(`/api/collections/${partnerCollection}/objects`, { method: 'POST', as: 'rita', json: { ids: [green.id] } })).status, 403);
    });

    test('an object the caller cannot see is not added (404 naming it) and nothing is added', async () => {
      const res = await srv.json(`/api/collections/${partnerCollection}/objects`, { method: 'POST', as: 'ed', json: { ids: [green.id, amberBeta.id] } });
      assert.equal(res.status, 404);
      assert.equal(res.body.field, 'ids[1]');
      assert.equal((await srv.json(`/api/collections/${partnerCollection}`, { as: 'ed' })).body.object_count, 1);
    });

    test('a version shared through a restricted collection is not passed on by its reader', async () => {
      // alpha writes a new object only to a collection beta may write; beta may see it, gamma not
      const shared = await srv.json('/api/collections', { method: 'POST', as: 'ed', json: { title: 'Alpha and beta', writers: ['beta'] } });
      const secret = buildIntrusionSet({ name: 'Only through a collection' });
      const posted = await srv.fetch(`/taxii2/opstrack/collections/${shared.body.id}/objects/`, {
        method: 'POST', as: 'ed', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [secret] }),
      });
      assert.equal(posted.status, 202);
      assert.equal((await srv.json(`/api/objects/${secret.id}`, { as: 'bea' })).status, 200);
      assert.equal((await srv.json(`/api/objects/${secret.id}`, { as: 'gil' })).status, 404);
      // what beta writes there, alpha reads as the collection's owner (no grant of its own), gamma not
      const fromBeta = buildIntrusionSet({ name: 'Written by beta' });
      const betaPost = await srv.fetch(`/taxii2/opstrack/collections/${shared.body.id}/objects/`, {
        method: 'POST', as: 'bea', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [fromBeta] }),
      });
      assert.equal(betaPost.status, 202);
      assert.equal((await srv.json(`/api/objects/${fromBeta.id}`, { as: 'rita' })).status, 200);
      assert.equal((await srv.json(`/api/objects/${fromBeta.id}`, { as: 'gil' })).status, 404);
      const own = await srv.json('/api/collections', { method: 'POST', as: 'bea', json: { title: 'Beta for gamma', readers: ['gamma'] } });
      assert.equal(own.status, 201);
      const passOn = await srv.json(`/api/collections/${own.body.id}/objects`, { method: 'POST', as: 'bea', json: { ids: [secret.id] } });
      assert.equal(passOn.status, 403);
      assert.equal(passOn.body.field, 'ids[0]');
      // nor through TAXII: an identical POST of it to beta's collection is refused for that object
      const taxiiPassOn = await srv.json(`/taxii2/opstrack/collections/${own.body.id}/objects/`, {
        method: 'POST', as: 'bea', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [secret] }),
      });
      assert.equal(taxiiPassOn.status, 202);
      assert.deepEqual([taxiiPassOn.body.success_count, taxiiPassOn.body.failure_count], [0, 1]);
      assert.equal((await srv.json(`/api/objects/${secret.id}`, { as: 'gil' })).status, 404);
      // re-posting it to the collection it is already in stays a success
      const again = await srv.json(`/taxii2/opstrack/collections/${shared.body.id}/objects/`, {
        method: 'POST', as: 'bea', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [secret] }),
      });
      assert.deepEqual([again.body.success_count, again.body.failure_count], [1, 0]);
      // its owner may
      assert.equal((await srv.json(`/api/collections/${own.body.id}/objects`, { method: 'POST', as: 'ed', json: { ids: [secret.id] } })).status, 404,
        'alpha has no grant on beta\'s collection');
    });

    test('the owner takes an object out; the partner no longer finds it there', async () => {
      const res = await srv.fetch(`/api/collections/${partnerCollection}/objects/${green.id}`, { method: 'DELETE', as: 'ed' });
      assert.equal(res.status, 204);
      assert.deepEqual((await taxiiObjects('bea', partnerCollection)).body.objects ?? [], []);
      assert.equal((await srv.json(`/api/collections/${partnerCollection}`, { as: 'ed' })).body.object_count, 0);
      assert.equal((await srv.fetch(`/api/collections/${partnerCollection}/objects/${green.id}`, { method: 'DELETE', as: 'ed' })).status, 404);
      // still in the store
      assert.equal((await srv.json(`/api/objects/${green.id}`, { as: 'gil' })).status, 200);
    });

    test('the OpenAPI document lists the collection routes', async () => {
      const doc = (await srv.json('/api/openapi.json')).body;
      for (const path of ['/api/collections', '/api/collections/{cid}/objects', '/api/collections/{cid}/objects/{id}', '/api/taxii']) {
        assert.ok(doc.paths[path], `${path} in OpenAPI`);
      }
    });
  });
}
