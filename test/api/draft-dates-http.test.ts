/**
 * Issue 15, real dates, through the HTTP API on each backend: a pasted article dated "14 March 2025"
 * publishes claims dated 2025-03-14; a `published` field dates claims whose text names no day; an
 * HTML page's article:published_time dates its claims; with no date anywhere a claim is stored and
 * listed as unknown, never with the day it was loaded.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BACKENDS } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';

const users = [{ name: 'ed', org: 'Alpha', role: 'editor' as const }];

const DATED = [
  'Ministry rejects hacking claims',
  'LONDON, 14 March 2025 (Reuters) - The United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks.',
  "China's foreign ministry spokesperson denied the accusations and said the claims lacked evidence.",
].join('\n');

const UNDATED = [
  'Ministry rejects espionage claims',
  'The United States accused China of sponsoring Salt Typhoon, which breached telecommunications networks.',
  "China's foreign ministry spokesperson denied the accusations and said the claims lacked evidence.",
].join('\n');

type Srv = Parameters<Parameters<typeof withServer>[2]>[0];
type ClaimOut = { made_on?: string; made_on_source?: string; made_on_precision?: string; source_ref: string };

async function publishAll(srv: Srv, json: Record<string, unknown>): Promise<{ draft: Record<string, unknown>; claims: ClaimOut[] }> {
  const created = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json });
  assert.ok([200, 202].includes(created.status), JSON.stringify(created.body));
  let d = created.body;
  // a deadline in time, not polls: extraction runs in a worker thread, slower on a busy machine
  for (const end = performance.now() + 60_000; d.status === 'processing' && performance.now() < end;) {
    await new Promise((r) => setTimeout(r, 100));
    d = (await srv.json(`/api/drafts/${d.id}`, { as: 'ed' })).body;
  }
  assert.equal(d.status, 'ready', d.error);
  const pub = await srv.json(`/api/drafts/${d.id}/publish`, { method: 'POST', as: 'ed', json: { include_proposed: true } });
  assert.equal(pub.status, 200, JSON.stringify(pub.body));
  assert.ok(pub.body.claims > 0, 'claims published');
  const list = await srv.json(`/api/claims?source=${encodeURIComponent(pub.body.report_id)}&limit=100`, { as: 'ed' });
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const claims = list.body.items as ClaimOut[];
  assert.equal(claims.length, pub.body.claims);
  return { draft: d, claims };
}

for (const backend of BACKENDS) {
  describe(`draft dates (${backend})`, () => {
    test('a pasted article dated "14 March 2025" gives claims dated 2025-03-14', async () => {
      await withServer(backend, { users }, async (srv) => {
        const { claims } = await publishAll(srv, { text: DATED });
        for (const c of claims) assert.deepEqual([c.made_on, c.made_on_precision, c.made_on_source], ['2025-03-14', 'day', 'text']);
      });
    });

    test('the published field dates claims; without any date they are unknown, never the load date', async () => {
      await withServer(backend, { users }, async (srv) => {
        const bad = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: UNDATED, published: 'last Tuesday' } });
        assert.equal(bad.status, 400);
        assert.equal(bad.body.field, 'published');

        const { draft, claims } = await publishAll(srv, { text: UNDATED, published: '2024-12-04' });
        assert.equal(draft.published, '2024-12-04');
        for (const c of claims) assert.deepEqual([c.made_on, c.made_on_source], ['2024-12-04', 'publication']);

        const undated = await publishAll(srv, { text: UNDATED.replace('espionage', 'spying').replace('Salt', 'Volt') });
        const today = new Date().toISOString().slice(0, 10);
        for (const c of undated.claims) {
          assert.equal(c.made_on, undefined, 'no made_on');
          assert.equal(c.made_on_source, 'unknown');
          assert.notEqual(c.made_on, today);
        }
        // listed with the dated ones (undated last), and outside any date filter
        const all = (await srv.json('/api/claims?limit=100', { as: 'ed' })).body.items as ClaimOut[];
        assert.equal(all.at(-1)?.made_on_source, 'unknown');
        const filtered = (await srv.json('/api/claims?from=2000-01-01&limit=100', { as: 'ed' })).body.items as ClaimOut[];
        assert.ok(filtered.every((c) => c.made_on));
      });
    });

    test('an HTML page with article:published_time dates its claims', async () => {
      const body = `${'The United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks in several states. '.repeat(2)}`;
      const page = `<html><head><title>Volt Typhoon report</title><meta property="article:published_time" content="2024-02-07T09:00:00-05:00"></head>
        <body><article><h1>Volt Typhoon report</h1><p>${body}</p><p>China's foreign ministry spokesperson denied the accusations and said the claims lacked evidence.</p></article></body></html>`;
      const origin = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); });
      await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(origin.address() as AddressInfo).port}/story`;
      try {
        await withServer(backend, { users, config: { ingest: { allowPrivateFetch: true } } }, async (srv) => {
          const { draft, claims } = await publishAll(srv, { url });
          assert.equal(draft.published, '2024-02-07T09:00:00-05:00');
          for (const c of claims) assert.deepEqual([c.made_on, c.made_on_source], ['2024-02-07', 'publication']);
        });
      } finally {
        origin.closeAllConnections();
        await new Promise((r) => origin.close(r));
      }
    });
  });
}
