/**
 * The composition root: one fastify instance serving the auth layer (shared with everything),
 * TAXII 2.1 under /taxii2/, the JSON API under /api and, when built, the web UI at /.
 * The store is injected: the caller opens it with OpsTrack's features (src/composition.ts: serve
 * command, tests) and buildApp closes it with the app only when told to (`closeStore`). buildApp
 * hands each plugin the store's database handle for its repositories; the plugins declare their
 * names and needs (auth first, then taxii and api, which depend on it), as Fastify's own do.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { apiPlugin } from './api/plugin.ts';
import { authPlugin } from './auth/plugin.ts';
import { securityHeaders, uiPolicy } from './security-headers.ts';
import type { AuthOptions } from './auth/types.ts';
import type { DraftServiceOptions } from './ingest/drafts/draft-service.ts';
import { runIngestJobs } from './ingest/ingest-jobs.ts';
import { LocalJobQueue } from './jobs/local-queue.ts';
import type { JobQueue } from './jobs/types.ts';
import { observabilityPlugin } from './observability/plugin.ts';
import type { Store } from './storage/store.ts';
import { TAXII_DEFAULTS, taxiiPlugin } from './taxii/plugin.ts';
import { PLAIN_CLAIMS_COLLECTION_ID } from './taxii/routes/plain-claims.ts';
import { installDefinitions, installTlpDefinitions } from './storage/tlp-definitions.ts';
import { opstrackDefinitions } from './import/outgoing.ts';
import type { LlmConfig } from './extract/llm.ts';

export interface AppConfig {
  /** Largest request body for ordinary routes, in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Largest bundle upload (`POST /api/import`) and TAXII envelope, in bytes. Default 50 MiB. */
  importBodyLimit?: number;
  auth?: AuthOptions;
  /** Fastify logger option. Default false (the serve command turns it on). */
  logger?: FastifyServerOptions['logger'];
  /** Trust X-Forwarded-* (behind a reverse proxy), so request.ip is the client's. Default false. */
  trustProxy?: boolean;
  /** Close the store when the app closes. Default false. */
  closeStore?: boolean;
  /** Mount TAXII 2.1 at /taxii2/. Default true. */
  taxii?: boolean;
  /** Serve the built UI at / when its index.html exists. Default true. */
  web?: boolean;
  /** The built UI's folder. Default web/dist. */
  webRoot?: string;
  /** Document ingestion: the operator's fetch setting, time limit and worker threads. */
  ingest?: Omit<DraftServiceOptions, 'jobs'>;
  /** Byte budget of a served page of objects (TAXII and API). Default 1 MiB. */
  pageBytes?: number;
  /** How often this process turns new claims and reports into notifications and calls webhooks, in ms. Default 2000; 0 never (tests drive it). */
  watchIntervalMs?: number;
  /** Machine translation of passages through this OpenAI-compatible endpoint (OPSTRACK_LLM_URL); absent: none. */
  translation?: LlmConfig;
  /** Run the job worker (URL drafts, feed polls) in this process. Default true; false leaves jobs to `opstrack worker`. */
  runJobs?: boolean;
  /** The /metrics scrape token (OPSTRACK_METRICS_TOKEN); unset: loopback clients only. */
  metricsToken?: string;
}

export interface BuildAppOptions {
  store: Store;
  /**
   * The installation's job queue (src/jobs/open-queue.ts: pg-boss on PostgreSQL), owned by the
   * caller. Default: the in-process runner over the store's database, owned and stopped by the app.
   */
  jobs?: JobQueue;
  config?: AppConfig;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const webDist = fileURLToPath(new URL('../web/dist/', import.meta.url));

/**
 * Builds the app, ready to `listen`.
 * @example
 * const app = await buildApp({ store, config: { logger: true } });
 * await app.listen({ host: '127.0.0.1', port: 4000 });
 */
export async function buildApp({ store, config = {}, jobs: givenJobs }: BuildAppOptions): Promise<FastifyInstance> {
  const bodyLimit = config.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const importBodyLimit = config.importBodyLimit ?? DEFAULT_IMPORT_BODY_LIMIT;
  const app = Fastify({
    logger: config.logger ?? false,
    bodyLimit,
    trustProxy: config.trustProxy ?? false,
    // A caller's X-Request-Id is kept when it is short and plain (it ends up in logs and the audit log).
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 500 },
    return503OnClosing: true,
    // additionalProperties: false means "refuse", not "silently drop": a typo in a filter is an error
    ajv: { customOptions: { removeAdditional: false } },
    forceCloseConnections: 'idle',
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const webRoot = config.webRoot ?? webDist;
  const webIndex = join(webRoot, 'index.html');
  const serveWeb = config.web !== false && existsSync(webIndex);
  // nosniff, no framing, no Referer, and a CSP on every answer (the UI's allows its inline script by hash)
  securityHeaders(app, uiPolicy(serveWeb ? readFileSync(webIndex, 'utf8') : undefined));
  // What every installation serves: the TLP 2.0 definitions its markings refer to (idempotent).
  await installTlpDefinitions(store);
  // ... and the definitions (and their publisher) of the extensions its stored objects use.
  await installDefinitions(store, opstrackDefinitions());
  // The composition root hands the repositories their database handle.
  const db = store.db;
  // Jobs (URL drafts, feed polls) go through the queue; this process works them unless told not to.
  const jobs = givenJobs ?? new LocalJobQueue(db);
  if (!givenJobs) await jobs.start();
  if (config.runJobs !== false) {
    const work = await runIngestJobs({ store, db, jobs, ingest: config.ingest, onError: (err) => app.log.error({ err }, 'job scheduling failed') });
    app.addHook('onClose', async () => work.stop());
  } else if (!givenJobs) app.addHook('onClose', async () => jobs.stop());
  if (config.closeStore) app.addHook('onClose', async () => store.close());

  await app.register(authPlugin, { db, ...config.auth });
  await app.register(observabilityPlugin, { db, jobs, metricsToken: config.metricsToken });

  if (config.taxii !== false) {
    await app.register(async function taxiiScope(scope) {
      // TAXII clients speak HTTP Basic: their 401s challenge for it.
      scope.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), authChallenge: 'basic' };
      });
      await scope.register(taxiiPlugin, { store, db, maxContentLength: importBodyLimit, maxPageBytes: config.pageBytes });
    }, { prefix: '/taxii2' });
  }

  await app.register(apiPlugin, {
    prefix: '/api', store, db, importBodyLimit, ingest: { ...config.ingest, jobs }, pageBytes: config.pageBytes, watchIntervalMs: config.watchIntervalMs ?? 2000,
    ...(config.translation ? { translation: config.translation } : {}),
    ...(config.taxii !== false ? {
      taxii: { discovery: '/taxii2/', apiRoot: `/taxii2/${TAXII_DEFAULTS.apiRoot}/`, plainClaims: PLAIN_CLAIMS_COLLECTION_ID },
    } : {}),
  });

  if (serveWeb) {
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(async function webScope(scope) {
      // the UI's files are public; its data comes from /api with the caller's credentials
      scope.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), public: true };
      });
      // one route per built file (no wildcard), so /api and /taxii2 keep their own 404s
      await scope.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
    });
    // client-side routes (/objects/..., /graph/...) load the app shell
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) return reply.type('text/html; charset=utf-8').send(createReadStream(join(webRoot, 'index.html')));
      return reply.code(404).send({ code: 'OPS_ERR_STORE_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
    });
  }
  return app;
}
