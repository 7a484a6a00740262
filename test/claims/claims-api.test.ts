/**
 * The article's four claims entered through the JSON API (real HTTP, both backends), then every
 * claim question asked through it too. Also: imported bundles with claims are indexed, and the
 * OpenAPI document lists the claim routes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { startServer } from '../helpers/http.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE } from '../../src/model/claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { articleWorld } from './article-claims.ts';

for (const backend of BACKENDS) {
  describe(`claims API (${backend})`, () => {
    test('the article claims entered over HTTP: contested, matrix, passages, responses, access', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, {
        users: [
          { name: 'ed', org: 'Newsroom', role: 'editor' },
          { name: 'reader', org: 'Newsroom', role: 'reader' },
          { name: 'other', org: 'Elsewhere', role: 'reader' },
        ],
      });
      try {
        const world = articleWorld();
        const { ids } = world;
        const imported = await srv.json('/api/import', { method: 'POST', as: 'ed', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: world.objects } });
        assert.equal(imported.status, 200, JSON.stringify(imported.body));

        const attributionId = `${CLAIM_TYPE}--${randomUUID()}`;
        const inputs = world.claims(attributionId);
        // A reader may not record claims; a bad claim names its field.
        assert.equal((await srv.json('/api/claims', { method: 'POST', as: 'reader', json: { claims: inputs } })).status, 403);
        const bad = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: [{ ...inputs[0], made_on: '15/01/2025' }] } });
        assert.equal(bad.status, 400);
        assert.equal(bad.body.field, 'claims[0].made_on');

        // The denial is AMBER: only the Newsroom sees it.
        const withAmberDenial = inputs.map((c, i) => (i === 1 ? { ...c, object_marking_refs: [tlpMarkingId('amber')] } : c));
        const created = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: withAmberDenial } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const [attribution, denial, accusation, warning] = created.body.items;
        assert.equal(attribution.id, attributionId);
        assert.deepEqual(attribution.extensions, { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } });

        const contested = await srv.json('/api/claims/contested', { as: 'reader' });
        assert.equal(contested.status, 200);
        assert.deepEqual(contested.body.items.map((c: { subject_name: string }) => c.subject_name).sort(), ['Salt Typhoon', 'Volt Typhoon']);
        assert.deepEqual((await srv.json('/api/claims/contested', { as: 'other' })).body.items, []);

        const matrix = await srv.json('/api/claims/matrix', { as: 'other' });
        assert.deepEqual(
          matrix.body.cells.map((c: { party_name: string; addressee_name: string; count: number }) => `${c.party_name}->${c.addressee_name}:${c.count}`).sort(),
          ['China->United States:1', 'United States->China:1'],
        );
        assert.equal((await srv.json('/api/claims/matrix?sector=financial-services', { as: 'other' })).body.cells.length, 1);

        for (const claim of [attribution, accusation, warning]) {
          const got = await srv.json(`/api/claims/${claim.id}`, { as: 'other' });
          assert.equal(got.status, 200);
          const e = got.body.claim.evidence;
          assert.equal(world.text.slice(e.start, e.end), e.text);
        }
        assert.equal((await srv.json(`/api/claims/${denial.id}`, { as: 'other' })).status, 404);
        const seen = await srv.json(`/api/claims/${denial.id}?history=true`, { as: 'reader' });
        assert.deepEqual(seen.body.claim.responds_to_refs, [attribution.id]);
        assert.equal(seen.body.versions.length, 1);

        const answers = await srv.json(`/api/claims?responds_to=${attribution.id}`, { as: 'reader' });
        assert.deepEqual(answers.body.items.map((c: { id: string }) => c.id).sort(), [denial.id, accusation.id].sort());
        assert.equal((await srv.json(`/api/claims?responds_to=${attribution.id}`, { as: 'other' })).body.total, 1);

        const about = await srv.json(`/api/claims/about/${ids.volt}`, { as: 'reader' });
        assert.equal(about.body.for[0].claimant_name, 'Government of the United States');
        assert.equal(about.body.against[0].claimant_name, 'Wang Lei');
        assert.equal((await srv.json(`/api/claims/by-source/${ids.report}`, { as: 'reader' })).body.total, 4);
        assert.equal((await srv.json(`/api/claims?party=${ids.cn}&stance=accuses`, { as: 'reader' })).body.total, 1);
        const timeline = await srv.json('/api/claims/timeline?interval=day', { as: 'other' });
        assert.equal(timeline.body.points.reduce((n: number, p: { count: number }) => n + p.count, 0), 3);

        // The published extension and schema are public; the OpenAPI document lists the claim routes.
        const ext = await srv.json('/api/claims/extension');
        assert.equal(ext.status, 200);
        assert.ok(ext.body.objects.some((o: { id: string }) => o.id === CLAIM_EXTENSION_ID));
        const openapi = await srv.json('/api/openapi.json', { as: 'reader' });
        for (const path of ['/api/claims', '/api/claims/contested', '/api/claims/matrix', '/api/claims/timeline', '/api/claims/about/{id}', '/api/claims/by-source/{id}']) {
          assert.ok(openapi.body.paths[path], `${path} in OpenAPI`);
        }
      } finally {
        await srv.close();
      }
    });

    test('a bundle with claims imported through the API is indexed', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }] });
      try {
        const world = articleWorld();
        const { buildClaim } = await import('../../src/claims/build-claim.ts');
        const { claimsBundle } = await import('../../src/claims/stix-mapping.ts');
        const claims = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).map((c) => buildClaim(c));
        const bundle = claimsBundle(claims, world.objects);
        const imported = await srv.json('/api/import', { method: 'POST', as: 'ed', json: bundle });
        assert.equal(imported.status, 200, JSON.stringify(imported.body));
        const contested = await srv.json('/api/claims/contested', { as: 'ed' });
        assert.deepEqual(contested.body.items.map((c: { subject_name: string }) => c.subject_name).sort(), ['Salt Typhoon', 'Volt Typhoon']);
        assert.equal((await srv.json('/api/claims', { as: 'ed' })).body.total, 4);
      } finally {
        await srv.close();
      }
    });
  });
}
