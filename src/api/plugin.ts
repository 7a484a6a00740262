/**
 * The JSON API plugin (mounted at /api): object reads, search, graph, import/export, sharing,
 * sessions and administration. Every route declares JSON Schemas; the same schemas build the
 * OpenAPI 3.1 document at /api/openapi.json, browsable at /api/docs. One error handler answers
 * `{ code, message, field }`. Identity comes from the auth plugin (`request.viewer`): the plugin,
 * named `opstrack-api`, declares `opstrack-auth` and the decorators it reads as its needs, and
 * stays encapsulated in its /api scope.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ClaimService } from '../claims/claim-service.ts';
import { ClaimRevisions } from '../claims/claim-revisions.ts';
import { assertJsonDepth } from '../model/json-depth.ts';
import { DraftService, type DraftServiceOptions } from '../ingest/drafts/draft-service.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';
import { SearchService } from '../search/search-service.ts';
import { WatchService } from '../watch/watch-service.ts';
import { WebhookSender } from '../watch/webhook-sender.ts';
import { startWatchLoop } from '../watch/watch-loop.ts';
import { DOCS_PAGE } from './docs-page.ts';
import { apiErrorHandler } from './error-handler.ts';
import { buildOpenApi, recordRoute, type RouteRecord } from './openapi.ts';
import { adminRoutes } from './routes/admin/admin.ts';
import { claimsRoutes } from './routes/claims/index.ts';
import { claimRevisionRoutes } from './routes/claims/revisions.ts';
import { resolveRoutes } from './routes/resolve.ts';
import { translationRoutes } from './routes/claims/translation.ts';
import { PassageTranslator } from '../translate/passage-translator.ts';
import { TranslationCache } from '../translate/translation-cache.ts';
import type { LlmConfig } from '../extract/llm.ts';
import { draftRoutes } from './routes/drafts/index.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/import.ts';
import { objectRoutes } from './routes/objects/objects.ts';
import { searchRoutes } from './routes/search/index.ts';
import { watchRoutes } from './routes/watch/index.ts';
import { sessionRoutes } from './routes/session.ts';
import { sharingRoutes } from './routes/sharing.ts';
import { collectionRoutes } from './routes/collections/index.ts';
import { CollectionService } from '../taxii/collection-service.ts';
import { statementRoutes } from './routes/statements/index.ts';
import { entityRoutes } from './routes/entities/index.ts';
import { EntityService } from '../entities/entity-service.ts';

export interface ApiOptions {
  store: Store;
  /** The handle on the features' tables (claims, drafts): the store's database, given by the composition root. */
  db: SqlDb;
  /** Largest import upload in bytes. */
  importBodyLimit: number;
  /** Document ingestion settings (the operator's: never taken from a request). */
  ingest?: DraftServiceOptions;
  /** Byte budget of an object list page (OPSTRACK_PAGE_BYTES); default 1 MiB. */
  pageBytes?: number;
  /** How often to dispatch notifications and call webhooks, in ms; 0 never. */
  watchIntervalMs?: number;
  /** The OpenAI-compatible endpoint for machine translation of passages; none: no translation offered. */
  translation?: LlmConfig;
  /** Paths of the TAXII discovery and API root, shown on the sharing page; absent when TAXII is off. */
  taxii?: { discovery: string; apiRoot: string; plainClaims?: string };
}

async function api(app: FastifyInstance, options: ApiOptions): Promise<void> {
  const { store, db, importBodyLimit, ingest, watchIntervalMs = 2000, translation } = options;
  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(...recordRoute(route));
  });
  app.setErrorHandler(apiErrorHandler);
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ code: 'OPS_ERR_STORE_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
  // STIX's own media type is JSON too. Every JSON body is refused (400) when it nests deeper than
  // any STIX object does, before it is parsed (its readers recurse: a 10,000-level body was a 500).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const depthCheckedJson: typeof parseJson = (request, body, done) => {
    try {
      assertJsonDepth(String(body), 'body');
    } catch (err) {
      done(err as Error, undefined);
      return;
    }
    parseJson(request, body, done);
  };
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/stix+json', 'application/taxii+json'], { parseAs: 'string' }, depthCheckedJson);
  await app.register(multipart, { limits: { fileSize: importBodyLimit, files: 1, fields: 5, parts: 6 }, throwFileSizeLimit: true });

  await app.register(sessionRoutes);
  await app.register(objectRoutes, { store, pageBytes: options.pageBytes });
  const search = new SearchService(store, db);
  await app.register(searchRoutes, { search });
  await app.register(resolveRoutes);
  // Follows, notifications and webhooks; webhook addresses obey the operator's private-address setting.
  const allowPrivate = ingest?.allowPrivateFetch ?? false;
  const watch = new WatchService(store, db, { allowPrivate });
  await app.register(watchRoutes, { watch });
  if (watchIntervalMs > 0) {
    const stopWatch = startWatchLoop(watch, new WebhookSender(db, { allowPrivate }), watchIntervalMs, (err) => app.log.error({ err }, 'watch dispatch failed'));
    app.addHook('onClose', async () => stopWatch());
  }
  await app.register(importRoutes, { store, bodyLimit: importBodyLimit });
  await app.register(sharingRoutes, { store });
  await app.register(collectionRoutes, { collections: new CollectionService(store, db), ...(options.taxii ? { taxii: options.taxii } : {}) });
  await app.register(adminRoutes);
  await app.register(draftRoutes, { drafts: new DraftService(store, db, ingest), bodyLimit: importBodyLimit });
  const claims = new ClaimService(store, db);
  await app.register(claimsRoutes, { service: claims });
  await app.register(statementRoutes, { service: claims, db });
  await app.register(entityRoutes, { entities: new EntityService(store, db) });
  await app.register(exportRoutes, { store, claims, search });
  await app.register(claimRevisionRoutes, { revisions: new ClaimRevisions(claims) });
  await app.register(translationRoutes, { claims, ...(translation ? { translator: new PassageTranslator(translation, { store: new TranslationCache(db) }) } : {}) });

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

export const apiPlugin = fp(api, {
  name: 'opstrack-api',
  fastify: '5.x',
  dependencies: ['opstrack-auth'],
  decorators: { fastify: ['auth'], request: ['viewer', 'user', 'authMethod'] },
  // Its error handler, parsers and 404 stay inside its /api scope.
  encapsulate: true,
});
