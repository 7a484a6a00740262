/**
 * The auth plugin: the single place a caller's identity is established. Its onRequest hook reads,
 * in order, `Authorization: Bearer <token>`, `Authorization: Basic` (TAXII clients) or the
 * `opstrack_session` cookie (UI; unsafe methods must echo the session's CSRF token in
 * `X-OpsTrack-CSRF`), and sets `request.viewer`. Routes are protected unless their config says
 * `public: true`. A fastify-plugin named `opstrack-auth`, shared upward (not encapsulated), so its
 * hooks, `app.auth` and the request decorators (`viewer`, `user`, `authMethod`) reach every
 * sibling plugin: taxii and api declare it as a dependency.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Errors } from '../errors.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { AuthRepository } from './auth-repository.ts';
import { LoginThrottle } from './login-throttle.ts';
import { burnPasswordCheck, prepareDummyHash, verifyPassword } from './passwords.ts';
import { CSRF_HEADER, SESSION_COOKIE, toViewer, type AuthService } from './request-context.ts';
import { safeEqual, sha256 } from './secrets.ts';
import { roleAtLeast, type AuthOptions, type User } from './types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BASIC_CACHE_MAX = 10_000;

export interface AuthPluginOptions extends AuthOptions {
  /** The handle on the auth tables (the store's database), given by the composition root. */
  db: SqlDb;
}

/** A browser request sent by another site's page (TAXII clients and scripts send neither header). */
function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/** The route pattern (`/api/objects/:id`) rather than the raw URL, when a route matched. */
function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?', 1)[0]!;
}

