import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BACKENDS } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';

const TEXT = [
  'Ministry rejects hacking claims',
  'The United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks.',
  'China\'s foreign ministry spokesperson denied the accusations and said the claims lacked evidence.',
].join('\n');

const users = [
  { name: 'ed', org: 'Alpha', role: 'editor' as const },
  { name: 'rd', org: 'Alpha', role: 'reader' as const },
  { name: 'other', org: 'Beta', role: 'editor' as const },
];

for (const backend of BACKENDS) {
  describe(`drafts API (${backend})`, () => {
    test('ingest text, review items, publish; roles and organisations respected', async () => {
      await withServer(backend, { users }, async (srv) => {
        assert.equal((await srv.json('/api/drafts', { method: 'POST', json: { text: TEXT } })).status, 401);
        assert.equal((await srv.json('/api/drafts', { method: 'POST', as: 'rd', json: { text: TEXT } })).status, 403);
        const bad = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: TEXT, tlp: 'purple' } });
        assert.equal(bad.status, 400);
        assert.equal(bad.body.field, 'tlp');
        const both = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: TEXT, url: 'https://example.org/a' } });
        assert.equal(both.status, 400);

        const created = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: TEXT, tlp: 'amber' } });
        assert.equal(created.status, 202);
        assert.equal(created.body.status, 'ready');
        assert.equal(created.body.text, TEXT);
        const id = created.body.id as string;
        const items = created.body.items as Array<{ id: string; kind: string; label: string; spans: Array<{ start: number; end: number }>; data: Record<string, unknown> }>;
        assert.ok(items.some((i) => i.kind === 'intrusion-set' && i.label === 'Volt Typhoon'));
        const claimItems = items.filter((i) => i.kind === 'claim');
        assert.ok(claimItems.length >= 1, 'a claim proposed');
        for (const c of claimItems) {
          const ev = c.data.evidence as { text: string; start: number; end: number };
          assert.equal(TEXT.slice(ev.start, ev.end), ev.text);
        }

        assert.equal((await srv.json(`/api/drafts/${id}`, { as: 'other' })).status, 404, 'another organisation does not see the draft');
        assert.equal((await srv.json(`/api/drafts/${id}`, { as: 'rd' })).status, 200, 'a reader of the organisation may look');
        assert.equal((await srv.json(`/api/drafts/${id}/items/${claimItems[0]!.id}`, { method: 'PATCH', as: 'rd', json: { status: 'accepted' } })).status, 403);

        for (const item of items) {
          const r = await srv.json(`/api/drafts/${id}/items/${item.id}`, { method: 'PATCH', as: 'ed', json: { status: 'accepted' } });
          assert.equal(r.status, 200);
          assert.equal(r.body.status, 'accepted');
        }
        const badEdit = await srv.json(`/api/drafts/${id}/items/${claimItems[0]!.id}`, { method: 'PATCH', as: 'ed', json: { data: { stance: 'praises' } } });
        assert.equal(badEdit.status, 400);
        assert.equal(badEdit.body.field, 'data.stance');

        const pub = await srv.json(`/api/drafts/${id}/publish`, { method: 'POST', as: 'ed', json: {} });
        assert.equal(pub.status, 200, JSON.stringify(pub.body));
        assert.equal(pub.body.claims, claimItems.length);
        const report = await srv.json(`/api/objects/${pub.body.report_id}`, { as: 'ed' });
        assert.equal(report.status, 200);
        assert.equal((await srv.json(`/api/objects/${pub.body.report_id}`, { as: 'other' })).status, 404, 'AMBER report hidden from another organisation');
        const again = await srv.json(`/api/drafts/${id}/publish`, { method: 'POST', as: 'ed', json: {} });
        assert.equal(again.status, 400, 'a published draft is not published twice');

        const list = await srv.json('/api/drafts?status=published', { as: 'ed' });
        assert.deepEqual(list.body.items.map((d: { id: string }) => d.id), [id]);
        assert.equal((await srv.json('/api/drafts', { as: 'other' })).body.items.length, 0);
      });
    });

    test('upload a file; fetch a URL in the background with progress; loopback refused unless allowed', async () => {
      const page = `<html><head><title>Sandworm report</title></head><body><article><p>${'Officials in Kyiv said Sandworm attacked energy companies in Ukraine. '.repeat(5)}</p></article></body></html>`;
      const origin = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); });
      await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(origin.address() as AddressInfo).port}/story?utm_source=x`;
      try {
        await withServer(backend, { users }, async (srv) => {
          const form = new FormData();
          form.append('file', new Blob([TEXT.replace('Volt', 'Salt')], { type: 'text/plain' }), 'note.txt');
          const up = await srv.json('/api/drafts', { method: 'POST', as: 'ed', body: form });
          assert.equal(up.status, 202, JSON.stringify(up.body));
          assert.equal(up.body.source.filename, 'note.txt');
          assert.ok(up.body.items.some((i: { label: string }) => i.label === 'Salt Typhoon'));

          const refused = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { url } });
          assert.equal(refused.status, 202);
          let d = refused.body;
          for (const end = performance.now() + 60_000; d.status === 'processing' && performance.now() < end;) {
            await new Promise((r) => setTimeout(r, 100));
            d = (await srv.json(`/api/drafts/${d.id}`, { as: 'ed' })).body;
          }
          assert.equal(d.status, 'failed');
          assert.match(d.error, /private or loopback/);

          // finding 5: the request cannot switch private fetching on
          const asked = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { url: url.replace('story?', 'story/?'), allowPrivate: true } });
          assert.equal(asked.status, 400);
          assert.equal(asked.body.field, 'allowPrivate');
          assert.match(asked.body.message, /allowPrivate: not a request field.*operator setting/);
          assert.equal((await srv.json('/api/drafts?status=processing', { as: 'ed' })).body.items.length, 0, 'no draft made from the refused request');

          const doc = await srv.json('/api/openapi.json');
          assert.ok(doc.body.paths['/api/drafts/{id}/publish'] ?? doc.body.paths['/drafts/{id}/publish'], 'drafts in the OpenAPI document');
        });
        // the operator's setting (OPSTRACK_ALLOW_PRIVATE_FETCH / serve --allow-private-fetch) lets it through
        await withServer(backend, { users, config: { ingest: { allowPrivateFetch: true } } }, async (srv) => {
          let d;
          const allowed = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { url: url.replace('story?', 'story/?') } });
          assert.equal(allowed.status, 202);
          assert.ok(['processing', 'ready'].includes(allowed.body.status));
          assert.ok(allowed.body.progress.stage);
          d = allowed.body;
          for (let i = 0; i < 300 && d.status === 'processing'; i++) {
            await new Promise((r) => setTimeout(r, 100));
            d = (await srv.json(`/api/drafts/${d.id}`, { as: 'ed' })).body;
          }
          assert.equal(d.status, 'ready', d.error);
          assert.equal(d.progress.percent, 100);
          assert.match(d.text, /Sandworm attacked energy/);
          assert.ok(d.items.some((i: { label: string }) => i.label === 'Sandworm Team' || i.label === 'Sandworm'));

          const dup = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { url: url.replace('?utm_source=x', '') } });
          assert.equal(dup.status, 200);
          assert.equal(dup.body.duplicate, true);
          assert.equal(dup.body.id, d.id);
        });
      } finally {
        origin.closeAllConnections();
        await new Promise((r) => origin.close(r));
      }
    });
  });
}
