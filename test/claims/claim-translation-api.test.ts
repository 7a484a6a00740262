/**
 * Machine translation of passages (issue 15 item 3): offered only when an OpenAI-compatible
 * endpoint is configured; the passage of a claim the caller can see is sent once and the answer
 * cached and marked as machine translation; a claim the caller cannot see is not translated;
 * without an endpoint nothing is offered. The endpoint here is a local stand-in that counts calls.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BACKENDS } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { startServer } from '../helpers/http.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { articleWorld } from './article-claims.ts';

/** An OpenAI-compatible chat-completions stand-in: answers "EN: <user text>" and records what it was asked. */
async function fakeEndpoint(): Promise<{ url: string; asked: Array<{ model: string; messages: Array<{ role: string; content: string }> }>; close: () => Promise<void> }> {
  const asked: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions') { res.writeHead(404).end(); return; }
      const json = JSON.parse(body) as { model: string; messages: Array<{ role: string; content: string }> };
      asked.push(json);
      const user = json.messages.find((m) => m.role === 'user')?.content ?? '';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: `EN: ${user.slice(0, 40)}` } }] }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asked, close: () => new Promise((ok) => server.close(() => ok())) };
}

for (const backend of BACKENDS) {
  describe(`claim passage translation (${backend})`, () => {
    test('configured: translated once, cached, marked machine; hidden claims refused; unconfigured: nothing offered', async (t) => {
      if (!requireShared(t)) return;
      const llm = await fakeEndpoint();
      const users = [
        { name: 'ed', org: 'Newsroom', role: 'editor' as const },
        { name: 'other', org: 'Elsewhere', role: 'reader' as const },
      ];
      const srv = await startServer(backend, { users, config: { translation: { url: llm.url, model: 'test-model' } } });
      const off = await startServer(backend, { users });
      try {
        const world = articleWorld();
        const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: world.objects };
        assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ed', json: bundle })).status, 200);
        const inputs = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).map((c, i) => (i === 1 ? { ...c, object_marking_refs: [tlpMarkingId('amber')] } : c));
        const created = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: inputs } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const [attribution, denial] = created.body.items as Array<{ id: string; evidence: { text: string; lang: string } }>;

        assert.deepEqual((await srv.json('/api/claims/translation', { as: 'other' })).body, { enabled: true, model: 'test-model' });
        const first = await srv.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'other', json: {} });
        assert.equal(first.status, 200, JSON.stringify(first.body));
        assert.equal(first.body.text, `EN: ${attribution!.evidence.text.slice(0, 40)}`);
        assert.equal(first.body.machine, true);
        assert.equal(first.body.lang, 'en');
        assert.equal(first.body.source_lang, 'vi');
        assert.equal(first.body.cached, false);
        assert.equal(llm.asked.length, 1);
        assert.equal(llm.asked[0]!.model, 'test-model');
        assert.match(llm.asked[0]!.messages[0]!.content, /from Vietnamese into English/);
        const again = await srv.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'ed' });
        assert.equal(again.body.cached, true);
        assert.equal(again.body.text, first.body.text);
        assert.equal(llm.asked.length, 1, 'the cache answers the second time');

        // a claim the caller cannot see is not translated (nor sent anywhere)
        assert.equal((await srv.json(`/api/claims/${denial!.id}/translation`, { method: 'POST', as: 'other' })).status, 404);
        assert.equal(llm.asked.length, 1);

        // without an endpoint: nothing offered
        assert.deepEqual((await off.json('/api/claims/translation', { as: 'ed' })).body, { enabled: false });
        const refused = await off.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'ed' });
        assert.equal(refused.status, 404);
        assert.match(refused.body.message, /no OpenAI-compatible endpoint is configured/);
      } finally {
        await srv.close();
        await off.close();
        await llm.close();
      }
    });
  });
}
