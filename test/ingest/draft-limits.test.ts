/**
 * Issue 12, finding 6 (and finding 8's interrupted drafts): reading and extraction run in worker
 * threads, within documented limits that apply to every kind of document, and a draft left
 * `processing` by a stopped server is failed at start-up and no longer blocks its URL.
 * Behavioural, not timed: a light request completes while a heavy document is being extracted.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { DOCUMENT_LIMITS } from '../../src/ingest/limits.ts';
import { canonicalUrl } from '../../src/ingest/sources/read-source.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';

const editor: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
const users = [{ name: 'ed', org: 'Alpha', role: 'editor' as const }];
const LIMIT_BYTES = String(DOCUMENT_LIMITS.bytes);

/** A long news-like text: many sentences with names, places and claims for extraction to chew on. */
function heavyText(chars: number): string {
  const lines = ['Officials trade accusations over cyber operations'];
  for (let i = 0; lines.join('\n').length < chars; i++) {
    lines.push(`On day ${i}, the United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks in Guam; ` +
      `a foreign ministry spokesperson in Beijing denied the accusations and said the claims about Salt Typhoon lacked evidence (report ${i}).`);
  }
  return lines.join('\n');
}

/** A loopback web server answering every request with `body`. */
async function origin(body: Buffer | string, type: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

async function settled(srv: { json: (p: string, o?: object) => Promise<{ body: any }> }, id: string): Promise<any> {
  let d = (await srv.json(`/api/drafts/${id}`, { as: 'ed' })).body;
  for (let i = 0; i < 600 && d.status === 'processing'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    d = (await srv.json(`/api/drafts/${id}`, { as: 'ed' })).body;
  }
  return d;
}

for (const backend of BACKENDS) {
  describe(`draft limits and worker threads (${backend})`, () => {
    test('a heavy document does not block light requests: they complete while it is extracted', async () => {
      await withServer(backend, { users }, async (srv) => {
        // warm the worker thread up, so what follows measures extraction, not start-up
        assert.equal((await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: heavyText(2_000) } })).status, 202);
        let heavyDone = false;
        const heavy = srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: heavyText(600_000) } }).finally(() => {
          heavyDone = true;
        });
        await new Promise((r) => setTimeout(r, 300));
        let light = 0;
        while (!heavyDone && light < 5) {
          const r = await srv.json('/api/drafts?status=ready', { as: 'ed' });
          assert.equal(r.status, 200);
          if (!heavyDone) light++;
        }
        assert.equal(light, 5, 'five light requests answered one after another while the heavy document was still being extracted');
        const done = await heavy;
        assert.equal(done.status, 202, JSON.stringify(done.body).slice(0, 300));
        assert.equal(done.body.status, 'ready');
      });
    });

    test('size limits name the limit for every kind of document: text, upload (text, HTML, PDF), URL, text read from HTML', async () => {
      const big = Buffer.alloc(DOCUMENT_LIMITS.bytes + 1, 'a');
      const site = await origin(big, 'text/html');
      try {
        await withServer(backend, { users, config: { ingest: { allowPrivateFetch: true } } }, async (srv) => {
          const text = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: 'x'.repeat(DOCUMENT_LIMITS.textChars + 1) } });
          assert.equal(text.status, 413);
          assert.equal(text.body.code, 'OPS_ERR_INPUT_TOO_LARGE');
          assert.equal(text.body.field, 'text');
          assert.match(text.body.message, new RegExp(`limit ${DOCUMENT_LIMITS.textChars} characters`));

          for (const [name, type, head] of [['big.txt', 'text/plain', ''], ['big.html', 'text/html', '<html><body>'], ['big.pdf', 'application/pdf', '%PDF-1.4\n']] as const) {
            const form = new FormData();
            form.append('file', new Blob([head, big], { type }), name);
            const up = await srv.json('/api/drafts', { method: 'POST', as: 'ed', body: form });
            assert.equal(up.status, 413, `${name}: ${JSON.stringify(up.body)}`);
            assert.equal(up.body.code, 'OPS_ERR_INPUT_TOO_LARGE');
            assert.equal(up.body.field, 'file');
            assert.match(up.body.message, new RegExp(`${name}.*${LIMIT_BYTES} bytes \\(10 MiB\\)`));
          }

          const url = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { url: `${site.url}/huge` } });
          assert.equal(url.status, 202);
          const failed = await settled(srv, url.body.id);
          assert.equal(failed.status, 'failed');
          assert.match(failed.error, new RegExp(`over the ${LIMIT_BYTES}-byte cap`));

          // under the byte limit, but more text than extraction reads
          const words = `<html><body><article><p>${'word '.repeat(Math.ceil(DOCUMENT_LIMITS.textChars / 5) + 1000)}</p></article></body></html>`;
          const form = new FormData();
          form.append('file', new Blob([words], { type: 'text/html' }), 'long.html');
          const long = await srv.json('/api/drafts', { method: 'POST', as: 'ed', body: form });
          assert.equal(long.status, 413, JSON.stringify(long.body));
          assert.match(long.body.message, new RegExp(`text read from the HTML document: \\d+ characters \\(limit ${DOCUMENT_LIMITS.textChars} characters per document\\)`));
        });
      } finally {
        await site.close();
      }
    });

    test('the time limit stops the worker and fails the draft with a clear error; the next document is read', async () => {
      await withStore(backend, async (store) => {
        const slow = new DraftService(store, store.db, { timeLimitMs: 200 });
        try {
          await assert.rejects(slow.create(editor, { kind: 'text', text: heavyText(300_000) }), (err: Error & { code?: string }) => {
            assert.equal(err.code, 'OPS_ERR_INPUT_TOO_LARGE');
            assert.match(err.message, /took longer than the time limit of 0\.2 s per document; its worker was stopped/);
            return true;
          });
          const [failed] = await slow.list(editor, 'failed');
          assert.ok(failed, 'the draft is kept as failed');
          assert.match((await slow.get(editor, failed.id)).error!, /time limit of 0\.2 s/);
        } finally {
          await slow.close();
        }
        const drafts = new DraftService(store, store.db);
        try {
          const ok = await drafts.create(editor, { kind: 'text', text: heavyText(3_000) });
          assert.equal(ok.status, 'ready', 'the same text again after a timed-out draft is not a duplicate');
        } finally {
          await drafts.close();
        }
      });
    });

    test('a draft left processing by a stopped server is failed at start-up and its URL can be ingested again', async () => {
      const page = `<html><head><title>Sandworm report</title></head><body><article><p>${'Officials in Kyiv said Sandworm attacked energy companies in Ukraine. '.repeat(5)}</p></article></body></html>`;
      const site = await origin(page, 'text/html');
      try {
        await withStore(backend, async (store) => {
          const before = new DraftService(store, store.db);
          const url = `${site.url}/story`;
          const id = `draft--${randomUUID()}`;
          // what a crash mid-fetch leaves behind
          await before.repo.insert({ id, org_id: editor.orgId, created_by: editor.userId, status: 'processing', stage: 'fetching', tlp: 'green', source_url: url, canonical_url: canonicalUrl(url), filename: null });
          assert.equal(await before.repo.findDuplicate(editor.orgId, { canonicalUrl: canonicalUrl(url) }), id, 'the stuck draft blocks its URL');

          const app = await buildApp({ store, config: { web: false, ingest: { allowPrivateFetch: true } } });
          try {
            await app.ready();
            const stuck = (await before.repo.get(id))!.row;
            assert.equal(stuck.status, 'failed');
            assert.match(stuck.error ?? '', /interrupted: the server stopped/);
          } finally {
            await app.close();
          }

          const drafts = new DraftService(store, store.db, { allowPrivateFetch: true });
          try {
            const again = await drafts.create(editor, { kind: 'url', url });
            assert.notEqual(again.id, id);
            assert.equal(again.duplicate, undefined);
            await Promise.allSettled([...drafts.pending]);
            const d = await drafts.get(editor, again.id);
            assert.equal(d.status, 'ready', d.error);
          } finally {
            await drafts.close();
          }
        });
      } finally {
        await site.close();
      }
    });
  });
}
