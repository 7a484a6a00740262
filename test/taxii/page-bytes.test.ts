/**
 * Issue 13, deliverable 1, as a TAXII client and an API client see it: Get Objects and
 * `/api/objects` embed each stored JSON text as it is (never parsed and re-serialised), and a page
 * is bounded in bytes (`pageBytes`) as well as objects: fewer long reports on a page, `more`/`next`
 * carry the rest, objects whole. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { basicHeader, withServer, type TestServer } from '../helpers/http.ts';
import { buildIndicator, buildReport } from '../helpers/factories.ts';
import { opstrackDefinitions } from '../../src/import/outgoing.ts';
import { tlpMarkingDefinitions } from '../../src/model/tlp.ts';

/** What a fresh installation serves by itself: the TLP 2.0 marking definitions and OpsTrack's extension definitions. */
const INSTALLED = new Set([...tlpMarkingDefinitions(), ...opstrackDefinitions()].map((o) => o.id));

const TAXII = 'application/taxii+json;version=2.1';
const PAGE_BYTES = 30_000;

async function objectsUrl(srv: TestServer): Promise<string> {
  const headers = { accept: TAXII, authorization: basicHeader('reader', 'reader-password') };
  const root = ((await (await srv.fetch('/taxii2/', { headers })).json()) as { default: string }).default;
  const rootPath = new URL(root, srv.url).pathname;
  const { collections } = (await (await srv.fetch(`${rootPath}collections/`, { headers })).json()) as { collections: Array<{ id: string; title: string }> };
  return `${rootPath}collections/${collections.find((c) => c.title === 'default')!.id}/objects/`;
}

async function taxiiGet(srv: TestServer, path: string): Promise<{ text: string; body: { more: boolean; next?: string; objects?: Array<{ id: string }> }; headers: Headers }> {
  const res = await srv.fetch(path, { headers: { accept: TAXII, authorization: basicHeader('reader', 'reader-password') } });
  assert.equal(res.status, 200, path);
  const text = await res.text();
  return { text, body: JSON.parse(text), headers: res.headers };
}

for (const backend of BACKENDS) {
  describe(`served pages: ${backend}`, () => {
    const spec = { users: [{ name: 'reader', org: 'Readers', role: 'reader' as const }], config: { pageBytes: PAGE_BYTES } };

    test('TAXII Get Objects: long reports make short pages, next carries the rest, objects whole', () =>
      withServer(backend, spec, async (srv) => {
        const target = buildIndicator();
        const reports = Array.from({ length: 12 }, (_, i) => buildReport([target.id], { name: `Report ${i}`, description: 'word '.repeat(2000) }));
        await srv.store.put([target, ...reports]);
        const base = await objectsUrl(srv);
        const seen: string[] = [];
        let page = await taxiiGet(srv, `${base}?limit=100`);
        let pages = 1;
        for (;;) {
          assert.ok(Buffer.byteLength(page.text) <= PAGE_BYTES + 200, `an envelope of ${Buffer.byteLength(page.text)} bytes`);
          assert.ok(page.headers.get('x-taxii-date-added-first'));
          seen.push(...page.body.objects!.map((o) => o.id).filter((id) => !INSTALLED.has(id)));
          if (!page.body.more) break;
          assert.ok(page.body.next);
          page = await taxiiGet(srv, `${base}?limit=100&next=${encodeURIComponent(page.body.next)}`);
          pages++;
        }
        assert.ok(pages >= 4, `${pages} pages for 12 reports of 10 KB under a 30 KB budget`);
        assert.deepEqual(seen, [target, ...reports].map((o) => o.id));
      }));

    test('the stored JSON text goes into the envelope and the API page as it is', () =>
      withServer(backend, spec, async (srv) => {
        const o = buildIndicator({ name: 'Verbatim' });
        await srv.store.put([o]);
        // The same object, written with other spacing and key order: a parse and re-serialise would
        // send it back in JSON.stringify's form, so only the stored bytes as they are pass.
        const keys = Object.keys(o).reverse();
        const verbatim = `{ ${keys.map((k) => `${JSON.stringify(k)} : ${JSON.stringify(o[k])}`).join(' ,\n ')} }`;
        await srv.store.db.exec('UPDATE objects SET object_json = ? WHERE id = ?', [verbatim, o.id]);
        const page = await taxiiGet(srv, `${await objectsUrl(srv)}?match[type]=indicator`);
        assert.equal(page.text, `{"more":false,"objects":[${verbatim}]}`);
        const one = await taxiiGet(srv, `${await objectsUrl(srv)}${o.id}/`);
        assert.equal(one.text, `{"more":false,"objects":[${verbatim}]}`);
        const api = await srv.fetch('/api/objects?type=indicator', { as: 'reader' });
        assert.equal(api.status, 200);
        assert.match(api.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(await api.text(), `{"items":[${verbatim}]}`);
        const bundle = await srv.fetch(`${await objectsUrl(srv)}?match[type]=indicator`, {
          headers: { accept: 'application/stix+json;version=2.1', authorization: basicHeader('reader', 'reader-password') },
        });
        assert.match(await bundle.text(), new RegExp(`^\\{"type":"bundle","id":"bundle--[0-9a-f-]{36}","objects":\\[${verbatim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]\\}$`));
      }));

    test('the API object list pages by bytes too', () =>
      withServer(backend, spec, async (srv) => {
        const target = buildIndicator();
        const reports = Array.from({ length: 8 }, () => buildReport([target.id], { description: 'word '.repeat(2000) }));
        await srv.store.put([target, ...reports]);
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const { status, body } = await srv.json(`/api/objects?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { as: 'reader' });
          assert.equal(status, 200);
          seen.push(...body.items.map((o: { id: string }) => o.id).filter((id: string) => !INSTALLED.has(id)));
          cursor = body.next;
          pages++;
        } while (cursor);
        assert.ok(pages >= 3, `${pages} pages`);
        assert.deepEqual(seen.sort(), [target, ...reports].map((o) => o.id).sort());
      }));
  });
}
