/**
 * The TAXII 2.1 surface, mounted by app.ts at /taxii2/. An encapsulated Fastify plugin (named
 * `opstrack-taxii`; it declares that it needs `opstrack-auth`, its `auth` decorator and
 * `request.viewer`): its body parser, content negotiation, error handler and 404 handler apply to
 * its routes only. Identity comes from the auth plugin's hook (`request.viewer`); routes ask for
 * Basic on 401 because TAXII clients authenticate that way. Every route is thin: check the collection and the caller's right,
 * parse filters, call one Store method, shape the answer.
 *
 * @example
 * // db: the store's database, handed out by the composition root
 * await app.register(authPlugin, { db });
 * await app.register(taxiiPlugin, { prefix: '/taxii2', store, db });
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Errors } from '../errors.ts';
import { assertJsonDepth } from '../model/json-depth.ts';
import { DEFAULT_PAGE_BYTES } from '../storage/list-filters.ts';
import { TaxiiContext } from './context.ts';
import { taxiiErrorHandler, taxiiNotFoundHandler } from './errors.ts';
import { bodyRepresentation, MEDIA_TYPE, negotiate, type Representation } from './media-types.ts';
import { apiRootRoutes } from './routes/api-root.ts';
import { collectionsRoutes } from './routes/collections.ts';
import { collectionsAdminRoutes } from './routes/collections-admin.ts';
import { discoveryRoutes } from './routes/discovery.ts';
import { manifestRoutes } from './routes/manifest.ts';
import { objectsRoutes } from './routes/objects.ts';
import { plainClaimsRoutes } from './routes/plain-claims.ts';
import { statusRoutes } from './routes/status.ts';
import { versionsRoutes } from './routes/versions.ts';
import type { ResolvedTaxiiOptions, TaxiiOptions } from './types.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types a TAXII route can answer with, in preference order (content negotiation). */
    taxiiOffers?: Representation[];
    /** The route's body is plain JSON (OpsTrack's admin extension), so application/json is accepted too. */
    taxiiJsonBody?: boolean;
    /** The route takes its body as text, unparsed (Add Objects parses it in worker threads). */
    taxiiRawBody?: boolean;
  }
}

export const TAXII_DEFAULTS = {
  title: 'OpsTrack TAXII 2.1',
  apiRoot: 'opstrack',
  maxContentLength: 10 * 1024 * 1024,
  maxPageSize: 1000,
  defaultPageSize: 100,
  maxPageBytes: DEFAULT_PAGE_BYTES,
} as const;

function resolve(options: TaxiiOptions): ResolvedTaxiiOptions {
  const o = { ...TAXII_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as ResolvedTaxiiOptions;
  if (!o.store || !o.db) throw new Errors.STORE_CONFIG('taxiiPlugin needs a store and its database');
  if (!/^[A-Za-z0-9._-]+$/.test(o.apiRoot)) throw new Errors.INPUT_INVALID(`apiRoot: '${o.apiRoot}' is not a URL segment`, { field: 'apiRoot' });
  if (!Number.isInteger(o.maxPageBytes) || o.maxPageBytes < 1) throw new Errors.INPUT_INVALID(`maxPageBytes: a positive number of bytes, got ${o.maxPageBytes}`, { field: 'maxPageBytes' });
  o.defaultPageSize = Math.min(o.defaultPageSize, o.maxPageSize);
  return Object.freeze(o);
}

async function taxii(app: FastifyInstance, options: TaxiiOptions): Promise<void> {
  const ctx = new TaxiiContext(resolve(options));

  app.setErrorHandler(taxiiErrorHandler);
  app.setNotFoundHandler(taxiiNotFoundHandler);

  // Bodies are TAXII envelopes (or STIX bundles): no other parser applies under /taxii2/, so any
  // other Content-Type is 415 and a body over max_content_length is 413 before it is read whole.
  app.removeAllContentTypeParsers();
  // Read as bytes: Add Objects hands them to its pipeline as they are (no decode and re-encode of a large body).
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ctx.options.maxContentLength }, (request, body, done) => {
    try {
      const plainJson = request.routeOptions.config?.taxiiJsonBody && /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
      if (!plainJson) bodyRepresentation(request.headers['content-type']);
    } catch (err) {
      done(err as Error, undefined);
      return;
    }
    // Add Objects reads its body in the import pipeline's worker threads (add-objects.ts).
    if (request.routeOptions.config?.taxiiRawBody) {
      done(null, body);
      return;
    }
    const text = (body as Buffer).toString('utf8');
    try {
      assertJsonDepth(text, 'body');
    } catch (err) {
      done(err as Error, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(new Errors.STIX_NOT_JSON((err as Error).message), undefined);
    }
  });

  // 406 is decided before any work, from what the matched route can serve; the answer's media
  // type follows (routes serving a STIX bundle, and the error handler, set their own).
  app.addHook('onRequest', async (request, reply) => {
    const offers = request.routeOptions.config?.taxiiOffers;
    if (!offers) return;
    const representation = negotiate(request.headers.accept, offers);
    ctx.setRepresentation(request, representation);
    reply.header('content-type', MEDIA_TYPE[representation]);
  });

  // Fastify rewrites a JSON-ish Content-Type as `application/taxii+json; version="2.1"; charset=utf-8`;
  // TAXII clients compare the media type token by token (cti-taxii-client does), so send it as
  // the spec writes it. JSON is UTF-8 by definition (RFC 8259), so no charset is lost.
  app.addHook('onSend', async (_request, reply, payload) => {
    const sent = reply.getHeader('content-type');
    if (typeof sent === 'string') {
      for (const type of Object.values(MEDIA_TYPE)) {
        const [essence = type] = type.split(';');
        if (sent.startsWith(essence)) reply.header('content-type', type);
      }
    }
    return payload;
  });

  discoveryRoutes(app, ctx);
  apiRootRoutes(app, ctx);
  statusRoutes(app, ctx);
  collectionsRoutes(app, ctx);
  collectionsAdminRoutes(app, ctx);
  objectsRoutes(app, ctx);
  plainClaimsRoutes(app, ctx);
  manifestRoutes(app, ctx);
  versionsRoutes(app, ctx);
}

export const taxiiPlugin = fp(taxii, {
  name: 'opstrack-taxii',
  fastify: '5.x',
  dependencies: ['opstrack-auth'],
  decorators: { fastify: ['auth'], request: ['viewer'] },
  // Its parsers and handlers stay inside its prefix scope.
  encapsulate: true,
});
