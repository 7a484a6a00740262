/**
 * /healthz and /metrics (src/observability) on every backend: health is public and minimal, with
 * the queue's depth, and 503 when the database does not answer; metrics are Prometheus text with
 * requests counted and timed per route pattern (never the raw URL) and the queue's jobs, served to
 * loopback clients only unless the operator sets a scrape token, which then is required.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/app.ts';
import { LocalJobQueue } from '../../src/jobs/local-queue.ts';
import { BACKENDS, freshStore, withStore } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';

const USERS = [{ name: 'ann', org: 'A', role: 'reader' as const }];
const TOKEN = 'scrape-token-0123456789';

for (const backend of BACKENDS) {
  describe(`healthz and metrics (${backend})`, () => {
    test('/healthz: public, minimal, with the queue depth and the answering process', () => withServer(backend, { users: USERS, config: { runJobs: false } }, async (srv) => {
      const before = await srv.json('/healthz');
      assert.equal(before.status, 200);
      assert.deepEqual(before.body, { status: 'ok', database: 'ok', jobs_waiting: 0 });
      assert.equal(before.headers.get('x-opstrack-process'), String(process.pid));
      // a URL draft with no worker running waits in the queue
      await srv.repo.addUser({ name: 'ed', org: 'A', role: 'editor', password: 'ed-password-123' });
      const ed = (await srv.repo.createToken((await srv.repo.findUser('ed'))!.id, 't')).token;
      const posted = await srv.fetch('/api/drafts', { method: 'POST', headers: { authorization: `Bearer ${ed}` }, json: { url: 'https://example.org/a' } });
      assert.equal(posted.status, 202);
      assert.deepEqual((await srv.json('/healthz')).body, { status: 'ok', database: 'ok', jobs_waiting: 1 });
    }));

    test('/healthz answers 503 when the database is unreachable', () => withStore(backend, async (store) => {
      const jobs = new LocalJobQueue(store.db);
      const app = await buildApp({ store, jobs, config: { web: false, runJobs: false } });
      try {
        await app.ready();
        assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
        await store.close();
        const down = await app.inject({ method: 'GET', url: '/healthz' });
        assert.equal(down.statusCode, 503);
        assert.deepEqual(down.json(), { status: 'unavailable', database: 'unreachable' });
      } finally {
        await app.close();
      }
    }));

    test('/metrics: request counts and latency per route pattern, job gauges, loopback only without a token', () => withServer(backend, { users: USERS, config: { runJobs: false } }, async (srv) => {
      for (const id of ['indicator--00000000-0000-4000-8000-000000000001', 'indicator--00000000-0000-4000-8000-000000000002']) {
        await srv.fetch(`/api/objects/${id}`, { as: 'ann' });
      }
      const res = await srv.fetch('/metrics');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      const line = text.split('\n').find((l) => l.startsWith('opstrack_http_requests_total{') && l.includes('route="/api/objects/:id"') && l.includes('status="404"'));
      assert.ok(line?.endsWith(' 2'), `two requests on one route pattern: ${line}`);
      assert.ok(!text.includes('indicator--00000000'), 'no raw URL in a label');
      assert.match(text, /opstrack_http_request_duration_seconds_bucket\{[^}]*route="\/api\/objects\/:id"/);
      assert.match(text, /opstrack_job_oldest_waiting_seconds\{[^}]*queue="draft.build"/);
      assert.match(text, /opstrack_job_oldest_waiting_seconds\{[^}]*queue="feed.poll"[^}]*\} 0/);
      assert.match(text, /opstrack_process_cpu_seconds_total/);
    }));

    test('/metrics: a remote client is refused without a token; with the operator\'s token set, only the token opens it', async () => {
      const t = await freshStore(backend);
      try {
        const open = await buildApp({ store: t.store, config: { web: false, runJobs: false, trustProxy: true } });
        try {
          const remote = await open.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
          assert.equal(remote.statusCode, 403);
          assert.equal((await open.inject({ method: 'GET', url: '/metrics' })).statusCode, 200, 'loopback (inject) is served');
        } finally {
          await open.close();
        }
        const guarded = await buildApp({ store: t.store, config: { web: false, runJobs: false, metricsToken: TOKEN } });
        try {
          assert.equal((await guarded.inject({ method: 'GET', url: '/metrics' })).statusCode, 401, 'loopback too needs the token once one is set');
          assert.equal((await guarded.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789' } })).statusCode, 401);
          const ok = await guarded.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
          assert.equal(ok.statusCode, 200);
          assert.match(ok.body, /opstrack_http_requests_total/);
          // the token is no user's: the API does not take it
          assert.equal((await guarded.inject({ method: 'GET', url: '/api/objects', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 401);
        } finally {
          await guarded.close();
        }
      } finally {
        await t.dispose();
      }
    });
  });
}
