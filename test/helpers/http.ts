/**
 * Real-HTTP test servers: the whole app (auth, TAXII, API) on 127.0.0.1 with an ephemeral port,
 * over a fresh store per backend, with organisations, users (passwords and API tokens) made up front.
 *
 * @example
 * await withServer('sqlite', { users: [{ name: 'alice', org: 'A', role: 'editor' }] }, async (srv) => {
 *   const res = await srv.fetch('/api/objects', { as: 'alice' });            // Bearer token
 *   const taxii = await srv.fetch('/taxii2/', { as: 'alice', auth: 'basic' }); // HTTP Basic
 * });
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppConfig } from '../../src/app.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import type { Role, User } from '../../src/auth/types.ts';
import type { Store } from '../../src/storage/store.ts';
import { freshStore, type Backend, type TestStore } from './backends.ts';

// bcrypt at its lowest cost: tests create many users and need no real hashing strength
process.env.OPSTRACK_BCRYPT_ROUNDS ??= '4';

export interface UserSpec {
  name: string;
  org: string;
  role: Role;
  /**
   * With role admin: an installation admin (the default, as every admin of the previous release
   * became one), or false for an organisation's admin, who manages their organisation only.
   */
  installationAdmin?: boolean;
  /** Default `${name}-password`. */
  password?: string;
}

export interface ServerSpec {
  /** Organisations to create besides those the users name. */
  orgs?: string[];
  users?: UserSpec[];
  config?: AppConfig;
}

export interface TestUser extends User {
  password: string;
  /** An API token (Bearer) made for the user. */
  token: string;
}

export interface FetchOptions extends RequestInit {
  /** Call as this user (name); anonymous when absent. */
  as?: string;
  /** How to authenticate `as`: an API token (default) or HTTP Basic. */
  auth?: 'bearer' | 'basic';
  /** A JSON body: serialised, with Content-Type application/json. */
  json?: unknown;
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  repo: AuthRepository;
  /** `http://127.0.0.1:PORT` */
  url: string;
  users: Record<string, TestUser>;
  /** Organisation name -> id. */
  orgs: Record<string, string>;
  fetch(path: string, options?: FetchOptions): Promise<Response>;
  /** fetch + JSON body + status, for brevity. */
  json<T = any>(path: string, options?: FetchOptions): Promise<{ status: number; body: T; headers: Headers }>;
  /** Logs in through POST /api/session; returns the cookie header and CSRF token for later requests. */
  login(name: string, password?: string): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export function basicHeader(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

export async function startServer(backend: Backend, spec: ServerSpec = {}): Promise<TestServer> {
  const ts: TestStore = await freshStore(backend);
  try {
    return await startOn(ts.store, spec, () => ts.dispose());
  } catch (err) {
    await ts.dispose();
    throw err;
  }
}

/** Starts the app on an existing store (closing the server leaves the store open unless `dispose` is given). */
export async function startOn(store: Store, spec: ServerSpec = {}, dispose?: () => Promise<void>): Promise<TestServer> {
  const repo = new AuthRepository(store.db);
  const orgs: Record<string, string> = {};
  for (const name of new Set([...(spec.orgs ?? []), ...(spec.users ?? []).map((u) => u.org)])) {
    orgs[name] = ((await repo.findOrg(name)) ?? (await repo.addOrg(name))).id;
  }
  const users: Record<string, TestUser> = {};
  for (const u of spec.users ?? []) {
    const password = u.password ?? `${u.name}-password`;
    const user = await repo.addUser({ name: u.name, org: u.org, role: u.role, password, installationAdmin: u.role === 'admin' && u.installationAdmin !== false });
    users[u.name] = { ...user, password, token: (await repo.createToken(user.id, 'test')).token };
  }
  const app = await buildApp({ store, config: { ...spec.config } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  const doFetch = (path: string, options: FetchOptions = {}): Promise<Response> => {
    const { as, auth = 'bearer', json, ...init } = options;
    const headers = new Headers(init.headers);
    if (as) {
      const user = users[as];
      if (!user) throw new Error(`test server: no user '${as}'`);
      headers.set('authorization', auth === 'basic' ? basicHeader(user.name, user.password) : `Bearer ${user.token}`);
    }
    if (json !== undefined) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(json);
    }
    return fetch(url + path, { ...init, headers });
  };

  return {
    app, store, repo, url, users, orgs,
    fetch: doFetch,
    async json(path, options) {
      const res = await doFetch(path, options);
      const text = await res.text();
      let body: any = text;
      try { body = text ? JSON.parse(text) : undefined; } catch { /* not JSON: keep the text */ }
      return { status: res.status, body, headers: res.headers };
    },
    async login(name, password) {
      const res = await doFetch('/api/session', { method: 'POST', json: { user: name, password: password ?? users[name]?.password } });
      if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${await res.text()}`);
      const [cookie = ''] = (res.headers.getSetCookie()[0] ?? '').split(';');
      const { csrf } = (await res.json()) as { csrf: string };
      return { cookie, csrf };
    },
    async close() {
      await app.close();
      await dispose?.();
    },
  };
}

/** Runs fn against a started server and always shuts it down (and drops its store). */
export async function withServer<T>(backend: Backend, spec: ServerSpec, fn: (srv: TestServer) => Promise<T>): Promise<T> {
  const srv = await startServer(backend, spec);
  try {
    return await fn(srv);
  } finally {
    await srv.close();
  }
}
