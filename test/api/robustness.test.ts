/**
 * Issue 12, findings 7 and 8: bad input is a 400 naming what is wrong, never a 500 (JSON nested
 * 10,000 levels deep on the API and TAXII, offset=Infinity and friends on claim queries, a
 * truncated multipart upload); OpsTrack's documented 502/503 keep their status; security headers
 * are on every answer.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { startServer, type TestServer } from '../helpers/http.ts';
import { apiErrorHandler } from '../../src/api/error-handler.ts';
import { Errors } from '../../src/errors.ts';
import { inlineScriptHashes, uiPolicy } from '../../src/security-headers.ts';

const DEEP = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

describe('robustness over HTTP (sqlite)', () => {
  let srv: TestServer;
  before(async () => {
    srv = await startServer('sqlite', { users: [{ name: 'ed', org: 'alpha', role: 'editor' }], config: { logger: false } });
  });
  after(async () => srv?.close());

  test('JSON nested 10,000 levels deep is 400 on the API and on TAXII', async () => {
    const bundle = `{"type":"bundle","id":"bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8","objects":[{"x_deep":${DEEP}}]}`;
    const api = await srv.fetch('/api/import', { as: 'ed', method: 'POST', headers: { 'content-type': 'application/json' }, body: bundle });
    assert.equal(api.status, 400);
    const body = await api.json() as { code: string; field: string };
    assert.deepEqual([body.code, body.field], ['OPS_ERR_INPUT_INVALID', 'body']);
    const cols = await (await srv.fetch('/taxii2/opstrack/collections/', { as: 'ed', auth: 'basic', headers: { accept: 'application/taxii+json;version=2.1' } })).json() as { collections: { id: string }[] };
    const taxii = await srv.fetch(`/taxii2/opstrack/collections/${cols.collections[0]!.id}/objects/`, {
      as: 'ed', auth: 'basic', method: 'POST',
      headers: { 'content-type': 'application/taxii+json;version=2.1', accept: 'application/taxii+json;version=2.1' },
      body: `{"objects":[{"x_deep":${DEEP}}]}`,
    });
    assert.equal(taxii.status, 400);
    assert.equal(((await taxii.json()) as { http_status: string }).http_status, '400');
  });

  test('offset=Infinity, NaN, negative or huge on claim queries is 400 naming offset', async () => {
    for (const path of ['/api/claims', '/api/claims/contested', '/api/claims/by-source/report--6ba7b810-9dad-41d1-80b4-00c04fd430c8']) {
      for (const value of ['Infinity', 'NaN', '-1', '1e300', '99999999999999999999']) {
        const res = await srv.fetch(`${path}?offset=${value}`, { as: 'ed' });
        assert.equal(res.status, 400, `${path}?offset=${value}`);
        assert.equal(((await res.json()) as { field: string }).field, 'offset');
      }
    }
  });

  test('a truncated multipart upload is 400 naming the file', async () => {
    const boundary = 'cut-short';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\nContent-Type: application/json\r\n\r\n{"type":"bundle","objects":[`;
    for (const path of ['/api/import', '/api/drafts']) {
      const res = await srv.fetch(path, { as: 'ed', method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: part });
      assert.equal(res.status, 400, path);
      assert.equal(((await res.json()) as { field: string }).field, 'file');
    }
  });

  test('security headers on API, TAXII and error answers', async () => {
    for (const [path, opts] of [['/api/objects', { as: 'ed' }], ['/taxii2/', { as: 'ed', auth: 'basic' as const }], ['/api/nothing-here', {}]] as const) {
      const res = await srv.fetch(path, opts);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(res.headers.get('referrer-policy'), 'same-origin', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/, path);
    }
  });
});

test("the UI's policy allows its own files and the inline script by hash, nothing else", () => {
  const html = '<html><head><script>window.x = 1;</script><script type="module" src="/assets/a.js"></script></head></html>';
  const hashes = inlineScriptHashes(html);
  assert.equal(hashes.length, 1);
  const policy = uiPolicy(html);
  assert.match(policy, new RegExp(`script-src 'self' ${hashes[0]!.replace(/[+/]/g, '\\$&')}`));
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
});

test('documented 503 and 502 errors keep their status and code; the unexpected stays a bare 500', async () => {
  const app = Fastify();
  app.setErrorHandler(apiErrorHandler);
  app.get('/busy', async () => { throw new Errors.STORE_BUSY('database is locked'); });
  app.get('/fetch', async () => { throw new Errors.INGEST_FETCH('https://example.org/: timed out'); });
  app.get('/bug', async () => { throw new Error('secret internals'); });
  const busy = await app.inject('/busy');
  assert.equal(busy.statusCode, 503);
  assert.equal(busy.json().code, 'OPS_ERR_STORE_BUSY');
  assert.equal(busy.headers['retry-after'], '1');
  const fetched = await app.inject('/fetch');
  assert.equal(fetched.statusCode, 502);
  assert.equal(fetched.json().code, 'OPS_ERR_INGEST_FETCH');
  const bug = await app.inject('/bug');
  assert.equal(bug.statusCode, 500);
  assert.equal(bug.json().code, 'OPS_ERR_INTERNAL');
  assert.doesNotMatch(bug.body, /secret/);
  await app.close();
});
