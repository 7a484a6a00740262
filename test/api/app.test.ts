/**
 * The composition root: the built UI is served publicly beside the protected API and TAXII, and
 * client-side routes fall back to the app shell without shadowing the API's own 404s.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/http.ts';

test('web UI files are public, client routes get the shell, the API stays protected', async (t) => {
  const webRoot = mkdtempSync(join(tmpdir(), 'opstrack-web-'));
  t.after(() => rmSync(webRoot, { recursive: true, force: true }));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>OpsTrack UI shell</title>');
  writeFileSync(join(webRoot, 'app.js'), 'console.log("ui")');
  const srv = await startServer('sqlite', { users: [{ name: 'u', org: 'A', role: 'reader' }], config: { webRoot } });
  try {
    const index = await srv.fetch('/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /UI shell/);
    assert.equal((await srv.fetch('/app.js')).status, 200);
    const deep = await srv.fetch('/objects/malware--x', { headers: { accept: 'text/html' } });
    assert.equal(deep.status, 200);
    assert.match(await deep.text(), /UI shell/);
    assert.equal((await srv.fetch('/missing.js')).status, 404);
    const api404 = await srv.json('/api/nope', { as: 'u' });
    assert.equal(api404.status, 404);
    assert.equal(api404.body.code, 'OPS_ERR_STORE_NOT_FOUND');
    assert.equal((await srv.fetch('/api/objects')).status, 401);
    assert.equal((await srv.fetch('/api/objects', { as: 'u' })).status, 200);
  } finally {
    await srv.close();
  }
});
