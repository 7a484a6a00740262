/**
 * The JSON API plugin (mounted at /api): object reads, search, graph, import/export, sharing,
 * sessions and administration. Every route declares JSON Schemas; the same schemas build the
 * OpenAPI 3.1 document at /api/openapi.json, browsable at /api/docs. One error handler answers
 * `{ code, message, field }`. Identity comes from the auth plugin (`request.viewer`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { Errors } from '../errors.ts';
import type { Store } from '../storage/store.ts';
import { DOCS_PAGE } from './docs-page.ts';
import { apiErrorHandler } from './error-handler.ts';
import { buildOpenApi, recordRoute, type RouteRecord } from './openapi.ts';
import { adminRoutes } from './routes/admin/admin.ts';
import { draftRoutes } from './routes/drafts/index.ts';
import { importRoutes } from './routes/import.ts';
import { objectRoutes } from './routes/objects/objects.ts';
import { sessionRoutes } from './routes/session.ts';
import { sharingRoutes } from './routes/sharing.ts';

export interface ApiOptions {
  store: Store;
  /** Largest import upload in bytes. */
  importBodyLimit: number;
}

const claimsPath = fileURLToPath(new URL('./routes/claims/index.ts', import.meta.url));

export async function apiPlugin(app: FastifyInstance, options: ApiOptions): Promise<void> {
  const { store, importBodyLimit } = options;
  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(...recordRoute(route));
  });
  app.setErrorHandler(apiErrorHandler);
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ code: 'OPS_ERR_STORE_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
  // STIX's own media type is JSON too
  app.addContentTypeParser(['application/stix+json', 'application/taxii+json'], { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  await app.register(multipart, { limits: { fileSize: importBodyLimit, files: 1, fields: 5, parts: 6 }, throwFileSizeLimit: true });

  await app.register(sessionRoutes);
  await app.register(objectRoutes, { store });
  await app.register(importRoutes, { store, bodyLimit: importBodyLimit });
  await app.register(sharingRoutes, { store });
  await app.register(adminRoutes);
  await app.register(draftRoutes, { store, bodyLimit: importBodyLimit });
  if (existsSync(claimsPath)) {
    const mod = (await import(claimsPath)) as Record<string, unknown>;
    const plugin = (mod.claimsRoutes ?? mod.claimsPlugin ?? mod.default) as FastifyPluginAsync<{ store: Store }> | undefined;
    if (typeof plugin !== 'function') throw new Errors.STORE_CONFIG('src/api/routes/claims/index.ts exports no claimsRoutes plugin');
    await app.register(plugin, { store });
  }

  let doc: Record<string, unknown> | undefined;
  app.get('/openapi.json', {
    config: { public: true },
    schema: { tags: ['docs'], summary: 'This OpenAPI 3.1 document' },
  }, async () => (doc ??= buildOpenApi(routes, { title: 'OpsTrack API', version: '0.1.0' })));

  app.get('/docs', {
    config: { public: true },
    schema: { tags: ['docs'], summary: 'Browsable API documentation (HTML)' },
  }, async (_request, reply) => {
    reply.header('content-security-policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    return reply.type('text/html; charset=utf-8').send(DOCS_PAGE);
  });
}
