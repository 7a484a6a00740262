/**
 * Issue 16: the plain mapping of claims over TAXII, for consumers that ignore extensions. A
 * read-only collection lists with the others; its objects are the attribution relationships,
 * opinions and notes of the claims the caller may see (no x-opstrack-claim), paged and filtered as
 * TAXII asks; writing to it is 403.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { PLAIN_CLAIMS_COLLECTION_ID } from '../../src/taxii/routes/plain-claims.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer } from '../helpers/http.ts';
import { requireShared } from '../helpers/shared.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { articleWorld } from '../claims/article-claims.ts';

const TAXII = 'application/taxii+json;version=2.1';

for (const backend of BACKENDS) {
  describe(`plain-claims TAXII collection (${backend})`, () => {
    test('lists read-only; GET objects gives the plain mapping of what the caller may see; pages; refuses writes', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }, { name: 'other', org: 'Elsewhere', role: 'reader' }] });
      try {
        const world = articleWorld();
        assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ed', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: world.objects } })).status, 200);
        const inputs = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).map((c, i) => (i === 1 ? { ...c, object_marking_refs: [tlpMarkingId('amber')] } : c));
        const created = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: inputs } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const denialId = created.body.items[1].id as string;

        const get = (path: string, as: string, accept = TAXII) => srv.json(`/taxii2/opstrack/${path}`, { as, auth: 'basic', headers: { accept } });
        const listed = await get('collections/', 'other');
        assert.equal(listed.status, 200);
        const col = listed.body.collections.find((c: { id: string }) => c.id === PLAIN_CLAIMS_COLLECTION_ID);
        assert.ok(col, 'listed with the others');
        assert.deepEqual([col.can_read, col.can_write, col.alias], [true, false, 'plain-claims']);
        assert.deepEqual((await get(`collections/${PLAIN_CLAIMS_COLLECTION_ID}/`, 'other')).body, col);

        const objectsOf = async (as: string, query = '') => {
          const res = await get(`collections/plain-claims/objects/${query}`, as);
          assert.equal(res.status, 200, JSON.stringify(res.body));
          assert.match(res.headers.get('content-type')!, /^application\/taxii\+json/);
          return res;
        };
        const theirs = (await objectsOf('other')).body.objects as StixObject[];
        assert.ok(!theirs.some((o) => o.type === CLAIM_TYPE), 'no x-opstrack-claim');
        const rels = theirs.filter((o) => o.type === 'relationship');
        assert.ok(rels.some((r) => r.source_ref === world.ids.volt && r.target_ref === world.ids.cn && r.relationship_type === 'originates-from' && r.created_by_ref === world.ids.usGov), 'the US attribution, by its claimant');
        assert.ok(!theirs.some((o) => o.type === 'opinion'), 'the AMBER denial is not theirs to see');
        assert.ok(!JSON.stringify(theirs).includes(denialId));
        assertClean(theirs);
        const mine = (await objectsOf('ed')).body.objects as StixObject[];
        assert.ok(mine.some((o) => o.type === 'opinion' && o.opinion === 'strongly-disagree'), 'the denial as an opinion for its organisation');

        // match[type], then paging with limit/next: every object once.
        const onlyRels = (await objectsOf('other', '?match[type]=relationship')).body.objects as StixObject[];
        assert.deepEqual(onlyRels.map((o) => o.id).sort(), rels.map((o) => o.id).sort());
        const seen: string[] = [];
        let next: string | undefined;
        let pages = 0;
        do {
          const res = await objectsOf('other', `?limit=2${next ? `&next=${encodeURIComponent(next)}` : ''}`);
          seen.push(...((res.body.objects ?? []) as StixObject[]).map((o) => o.id));
          assert.ok(res.headers.get('x-taxii-date-added-first'));
          next = res.body.more ? res.body.next : undefined;
          pages++;
        } while (next && pages < 50);
        assert.deepEqual(seen.sort(), theirs.map((o) => o.id).sort());
        assert.ok(pages > 1);

        // One object; a STIX bundle when asked for one; the manifest.
        const one = await get(`collections/plain-claims/objects/${rels[0]!.id}/`, 'other');
        assert.deepEqual(one.body.objects.map((o: StixObject) => o.id), [rels[0]!.id]);
        assert.equal((await get(`collections/plain-claims/objects/${denialId}/`, 'other')).status, 404);
        const bundle = await get(`collections/${PLAIN_CLAIMS_COLLECTION_ID}/objects/`, 'other', 'application/stix+json;version=2.1');
        assert.equal(bundle.body.type, 'bundle');
        assert.equal(bundle.body.objects.length, theirs.length);
        assert.equal((await get('collections/plain-claims/manifest/', 'other')).body.objects.length, Math.min(theirs.length, 100));

        const write = await srv.fetch('/taxii2/opstrack/collections/plain-claims/objects/', {
          method: 'POST', as: 'ed', auth: 'basic', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [] }),
        });
        assert.equal(write.status, 403);
        // No stored collection can take its alias (its routes would shadow it).
        const { CollectionRepository } = await import('../../src/taxii/collections.ts');
        await assert.rejects(new CollectionRepository(srv.store.db).add({ title: 'Mine', alias: 'plain-claims' }), /plain-claims collection/);
      } finally {
        await srv.close();
      }
    });
  });
}
