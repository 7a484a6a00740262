/**
 * Authentication over real HTTP on every backend: API tokens (Bearer), HTTP Basic, UI sessions with
 * CSRF, bad credentials, brute-force lockout, roles, disabled users and the audit log.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { basicHeader, startServer, type TestServer } from '../helpers/http.ts';

const USERS = [
  { name: 'reader', org: 'A', role: 'reader' as const },
  { name: 'editor', org: 'A', role: 'editor' as const },
  { name: 'admin', org: 'A', role: 'admin' as const },
  { name: 'victim', org: 'B', role: 'reader' as const },
  { name: 'other', org: 'B', role: 'reader' as const },
];

/** The audit entries matching `pred`, polled briefly: entries are written as the response finishes. */
async function auditEntries(srv: TestServer, pred: (e: any) => boolean): Promise<any[]> {
  for (let i = 0; i < 20; i++) {
    const r = await srv.json('/api/audit?limit=1000', { as: 'admin' });
    const found = r.body.items.filter(pred);
    if (found.length) return found;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  return [];
}

for (const backend of BACKENDS) {
  describe(`auth over HTTP (${backend})`, () => {
    let srv: TestServer;
    before(async () => {
      srv = await startServer(backend, { users: USERS, config: { auth: { lockout: { threshold: 3, baseMs: 60_000 } } } });
    });
    after(async () => srv?.close());

    test('no credentials: 401 with a Bearer challenge and a JSON error', async () => {
      const r = await srv.json('/api/objects');
      assert.equal(r.status, 401);
      assert.equal(r.body.code, 'OPS_ERR_AUTH_REQUIRED');
      assert.match(r.headers.get('www-authenticate')!, /^Bearer realm="OpsTrack"/);
    });

    test('bearer: a valid token works, a wrong or malformed one is 401, a revoked one stops working', async () => {
      assert.equal((await srv.json('/api/objects', { as: 'reader' })).status, 200);
      for (const auth of ['Bearer ops_wrong', 'Bearer ', 'Bearer ' + 'x'.repeat(500), 'Token abc', 'Negotiate zzz']) {
        const r = await srv.json('/api/objects', { headers: { authorization: auth } });
        assert.equal(r.status, 401, auth);
      }
      const created = await srv.json('/api/tokens', { as: 'reader', method: 'POST', json: { name: 'script' } });
      assert.equal(created.status, 201);
      const token: string = created.body.token;
      assert.match(token, /^ops_[A-Za-z0-9_-]{40,}$/);
      assert.equal((await srv.json('/api/objects', { headers: { authorization: `Bearer ${token}` } })).status, 200);
      // the secret is shown once: listings carry only a prefix, and the database only a hash
      const listed = await srv.json('/api/tokens', { as: 'reader' });
      assert.ok(!JSON.stringify(listed.body).includes(token));
      const rows = await srv.store.db.query<{ hash: string }>('SELECT hash FROM auth_tokens');
      assert.ok(rows.every((r) => r.hash !== token && /^[0-9a-f]{64}$/.test(r.hash)));
      assert.equal((await srv.fetch(`/api/tokens/${created.body.info.id}`, { as: 'reader', method: 'DELETE' })).status, 204);
      assert.equal((await srv.json('/api/objects', { headers: { authorization: `Bearer ${token}` } })).status, 401);
    });

    test('a user cannot revoke or list someone else\'s tokens; an admin can', async () => {
      const t = await srv.json('/api/tokens', { as: 'editor', method: 'POST', json: {} });
      assert.equal((await srv.fetch(`/api/tokens/${t.body.info.id}`, { as: 'reader', method: 'DELETE' })).status, 404);
      assert.equal((await srv.json('/api/tokens?user=editor', { as: 'reader' })).status, 403);
      const asAdmin = await srv.json('/api/tokens?user=editor', { as: 'admin' });
      assert.ok(asAdmin.body.items.some((i: { id: string }) => i.id === t.body.info.id));
      assert.equal((await srv.fetch(`/api/tokens/${t.body.info.id}`, { as: 'admin', method: 'DELETE' })).status, 204);
    });

    test('basic: right password 200, wrong password or unknown user 401', async () => {
      assert.equal((await srv.json('/api/objects', { as: 'editor', auth: 'basic' })).status, 200);
      assert.equal((await srv.json('/api/objects', { headers: { authorization: basicHeader('editor', 'nope-nope') } })).status, 401);
      assert.equal((await srv.json('/api/objects', { headers: { authorization: basicHeader('ghost', 'whatever1') } })).status, 401);
      assert.equal((await srv.json('/api/objects', { headers: { authorization: 'Basic !!!' } })).status, 401);
    });

    test('basic: a browser-replayed write from another site is refused (CSRF), a same-origin one is not', async () => {
      const evil = await srv.json('/api/tokens', { as: 'editor', auth: 'basic', method: 'POST', json: {}, headers: { origin: 'http://evil.example' } });
      assert.equal(evil.status, 403);
      assert.equal(evil.body.code, 'OPS_ERR_AUTH_CSRF');
      const fetchMeta = await srv.json('/api/tokens', { as: 'editor', auth: 'basic', method: 'POST', json: {}, headers: { 'sec-fetch-site': 'cross-site' } });
      assert.equal(fetchMeta.status, 403);
      const same = await srv.json('/api/tokens', { as: 'editor', auth: 'basic', method: 'POST', json: {}, headers: { origin: srv.url } });
      assert.equal(same.status, 201);
      assert.equal((await srv.json('/api/objects', { as: 'editor', auth: 'basic', headers: { origin: 'http://evil.example' } })).status, 200, 'reads are not writes');
    });

    test('session: login sets an HttpOnly SameSite=Strict cookie; writes need the CSRF header; logout ends it', async () => {
      const res = await srv.fetch('/api/session', { method: 'POST', json: { user: 'editor', password: srv.users.editor!.password } });
      assert.equal(res.status, 200);
      const setCookie = res.headers.getSetCookie()[0];
      assert.ok(setCookie);
      assert.match(setCookie, /^opstrack_session=/);
      assert.match(setCookie, /HttpOnly/i);
      assert.match(setCookie, /SameSite=Strict/i);
      const [cookie = ''] = setCookie.split(';');
      const { csrf, user } = (await res.json()) as { csrf: string; user: { name: string } };
      assert.equal(user.name, 'editor');
      assert.ok(csrf.length >= 32);

      const who = await srv.json('/api/session', { headers: { cookie } });
      assert.equal(who.status, 200);
      assert.equal(who.body.user.name, 'editor');
      assert.equal(who.body.method, 'session');
      assert.equal(who.body.csrf, csrf);

      // reads need no CSRF header; writes without (or with a wrong) one are refused before the handler
      assert.equal((await srv.json('/api/objects', { headers: { cookie } })).status, 200);
      const before = (await srv.json('/api/tokens', { as: 'editor' })).body.items.length;
      for (const headers of [{ cookie }, { cookie, 'x-opstrack-csrf': 'wrong' }] as Record<string, string>[]) {
        const r = await srv.json('/api/tokens', { method: 'POST', headers, json: { name: 'csrf-test' } });
        assert.equal(r.status, 403);
        assert.equal(r.body.code, 'OPS_ERR_AUTH_CSRF');
      }
      assert.equal((await srv.json('/api/tokens', { as: 'editor' })).body.items.length, before, 'refused writes stored nothing');
      const ok = await srv.json('/api/tokens', { method: 'POST', headers: { cookie, 'x-opstrack-csrf': csrf }, json: { name: 'csrf-ok' } });
      assert.equal(ok.status, 201);

      // logout is a write too: it needs the token, then the cookie is dead
      assert.equal((await srv.fetch('/api/session', { method: 'DELETE', headers: { cookie } })).status, 403);
      assert.equal((await srv.fetch('/api/session', { method: 'DELETE', headers: { cookie, 'x-opstrack-csrf': csrf } })).status, 204);
      assert.equal((await srv.json('/api/objects', { headers: { cookie } })).status, 401);
    });

    test('login with bad credentials is 401 and names no reason', async () => {
      const wrong = await srv.json('/api/session', { method: 'POST', json: { user: 'reader', password: 'not-the-password' } });
      const ghost = await srv.json('/api/session', { method: 'POST', json: { user: 'nobody-here', password: 'not-the-password' } });
      assert.equal(wrong.status, 401);
      assert.equal(ghost.status, 401);
      assert.deepEqual(wrong.body, ghost.body, 'unknown user and wrong password look the same');
      assert.equal(wrong.headers.get('set-cookie'), null);
      const missing = await srv.json('/api/session', { method: 'POST', json: { user: 'reader' } });
      assert.equal(missing.status, 400);
      assert.equal(missing.body.field, 'password');
    });

    test('brute force: after 3 failures the user+address is locked (401, never 429; Retry-After) even with the right password', async () => {
      for (let i = 0; i < 3; i++) {
        const r = await srv.json('/api/session', { method: 'POST', json: { user: 'victim', password: `guess-${i}-xxxx` } });
        assert.equal(r.status, i < 2 ? 401 : 401);
      }
      const locked = await srv.json('/api/session', { method: 'POST', json: { user: 'victim', password: srv.users.victim!.password } });
      assert.equal(locked.status, 401);
      assert.equal(locked.body.code, 'OPS_ERR_AUTH_LOCKED');
      assert.ok(Number(locked.headers.get('retry-after')) >= 1);
      // Basic shares the counter: a TAXII client cannot brute-force around the login form
      const basic = await srv.json('/api/objects', { as: 'victim', auth: 'basic' });
      assert.equal(basic.status, 401);
      assert.equal(basic.body.code, 'OPS_ERR_AUTH_LOCKED');
      assert.ok(Number(basic.headers.get('retry-after')) >= 1);
      assert.ok(basic.headers.get('www-authenticate'), 'a 401 challenges');
      // other users are unaffected, and so are the victim's API tokens (not a password check)
      assert.equal((await srv.json('/api/objects', { as: 'other', auth: 'basic' })).status, 200);
      assert.equal((await srv.json('/api/objects', { as: 'victim' })).status, 200);
      const audit = await auditEntries(srv, (e) => e.target === 'victim' && e.status === 401 && e.detail === 'locked out');
      assert.ok(audit.length >= 1, 'lockout refusals are audited');
    });

    test('roles: readers cannot write, editors cannot administer, anonymous gets 401', async () => {
      const bundle = { type: 'bundle', id: 'bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8', objects: [] };
      assert.equal((await srv.json('/api/import', { method: 'POST', json: bundle })).status, 401);
      const asReader = await srv.json('/api/import', { as: 'reader', method: 'POST', json: bundle });
      assert.equal(asReader.status, 403);
      assert.equal(asReader.body.code, 'OPS_ERR_AUTH_FORBIDDEN');
      assert.equal((await srv.json('/api/import', { as: 'editor', method: 'POST', json: bundle })).status, 200);
      for (const [method, path, json] of [['GET', '/api/audit'], ['GET', '/api/users'], ['POST', '/api/orgs', { name: 'X' }],
        ['POST', '/api/users', { name: 'x1', org: 'A', role: 'admin' }]] as const) {
        const r = await srv.json(path, { as: 'editor', method, json });
        assert.equal(r.status, 403, `${method} ${path}`);
      }
      assert.equal((await srv.json('/api/orgs', { as: 'admin' })).status, 200);
      assert.equal((await srv.json('/api/users', { as: 'editor', method: 'GET' })).status, 403);
      assert.equal((await srv.json('/api/users', { as: 'admin' })).body.items.length, USERS.length);
    });

    test('admin manages users: role change takes effect at once, disabled users are refused, password change invalidates Basic', async () => {
      const created = await srv.json('/api/users', { as: 'admin', method: 'POST', json: { name: 'temp', org: 'B', role: 'reader', password: 'temp-password-1' } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const basic = { headers: { authorization: basicHeader('temp', 'temp-password-1') } };
      assert.equal((await srv.json('/api/objects', basic)).status, 200);
      assert.equal((await srv.json('/api/import', { ...basic, method: 'POST', json: [] })).status, 403);
      await srv.json(`/api/users/${created.body.id}`, { as: 'admin', method: 'PATCH', json: { role: 'editor' } });
      assert.equal((await srv.json('/api/import', { ...basic, method: 'POST', json: [] })).status, 200);
      await srv.json(`/api/users/${created.body.id}`, { as: 'admin', method: 'PATCH', json: { password: 'temp-password-2' } });
      assert.equal((await srv.json('/api/objects', basic)).status, 401, 'old password refused at once');
      const basic2 = { headers: { authorization: basicHeader('temp', 'temp-password-2') } };
      assert.equal((await srv.json('/api/objects', basic2)).status, 200);
      await srv.json(`/api/users/${created.body.id}`, { as: 'admin', method: 'PATCH', json: { disabled: true } });
      assert.equal((await srv.json('/api/objects', basic2)).status, 401);
      const dup = await srv.json('/api/users', { as: 'admin', method: 'POST', json: { name: 'temp', org: 'B', role: 'reader' } });
      assert.equal(dup.status, 409);
      const short = await srv.json('/api/users', { as: 'admin', method: 'POST', json: { name: 'temp2', org: 'B', role: 'reader', password: 'short' } });
      assert.equal(short.status, 400);
      assert.equal(short.body.field, 'password');
    });

    test('the last admin cannot be demoted', async () => {
      const r = await srv.json(`/api/users/${srv.users.admin!.id}`, { as: 'admin', method: 'PATCH', json: { role: 'reader' } });
      assert.equal(r.status, 409);
      assert.equal((await srv.json('/api/audit', { as: 'admin' })).status, 200);
    });

    test('audit log records writes and denied requests with who, what and outcome', async () => {
      await srv.json('/api/orgs', { as: 'admin', method: 'POST', json: { name: 'Audited' } });
      await srv.json('/api/audit', { as: 'reader' });
      const writes = await auditEntries(srv, (e) => e.action === 'POST /api/orgs' && e.outcome === 'ok');
      assert.equal(writes[0].userName, 'admin');
      assert.equal(writes[0].status, 201);
      const denied = await auditEntries(srv, (e) => e.action === 'GET /api/audit' && e.outcome === 'denied');
      assert.equal(denied[0].userName, 'reader');
      assert.equal(denied[0].status, 403);
      assert.ok(denied[0].requestId && denied[0].at);
      const anon = await auditEntries(srv, (e) => e.outcome === 'denied' && e.status === 401 && e.userId === null);
      assert.ok(anon.length > 0, 'anonymous refusals are recorded');
      const logins = await auditEntries(srv, (e) => e.action === 'login' && e.outcome === 'ok');
      assert.ok(logins.some((e) => e.userName === 'editor'));
      const page = await srv.json('/api/audit?limit=2', { as: 'admin' });
      const next = await srv.json(`/api/audit?limit=2&before=${page.body.items[1].id}`, { as: 'admin' });
      assert.ok(next.body.items.every((e: { id: string }) => e.id < page.body.items[1].id), 'pages go back in time');
      // retention: pruning before a time removes exactly the older entries
      const all = (await srv.json('/api/audit?limit=1000', { as: 'admin' })).body.items as { at: string }[];
      const cut = all[Math.floor(all.length / 2)]!.at;
      const older = all.filter((e) => e.at < cut).length;
      assert.equal(await srv.repo.pruneAudit(cut), older);
      const left = (await srv.json('/api/audit?limit=1000', { as: 'admin' })).body.items as { at: string }[];
      assert.ok(left.every((e) => e.at >= cut));
    });

    test('request ids: generated, or kept from a plain X-Request-Id', async () => {
      const a = await srv.fetch('/api/objects', { as: 'reader' });
      assert.match(a.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
      const b = await srv.fetch('/api/objects', { as: 'reader', headers: { 'x-request-id': 'trace-42' } });
      assert.equal(b.headers.get('x-request-id'), 'trace-42');
      const c = await srv.fetch('/api/objects', { as: 'reader', headers: { 'x-request-id': 'bad id\twith junk' } });
      assert.notEqual(c.headers.get('x-request-id'), 'bad id\twith junk');
    });
  });
}
