/**
 * The JSON API over real HTTP on every backend: import (JSON and multipart, all or nothing),
 * input validation naming the field, body limits, SQL-ish filters, sharing, graph, and the
 * OpenAPI document covering every route.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixObject } from '../../src/model/stix/core.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIndicator, buildIntrusionSet, buildMalware, buildRelationship, stixId, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const bundle = (objects: unknown[]) => ({ type: 'bundle', id: stixId('bundle'), objects });

async function count(srv: TestServer, as = 'admin'): Promise<number> {
  const r = await srv.json('/api/objects?limit=1000', { as });
  return r.body.items.length;
}

for (const backend of BACKENDS) {
  describe(`JSON API over HTTP (${backend})`, () => {
    let srv: TestServer;
    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editor', org: 'A', role: 'editor' },
          { name: 'colleague', org: 'A', role: 'reader' },
          { name: 'admin', org: 'A', role: 'admin' },
          { name: 'outsider', org: 'B', role: 'editor' },
        ],
        config: { bodyLimit: 16 * 1024, importBodyLimit: 64 * 1024 },
      });
    });
    after(async () => srv?.close());

    test('import stores a valid bundle and reports the summary; re-import is unchanged', async () => {
      const apt = buildIntrusionSet({ name: 'Import Panda' });
      const mw = buildMalware({ name: 'importware' });
      const objects = [apt, mw, buildRelationship(apt, mw)];
      const r = await srv.json('/api/import', { as: 'editor', method: 'POST', json: bundle(objects) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.read, 3);
      assert.equal(r.body.new, 3);
      const again = await srv.json('/api/import', { as: 'editor', method: 'POST', json: objects });
      assert.equal(again.body.unchanged, 3);
      assert.equal(again.body.new, 0);
      const got = await srv.json(`/api/objects/${apt.id}`, { as: 'colleague' });
      assert.equal(got.body.object.name, 'Import Panda');
    });

    test('an import with one invalid object stores nothing and names the field', async () => {
      const before = await count(srv);
      const good = buildMalware({ name: 'never-stored' });
      const bad = buildIndicator();
      delete bad.pattern;
      const r = await srv.json('/api/import', { as: 'editor', method: 'POST', json: bundle([good, good, bad]) });
      assert.equal(r.status, 422);
      assert.equal(r.body.code, 'OPS_ERR_STIX_INVALID');
      assert.match(r.body.field, /^objects\[2\]\.pattern/);
      assert.match(r.body.message, /objects\[2\]\.pattern/);
      assert.equal(await count(srv), before);
      assert.equal((await srv.json(`/api/objects/${good.id}`, { as: 'editor' })).status, 404);
    });

    test('import shapes: not a bundle, not JSON, wrong media type', async () => {
      const notBundle = await srv.json('/api/import', { as: 'editor', method: 'POST', json: { type: 'report' } });
      assert.equal(notBundle.status, 400);
      assert.equal(notBundle.body.field, 'type');
      const notJson = await srv.json('/api/import', { as: 'editor', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "bundle",' });
      assert.equal(notJson.status, 400);
      assert.equal(notJson.body.code, 'OPS_ERR_INPUT_INVALID');
      const xml = await srv.json('/api/import', { as: 'editor', method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<bundle/>' });
      assert.equal(xml.status, 415);
      const stixType = await srv.json('/api/import', { as: 'editor', method: 'POST', headers: { 'content-type': 'application/stix+json;version=2.1' }, body: JSON.stringify(bundle([])) });
      assert.equal(stixType.status, 200);
    });

    test('multipart upload imports the file', async () => {
      const mw = buildMalware({ name: 'uploaded-ware' });
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify(bundle([mw]))], { type: 'application/json' }), 'bundle.json');
      const r = await srv.json('/api/import', { as: 'editor', method: 'POST', body: form });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.new, 1);
      const broken = new FormData();
      broken.append('file', new Blob(['{not json'], { type: 'application/json' }), 'x.json');
      const b = await srv.json('/api/import', { as: 'editor', method: 'POST', body: broken });
      assert.equal(b.status, 400);
      assert.equal(b.body.field, 'file');
    });

    test('bodies over the limit are 413 and store nothing (JSON, multipart, ordinary routes)', async () => {
      const before = await count(srv);
      const many = Array.from({ length: 400 }, (_, i) => buildMalware({ name: `bulk-${i}`, description: 'x'.repeat(100) }));
      const big = JSON.stringify(bundle(many));
      assert.ok(big.length > 64 * 1024);
      const r = await srv.json('/api/import', { as: 'editor', method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      assert.equal(r.status, 413);
      assert.equal(r.body.code, 'OPS_ERR_INPUT_TOO_LARGE');
      const form = new FormData();
      form.append('file', new Blob([big], { type: 'application/json' }), 'big.json');
      const m = await srv.json('/api/import', { as: 'editor', method: 'POST', body: form });
      assert.equal(m.status, 413);
      assert.equal(await count(srv), before);
      const org = await srv.json('/api/orgs', { as: 'admin', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(20_000) }) });
      assert.equal(org.status, 413, 'ordinary routes have the smaller limit');
    });

    test('validation errors name the offending field', async () => {
      const cases: Array<[string, object, string]> = [
        ['/api/objects?limit=0', {}, 'limit'],
        ['/api/objects?limit=abc', {}, 'limit'],
        ['/api/objects?since=yesterday', {}, 'since'],
        ['/api/objects?type=Not%20A%20Type', {}, 'type[0]'],
        ['/api/objects?bogus=1', {}, 'bogus'],
        ['/api/objects/not-an-id', {}, 'id'],
        ['/api/objects/malware--6ba7b810-9dad-41d1-80b4-00c04fd430c8?version=yesterday', {}, 'version'],
        ['/api/search', {}, 'q'],
        ['/api/objects/malware--6ba7b810-9dad-41d1-80b4-00c04fd430c8/graph?depth=3', {}, 'depth'],
        ['/api/users', { method: 'POST', json: { name: 'n1', org: 'A' } }, 'role'],
        ['/api/users', { method: 'POST', json: { name: 'n1', org: 'A', role: 'god' } }, 'role'],
        ['/api/users', { method: 'POST', json: { name: 'bad name!', org: 'A', role: 'reader' } }, 'name'],
        ['/api/users', { method: 'POST', json: { name: 'n2', org: 'Nope', role: 'reader' } }, 'org'],
      ];
      for (const [path, opts, field] of cases) {
        const r = await srv.json(path, { as: 'admin', ...opts });
        assert.equal(r.status, 400, `${path} ${JSON.stringify(r.body)}`);
        assert.equal(r.body.code, 'OPS_ERR_INPUT_INVALID', path);
        assert.equal(r.body.field, field, `${path}: ${r.body.message}`);
        assert.equal(typeof r.body.message, 'string');
      }
    });

    test('SQL-ish strings in filters are harmless: answered or refused, nothing leaks or changes', async () => {
      const before = await count(srv);
      const secret = buildIntrusionSet({ name: 'Strictly Secret', ...tlp('amber+strict') });
      await srv.store.put([secret], { ownerOrgId: srv.orgs.A });
      const probes = ["' OR 1=1 --", "x'); DROP TABLE objects; --", '%', '_', "\\' OR ''='", '" OR ""="', 'Secret%\' OR owner_org IS NOT NULL --'];
      for (const p of probes) {
        const q = encodeURIComponent(p);
        const s = await srv.json(`/api/search?q=${q}`, { as: 'outsider' });
        assert.equal(s.status, 200, p);
        assert.ok(!JSON.stringify(s.body).includes('Strictly Secret'), p);
        for (const path of [`/api/objects?type=${q}`, `/api/objects?cursor=${q}`, `/api/objects?since=${q}`, `/api/export?type=${q}`,
          `/api/objects/${q}`, `/api/audit?before=${q}`]) {
          const r = await srv.json(path, { as: 'outsider' });
          assert.ok([400, 403, 404].includes(r.status), `${path} -> ${r.status}`);
          assert.ok(!JSON.stringify(r.body).includes('Strictly Secret'));
        }
        const cursor = await srv.json(`/api/objects?cursor=${q}`, { as: 'admin' });
        assert.equal(cursor.status, 400);
      }
      const audit = await srv.json(`/api/audit?before=${encodeURIComponent("' OR 1=1 --")}`, { as: 'admin' });
      assert.equal(audit.status, 200);
      assert.equal(await count(srv), before + 1);
      const outsiderSees = await srv.json('/api/search?q=Secret', { as: 'outsider' });
      assert.equal(outsiderSees.body.items.length, 0);
      const ownerSees = await srv.json('/api/search?q=Secret', { as: 'colleague' });
      assert.deepEqual(ownerSees.body.items.map((o: StixObject) => o.id), [secret.id]);
    });

    test('sharing: an AMBER object reaches org B only after its owner shares it; only the owner may share', async () => {
      const amber = buildIntrusionSet({ name: 'Shared Amber', ...tlp('amber') });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [amber] });
      assert.equal((await srv.json(`/api/objects/${amber.id}`, { as: 'outsider' })).status, 404);
      const byOutsider = await srv.json(`/api/objects/${amber.id}/shares`, { as: 'outsider', method: 'POST', json: { org: 'B' } });
      assert.equal(byOutsider.status, 404, 'a hidden object cannot be shared, and looks absent');
      const byReader = await srv.json(`/api/objects/${amber.id}/shares`, { as: 'colleague', method: 'POST', json: { org: 'B' } });
      assert.equal(byReader.status, 403);
      const unknownOrg = await srv.json(`/api/objects/${amber.id}/shares`, { as: 'editor', method: 'POST', json: { org: 'Nowhere' } });
      assert.equal(unknownOrg.status, 400);
      assert.equal(unknownOrg.body.field, 'org');
      const ok = await srv.json(`/api/objects/${amber.id}/shares`, { as: 'editor', method: 'POST', json: { org: 'B' } });
      assert.equal(ok.status, 200);
      assert.equal((await srv.json(`/api/objects/${amber.id}`, { as: 'outsider' })).status, 200);
      const green = buildMalware({ name: 'green-ware', ...tlp('green') });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [green] });
      assert.equal((await srv.json(`/api/objects/${green.id}/shares`, { as: 'editor', method: 'POST', json: { org: 'B' } })).status, 409);
    });

    test('RED: the importer is a recipient, colleagues are not until named', async () => {
      const red = buildIntrusionSet({ name: 'Red Eyes Only', ...tlp('red') });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [red] });
      assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'editor' })).status, 200);
      assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'colleague' })).status, 404);
      assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'admin' })).status, 404, 'admins see RED only as recipients');
      const add = await srv.json(`/api/objects/${red.id}/recipients`, { as: 'editor', method: 'POST', json: { user: 'colleague' } });
      assert.equal(add.status, 200);
      assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'colleague' })).status, 200);
      const byOutsider = await srv.json(`/api/objects/${red.id}/recipients`, { as: 'outsider', method: 'POST', json: { user: 'outsider' } });
      assert.equal(byOutsider.status, 404);
      assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'outsider' })).status, 404);
    });

    test('a denied read of a hidden object is audited, though the caller sees a plain 404', async () => {
      const strict = buildMalware({ name: 'strict-ware', ...tlp('amber+strict') });
      await srv.store.put([strict], { ownerOrgId: srv.orgs.A });
      assert.equal((await srv.json(`/api/objects/${strict.id}`, { as: 'outsider' })).status, 404);
      let entries: any[] = [];
      for (let i = 0; i < 20 && !entries.length; i++) {
        entries = (await srv.json('/api/audit?outcome=denied&limit=1000', { as: 'admin' })).body.items.filter((e: any) => e.target === strict.id);
        if (!entries.length) await new Promise((ok) => setTimeout(ok, 25));
      }
      assert.equal(entries[0].userName, 'outsider');
      assert.equal(entries[0].action, 'read');
    });

    test('relationships and graph of an object', async () => {
      const apt = buildIntrusionSet({ name: 'Graph Bear' });
      const mw = buildMalware({ name: 'graphware' });
      const ind = buildIndicator({ name: 'graph indicator' });
      const uses = buildRelationship(apt, mw, { relationship_type: 'uses' });
      const indicates = buildRelationship(ind, mw, { relationship_type: 'indicates' });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [apt, mw, ind, uses, indicates] });
      const rels = await srv.json(`/api/objects/${mw.id}/relationships?direction=target`, { as: 'colleague' });
      assert.deepEqual(rels.body.items.map((o: StixObject) => o.id).sort(), [uses.id, indicates.id].sort());
      const src = await srv.json(`/api/objects/${mw.id}/relationships?direction=source`, { as: 'colleague' });
      assert.equal(src.body.items.length, 0);
      const typed = await srv.json(`/api/objects/${mw.id}/relationships?relationship_type=uses`, { as: 'colleague' });
      assert.deepEqual(typed.body.items.map((o: StixObject) => o.id), [uses.id]);
      const g1 = await srv.json(`/api/objects/${apt.id}/graph`, { as: 'colleague' });
      assert.deepEqual(g1.body.nodes.map((n: { id: string }) => n.id).sort(), [apt.id, mw.id].sort());
      const g2 = await srv.json(`/api/objects/${apt.id}/graph?depth=2`, { as: 'colleague' });
      assert.deepEqual(g2.body.nodes.map((n: { id: string }) => n.id).sort(), [apt.id, mw.id, ind.id].sort());
      assert.deepEqual(g2.body.edges.map((e: { id: string }) => e.id).sort(), [uses.id, indicates.id].sort());
      const node = g2.body.nodes.find((n: { id: string }) => n.id === mw.id);
      assert.equal(node.name, 'graphware');
      assert.equal(node.depth, 1);
      const capped = await srv.json(`/api/objects/${apt.id}/graph?depth=2&limit=2`, { as: 'colleague' });
      assert.equal(capped.body.nodes.length, 2);
      assert.equal(capped.body.truncated, true);
    });

    test('export honours type and since', async () => {
      const old = buildMalware({ name: 'old-ware', created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z' });
      const fresh = buildMalware({ name: 'fresh-ware', created: '2025-06-01T00:00:00.000Z', modified: '2025-06-01T00:00:00.000Z' });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [old, fresh] });
      const res = await srv.fetch('/api/export?type=malware&since=2025-01-01T00:00:00Z', { as: 'colleague' });
      assert.match(res.headers.get('content-type')!, /^application\/stix\+json/);
      const b = (await res.json()) as { objects: StixObject[] };
      const ids = b.objects.map((o) => o.id);
      assert.ok(ids.includes(fresh.id));
      assert.ok(!ids.includes(old.id));
      assert.ok(b.objects.every((o) => o.type === 'malware'));
    });

    test('export is the CLI exporter in the caller\'s view: no empty objects list, nothing hidden', async () => {
      const none = await srv.fetch('/api/export?type=x-nothing-stored', { as: 'colleague' });
      assert.equal(none.status, 200);
      const empty = (await none.json()) as { type: string; id: string; objects?: StixObject[] };
      assert.equal(empty.type, 'bundle');
      assert.match(empty.id, /^bundle--[0-9a-f-]{36}$/);
      assert.equal('objects' in empty, false, 'STIX 2.1 allows no empty objects list');
      const secret = buildIndicator({ name: 'red-only-export', ...tlp('red') });
      await srv.json('/api/import', { as: 'editor', method: 'POST', json: [secret] });
      const seen = async (as: string) =>
        (((await (await srv.fetch('/api/export?type=indicator', { as })).json()) as { objects?: StixObject[] }).objects ?? []).map((o) => o.id);
      assert.ok((await seen('editor')).includes(secret.id), 'the importer is a recipient of its RED object');
      assert.ok(!(await seen('colleague')).includes(secret.id), 'RED stays hidden from others');
    });

    test('unknown API routes answer a JSON 404', async () => {
      const r = await srv.json('/api/nope', { as: 'colleague' });
      assert.equal(r.status, 404);
      assert.equal(r.body.code, 'OPS_ERR_STORE_NOT_FOUND');
    });

    test('OpenAPI 3.1 document lists every API route with its parameters; /api/docs is self-contained', async () => {
      const r = await srv.json('/api/openapi.json');
      assert.equal(r.status, 200, 'public');
      const doc = r.body;
      assert.equal(doc.openapi, '3.1.0');
      assert.ok(doc.info.title && doc.info.version);
      // every route the server has under /api, from Fastify's own route table
      const routes = new Set<string>();
      const stack: string[] = [];
      for (const line of srv.app.printRoutes({ commonPrefix: false }).split('\n')) {
        const m = /^([│ ]*)[├└]── (\S+) \(([A-Z, ]+)\)/.exec(line);
        if (!m) continue;
        const [, indent = '', segment = '', methods = ''] = m;
        const depth = [...indent].length / 4;
        stack.length = depth;
        stack.push(segment);
        const full = stack.join('');
        if (!full.startsWith('/api/')) continue;
        for (const method of methods.split(', ')) if (method !== 'HEAD') routes.add(`${method.toLowerCase()} ${full.replace(/:(\w+)/g, '{$1}')}`);
      }
      assert.ok(routes.size >= 20, `found ${routes.size} routes in the table`);
      const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m} ${p}`)));
      assert.deepEqual([...routes].filter((x) => !documented.has(x)), [], 'undocumented routes');
      assert.deepEqual([...documented].filter((x) => !routes.has(x)), [], 'documented routes that do not exist');
      const ids = new Set<string>();
      for (const [path, ops] of Object.entries(doc.paths) as [string, Record<string, any>][]) {
        for (const [method, op] of Object.entries(ops)) {
          assert.ok(op.responses && Object.keys(op.responses).length, `${method} ${path} responses`);
          assert.ok(!ids.has(op.operationId), `duplicate operationId ${op.operationId}`);
          ids.add(op.operationId);
          for (const name of path.match(/\{(\w+)\}/g) ?? []) {
            assert.ok(op.parameters?.some((p: any) => p.in === 'path' && `{${p.name}}` === name), `${method} ${path} documents ${name}`);
          }
        }
      }
      const list = doc.paths['/api/objects'].get;
      assert.deepEqual(list.parameters.map((p: any) => p.name).sort(), ['cursor', 'limit', 'since', 'type']);
      assert.ok(doc.paths['/api/import'].post.requestBody.content['multipart/form-data']);
      assert.deepEqual(doc.paths['/api/openapi.json'].get.security, []);
      assert.ok(doc.components.securitySchemes.bearer);
      const html = await srv.fetch('/api/docs');
      assert.equal(html.status, 200);
      assert.match(html.headers.get('content-type')!, /^text\/html/);
      const text = await html.text();
      assert.match(text, /openapi\.json/);
      assert.ok(!/(src|href)=["']?(https?:)?\/\//i.test(text), 'no external assets');
    });
  });
}