async function auth(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const repo = new AuthRepository(options.db);
  // ready before the first unknown user asks, so that answer takes no longer than any other
  void prepareDummyHash().catch(() => undefined);
  const throttle = new LoginThrottle(options.db, options.lockout);
  const basicCacheMs = options.basicCacheMs ?? 60_000;
  // key: sha256(name, password, current hash) -> expiry. Keyed on the stored hash, so a password
  // change invalidates it at once. Derived state, not held state: it only spares a repeated bcrypt
  // of a check that would succeed again (the user row, disabled flag included, is read each time),
  // so another process without it answers the same.
  const basicCache = new Map<string, number>();
  const inflight = new Map<string, Promise<boolean>>();

  // requests that wrote their own audit entry: the automatic one would repeat it
  const audited = new WeakSet<FastifyRequest>();
  const audit: AuthService['audit'] = async (request, entry) => {
    audited.add(request);
    try {
      await repo.audit({
        userId: request.viewer?.userId ?? null, orgId: request.viewer?.orgId ?? null, target: null, status: null,
        ip: request.ip, requestId: String(request.id), detail: null, ...entry,
      });
    } catch (err) {
      request.log.error({ err }, 'audit write failed');
    }
  };

  const checkPassword: AuthService['checkPassword'] = async (request, name, password, action) => {
    const key = LoginThrottle.key(name, request.ip);
    // One statement per attempt reads the user and the pair's record: whether it is locked out and whether a success has failures to clear.
    const { found, failures } = await repo.credentialsAndFailures(name, key);
    const { wait, recorded } = throttle.assess(failures);
    if (wait > 0) {
      // 401, not 429: a failed authentication is 401 whatever the reason (TAXII 2.1 section 3.6.1).
      // The password is still checked (and its result thrown away), so a lockout answers in the same time.
      if (found?.hash) await verifyPassword(password, found.hash);
      else await burnPasswordCheck(password);
      await audit(request, { action, target: name, outcome: 'denied', status: 401, detail: 'locked out' });
      throw Object.assign(new Errors.AUTH_LOCKED(Math.ceil(wait / 1000)), { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } });
    }
    const cacheKey = found?.hash ? sha256(`${name}\u0000${password}\u0000${found.hash}`) : '';
    let ok = false;
    if (found && (basicCache.get(cacheKey) ?? 0) > Date.now()) ok = true;
    else if (found) {
      // a TAXII client opening many connections at once costs one bcrypt, not one per connection
      let pending = inflight.get(cacheKey);
      if (!pending) {
        pending = verifyPassword(password, found.hash).finally(() => inflight.delete(cacheKey));
        inflight.set(cacheKey, pending);
      }
      ok = await pending;
    } else await burnPasswordCheck(password);
    if (!ok || !found || found.user.disabled) {
      await throttle.fail(key);
      await audit(request, { action, target: name, outcome: 'denied', status: 401, detail: found ? 'bad password or disabled' : 'unknown user' });
      throw new Errors.AUTH_REQUIRED();
    }
    await throttle.succeed(key, recorded);
    if (basicCacheMs > 0) {
      if (basicCache.size >= BASIC_CACHE_MAX) basicCache.clear();
      basicCache.set(cacheKey, Date.now() + basicCacheMs);
    }
    return found.user;
  };

  const requireRole: AuthService['requireRole'] = (role) => async (request, reply) => {
    if (!request.viewer) throw challenge(request, reply);
    if (!roleAtLeast(request.viewer.role, role)) throw new Errors.AUTH_FORBIDDEN(`needs role ${role}`);
  };

  const service: AuthService = {
    repo, throttle, requireRole, checkPassword, audit,
    sessionTtlMs: options.sessionTtlMs ?? 12 * 3600_000,
    cookieSecure: options.cookieSecure ?? false,
  };

  await app.register(cookie);
  app.decorate('auth', service);
  app.decorateRequest('viewer', null);
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);

  function challenge(request: FastifyRequest, reply: FastifyReply): Error {
    const scheme = request.routeOptions.config?.authChallenge === 'basic' ? 'Basic' : 'Bearer';
    reply.header('www-authenticate', `${scheme} realm="OpsTrack", charset="UTF-8"`);
    return new Errors.AUTH_REQUIRED();
  }

  async function identify(request: FastifyRequest, reply: FastifyReply): Promise<User | undefined> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
      if (/^bearer$/i.test(scheme)) {
        const user = await repo.userForToken(value);
        if (!user) throw challenge(request, reply);
        request.authMethod = 'bearer';
        return user;
      }
      if (/^basic$/i.test(scheme)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) throw challenge(request, reply);
        // Browsers replay Basic credentials on their own, so a cross-site page could write with them.
        if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) throw new Errors.AUTH_CSRF();
        try {
          const user = await checkPassword(request, decoded.slice(0, colon), decoded.slice(colon + 1), 'basic-auth');
          request.authMethod = 'basic';
          return user;
        } catch (err) {
          if ((err as { statusCode?: number }).statusCode === 401) {
            // the challenge, keeping the error's own code and headers (a lockout's Retry-After)
            challenge(request, reply);
            throw err;
          }
          throw err;
        }
      }
      throw challenge(request, reply);
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) {
      const session = await repo.findSession(sessionId);
      if (!session) return undefined; // expired or logged out: anonymous
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !safeEqual(sent, session.csrf)) throw new Errors.AUTH_CSRF();
      }
      request.authMethod = 'session';
      return session.user;
    }
    return undefined;
  }

  app.addHook('onRequest', async (request, reply) => {
    // a route that checks its own credentials (the metrics token) is not a user's
    if (request.routeOptions.config?.ownCredentials === true) return;
    const user = await identify(request, reply);
    if (user && !user.disabled) {
      request.user = user;
      request.viewer = toViewer(user);
    } else {
      request.authMethod = null;
    }
    // Unmatched URLs fall through to a 404, which reveals nothing.
    if (!request.viewer && request.routeOptions.url !== undefined && request.routeOptions.config?.public !== true) {
      throw challenge(request, reply);
    }
  });

  // Writes (any unsafe method, on any plugin) and refused requests go to the audit log.
  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.config?.audit === false || audited.has(request)) return;
    const status = reply.statusCode;
    const denied = status === 401 || status === 403;
    if (!denied && SAFE_METHODS.has(request.method)) return;
    if (!denied && !request.viewer) return;
    await audit(request, {
      action: `${request.method} ${routeOf(request)}`,
      target: request.url.slice(0, 500),
      outcome: denied ? 'denied' : status < 400 ? 'ok' : 'failed',
      status,
    });
  });
}

/** Shared upward: the viewer hook, `app.auth` and the request decorators reach the whole app. */
export const authPlugin = fp(auth, { name: 'opstrack-auth', fastify: '5.x' });
