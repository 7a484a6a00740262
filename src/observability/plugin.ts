/**
 * `/healthz` and `/metrics` on every process (`serve`, each `--workers` process, `worker` when given
 * a port), and the request metrics hook.
 *
 * - `/healthz` is public and minimal, for load balancers and orchestrators: 200
 *   `{"status":"ok","database":"ok","jobs_waiting":N}` when the database answers (N: jobs waiting in
 *   the queue, every queue), 503 `{"status":"unavailable","database":"unreachable"}` when it does
 *   not. It names no version, user, path or object. The `x-opstrack-process` header names the
 *   process that answered (its pid), so a balancer's spread can be seen.
 * - `/metrics` exposes counts a stranger should not read (routes hit, queue sizes), so it is
 *   guarded by an operator setting, never a request field: with `OPSTRACK_METRICS_TOKEN` set, a
 *   scraper sends `Authorization: Bearer <token>`; unset, only loopback clients may read it
 *   (`request.ip`, so behind `--trust-proxy` the forwarded client counts, not the proxy).
 *   Either way the auth plugin leaves the route's credentials to this plugin (`ownCredentials`).
 * @example
 * await app.register(observabilityPlugin, { db, jobs, metricsToken: settings.metricsToken });
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { safeEqual } from '../auth/secrets.ts';
import type { JobQueue } from '../jobs/types.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { Metrics } from './metrics.ts';

export interface ObservabilityOptions {
  /** The installation's database, pinged by /healthz. */
  db: SqlDb;
  /** The job queue, for its depth and job metrics. */
  jobs?: JobQueue;
  /** The scrape token (OPSTRACK_METRICS_TOKEN); undefined: loopback clients only. */
  metricsToken?: string;
}

export const PROCESS_HEADER = 'x-opstrack-process';

function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}

async function observability(app: FastifyInstance, options: ObservabilityOptions): Promise<void> {
  const metrics = new Metrics(options.jobs);
  app.decorate('metrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  app.get('/healthz', { config: { public: true, audit: false, ownCredentials: true } }, async (_request, reply) => {
    reply.header(PROCESS_HEADER, String(process.pid)).header('cache-control', 'no-store');
    try {
      await options.db.query('SELECT 1');
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
    let waiting = 0;
    try {
      for (const q of (await options.jobs?.counts()) ?? []) waiting += (q.states.created ?? 0) + (q.states.retry ?? 0);
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'ok', jobs: 'unreachable' });
    }
    return { status: 'ok', database: 'ok', jobs_waiting: waiting };
  });

  app.get('/metrics', { config: { public: true, audit: false, ownCredentials: true } }, async (request, reply) => {
    reply.header(PROCESS_HEADER, String(process.pid)).header('cache-control', 'no-store');
    const token = options.metricsToken;
    if (token !== undefined) {
      const [scheme = '', given = ''] = (request.headers.authorization ?? '').trim().split(/\s+/, 2);
      if (!/^bearer$/i.test(scheme) || !safeEqual(given, token)) {
        return reply.code(401).header('www-authenticate', 'Bearer realm="OpsTrack metrics"')
          .send({ code: 'OPS_ERR_AUTH_REQUIRED', message: 'metrics need the scrape token (Authorization: Bearer, OPSTRACK_METRICS_TOKEN)' });
      }
    } else if (!isLoopback(request.ip)) {
      return reply.code(403).send({ code: 'OPS_ERR_AUTH_FORBIDDEN', message: 'metrics are served to loopback clients only; set OPSTRACK_METRICS_TOKEN to scrape from elsewhere' });
    }
    return reply.type(metrics.contentType).send(await metrics.text());
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/** Shared upward: the request hook sees every route of the app. */
export const observabilityPlugin = fp(observability, { name: 'opstrack-observability', fastify: '5.x' });
