/**
 * Composition is explicit: auth, TAXII and API are named plugins that declare what they need
 * (TAXII and API depend on opstrack-auth and its decorators), and buildApp mounts TAXII unless
 * told not to, without looking for files.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildApp } from '../../src/app.ts';
import { apiPlugin } from '../../src/api/plugin.ts';
import { authPlugin } from '../../src/auth/plugin.ts';
import { taxiiPlugin } from '../../src/taxii/plugin.ts';

for (const backend of BACKENDS) {
  describe(`plugin composition (${backend})`, () => {
    test('TAXII and API refuse to start without opstrack-auth and its decorators; with it they mount in their own scopes', () =>
      withStore(backend, async (store) => {
        const db = store.db;
        for (const [name, register] of [
          ['taxii', (app: ReturnType<typeof Fastify>) => app.register(taxiiPlugin, { prefix: '/taxii2', store, db })],
          ['api', (app: ReturnType<typeof Fastify>) => app.register(apiPlugin, { prefix: '/api', store, db, importBodyLimit: 1024 })],
        ] as const) {
          const bare = Fastify();
          void register(bare);
          await assert.rejects(async () => { await bare.ready(); }, { code: 'FST_ERR_PLUGIN_NOT_PRESENT_IN_INSTANCE', message: new RegExp(`required by 'opstrack-${name}'`) }, `${name} without auth`);
          await bare.close();
        }
        const app = Fastify();
        await app.register(authPlugin, { db });
        await app.register(taxiiPlugin, { prefix: '/taxii2', store, db });
        await app.register(apiPlugin, { prefix: '/api', store, db, importBodyLimit: 1024 });
        await app.ready();
        // The API's public OpenAPI document and TAXII's own 404 (a TAXII error) each stay in their scope.
        assert.equal((await app.inject({ url: '/api/openapi.json' })).statusCode, 200);
        const taxii404 = await app.inject({ url: '/taxii2/nowhere/' });
        assert.equal(taxii404.statusCode, 404);
        assert.match(String(taxii404.headers['content-type']), /^application\/taxii\+json/);
        await app.close();
      }));

    test('buildApp mounts TAXII by default and leaves it out with taxii: false', () =>
      withStore(backend, async (store) => {
        const withTaxii = await buildApp({ store, config: { web: false } });
        const without = await buildApp({ store, config: { web: false, taxii: false } });
        try {
          assert.equal((await withTaxii.inject({ url: '/taxii2/' })).statusCode, 401, 'discovery exists and asks for credentials');
          assert.equal((await without.inject({ url: '/taxii2/' })).statusCode, 404);
          assert.equal((await without.inject({ url: '/api/openapi.json' })).statusCode, 200);
        } finally {
          await withTaxii.close();
          await without.close();
        }
      }));
  });
}
