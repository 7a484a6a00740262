/**
 * TAXII 2.1 conformance over real HTTP on loopback, endpoint by endpoint, on every backend in
 * BACKENDS. Requests are made the way the OASIS cti-taxii-client makes them (see taxii-client.ts),
 * so passing here means that client works against `opstrack serve` unchanged.
 *
 * Places where the specification had to be interpreted (also named in the source files):
 * - 406/415: `application/taxii+json` without a version means 2.1; `*\/*` or no Accept is served
 *   TAXII; objects endpoints also serve `application/stix+json;version=2.1` as a bundle (extension).
 * - Empty answers are `{}` resources / `{ "more": false }` envelopes: TAXII lists are never empty.
 * - Malformed filter values are 400 with the parameter named, not silently ignored.
 * - A collection the caller can neither read nor write is 404 (its existence is not revealed).
 * - A status resource is visible to the requester's organisation only (404 for others).
 * - Get an Object: 404 when no visible version exists; 200 empty envelope when filters exclude all.
 * - Delete: editors delete their organisation's versions, admins any visible one.
 * - `http_status` in error messages is a string, as the spec types it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { buildIndicator, buildIpv4, buildMalware, nextVersion, tlp } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import { ClientCollection, discover, MEDIA_TYPE_TAXII_V21, TaxiiHttp, type ClientResponse } from './taxii-client.ts';

const MAX_CONTENT = 64 * 1024;

function assertTaxiiError(res: ClientResponse, status: number) {
  assert.equal(res.status, status, res.text);
  assert.match(res.headers.get('content-type') ?? '', /^application\/taxii\+json;\s*version=2\.1/);
  assert.equal(typeof res.body.title, 'string');
  assert.equal(res.body.http_status, String(status));
  assert.match(String(res.body.error_code), /^OPS_ERR_/);
}

const key = (o: Record<string, unknown>) => `${String(o.id)}@${String(o.modified ?? o.created ?? '')}`;

for (const backend of BACKENDS) {
  describe(`TAXII 2.1 conformance (${backend})`, () => {
    let srv: TestServer;
    let discovery: string;
    let as: (user: string) => TaxiiHttp;
    let collections: CollectionRepository;
    let alphaOnly: string; // a collection only org alpha may use
    const count = async () => (await srv.store.list(SYSTEM, { versions: ['all'], limit: 10_000 })).items.length;

    /** A fresh collection readable/writable by alpha, holding `objects`. */
    async function collectionWith(objects: StixObject[], title = 'scratch'): Promise<ClientCollection> {
      const c = await collections.add({ title, readOrgs: [srv.orgs.alpha!], writeOrgs: [srv.orgs.alpha!] });
      if (objects.length) await srv.store.put(objects, { collectionId: c.id, ownerOrgId: srv.orgs.alpha });
      const { collections: listed } = await discover(discovery, as('alice'));
      return listed.find((x) => x.info.id === c.id)!;
    }

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'alice', org: 'alpha', role: 'editor' },
          { name: 'rita', org: 'alpha', role: 'reader' },
          { name: 'adam', org: 'alpha', role: 'admin' },
          { name: 'bob', org: 'beta', role: 'editor' },
        ],
        config: { importBodyLimit: MAX_CONTENT, logger: false },
      });
      discovery = `${srv.url}/taxii2/`;
      as = (user) => new TaxiiHttp({ user, password: srv.users[user]!.password });
      collections = new CollectionRepository(srv.store.db);
      alphaOnly = (await collections.add({ title: 'alpha intel', alias: 'alpha-intel', readOrgs: [srv.orgs.alpha!], writeOrgs: [srv.orgs.alpha!] })).id;
    });
    after(async () => srv?.close());

    test('discovery -> API root -> collections, as cti-taxii-client walks them', async () => {
      const { server, apiRootUrl, info, collections: listed } = await discover(discovery, as('alice'));
      assert.ok(apiRootUrl);
      assert.ok(server.api_roots?.length, 'api_roots listed');
      assert.ok(server.api_roots!.includes(server.default!), 'default is one of api_roots');
      assert.ok(apiRootUrl.startsWith(`${srv.url}/taxii2/`));
      assert.deepEqual(info.versions, [MEDIA_TYPE_TAXII_V21]);
      assert.equal(info.max_content_length, MAX_CONTENT);
      const def = listed.find((c) => c.info.title === 'default');
      assert.ok(def, 'a fresh installation has a collection titled default');
      assert.deepEqual(def.info.media_types, ['application/stix+json;version=2.1']);
      const one = await as('alice').get(def.url);
      assert.deepEqual(one.body, def.info, 'Get a Collection answers what Get Collections listed');
      // Addressing a collection by its alias works too.
      assert.equal((await as('alice').get(`${apiRootUrl}collections/alpha-intel/`)).body.id, alphaOnly);
    });

    test('can_read / can_write reflect the caller; collections nobody granted them are invisible', async () => {
      const seen = async (user: string) => Object.fromEntries((await discover(discovery, as(user))).collections.map((c) => [c.info.title, c.info]));
      const alice = await seen('alice');
      const rita = await seen('rita');
      const bob = await seen('bob');
      assert.deepEqual([alice.default.can_read, alice.default.can_write], [true, true]);
      assert.deepEqual([rita.default.can_read, rita.default.can_write], [true, false], 'readers cannot write the default');
      assert.deepEqual([bob.default.can_read, bob.default.can_write], [true, true]);
      assert.deepEqual([alice['alpha intel'].can_read, alice['alpha intel'].can_write], [true, true]);
      assert.equal(bob['alpha intel'], undefined, 'not listed for another organisation');
      const { apiRootUrl } = await discover(discovery, as('bob'));
      assertTaxiiError(await as('bob').request(`${apiRootUrl}collections/${alphaOnly}/`), 404);
      assertTaxiiError(await as('bob').request(`${apiRootUrl}collections/${alphaOnly}/objects/`), 404);
    });

    test('Get Objects pages through next with filters: every object once, then more=false', async () => {
      const indicators = Array.from({ length: 7 }, (_, i) => buildIndicator({ name: `ind ${i}` }));
      const malware = Array.from({ length: 3 }, () => buildMalware());
      const col = await collectionWith([...indicators, ...malware]);
      const seen: string[] = [];
      let pages = 0;
      for await (const env of col.pages(2, { type: 'indicator' })) {
        pages++;
        assert.ok((env.objects ?? []).length <= 2);
        assert.equal(typeof env.more, 'boolean');
        if (!env.more) assert.equal(env.next, undefined, 'no next on the last page');
        seen.push(...(env.objects ?? []).map((o) => String(o.id)));
      }
      assert.equal(pages, 4);
      assert.deepEqual(seen, indicators.map((o) => o.id), 'in date_added order, no duplicate, no gap');
      // Without a type filter every object comes back; the first page's headers bracket it.
      const first = await col.getObjects({ limit: 4 });
      assert.equal(first.body.objects!.length, 4);
      const manifest = (await col.getManifest({ limit: 4 })).body.objects!;
      assert.equal(first.headers.get('x-taxii-date-added-first'), manifest[0]!.date_added);
      assert.equal(first.headers.get('x-taxii-date-added-last'), manifest[3]!.date_added);
      assert.ok(manifest[0]!.date_added! < manifest[3]!.date_added!);
    });

    test('pagination is stable while objects are added between page fetches (no duplicate, no gap)', async () => {
      const initial = Array.from({ length: 6 }, (_, i) => buildIndicator({ name: `stable ${i}` }));
      const col = await collectionWith(initial);
      const posted: StixObject[] = [];
      const seen: string[] = [];
      let pages = 0;
      for await (const env of col.pages(2, { version: 'all' })) {
        seen.push(...(env.objects ?? []).map(key));
        if (++pages <= 3) {
          // A new object, and a new version of one already served, land between page fetches.
          const batch = [buildMalware({ name: `during ${pages}` }), nextVersion(initial[pages - 1]!, `2024-06-0${pages}T00:00:00.000Z`)];
          posted.push(...batch);
          const { posted: status } = await col.addObjects({ objects: batch });
          assert.equal(status.success_count, 2, JSON.stringify(status));
        }
      }
      assert.equal(new Set(seen).size, seen.length, `no duplicate: ${seen}`);
      assert.deepEqual(new Set(seen), new Set([...initial, ...posted].map(key)), 'no gap: every version present at the end was served');
      // The default match[version]=last walk sees every object id once at its latest version.
      const latest: string[] = [];
      for await (const env of col.pages(3)) latest.push(...(env.objects ?? []).map(key));
      assert.equal(latest.length, initial.length + 3);
      for (const o of initial.slice(0, 3)) assert.ok(!latest.includes(key(o)), 'superseded versions are not the latest');
    });

    test('pagination with match[version]=last has no gap when unseen objects get new versions mid-walk', async () => {
      // With offset paging, a new version of an object not yet served shifts the rest of the
      // result set back by one, and an object is skipped; the cursor must not depend on that.
      const initial = Array.from({ length: 8 }, (_, i) => buildIndicator({ name: `last ${i}` }));
      const col = await collectionWith(initial);
      const updated: StixObject[] = [];
      const seen: string[] = [];
      let pages = 0;
      for await (const env of col.pages(2)) {
        seen.push(...(env.objects ?? []).map(key));
        if (++pages <= 2) {
          const v2 = nextVersion(initial[initial.length - pages]!, `2024-08-0${pages}T00:00:00.000Z`);
          updated.push(v2);
          await col.addObjects({ objects: [v2] });
        }
      }
      assert.equal(new Set(seen).size, seen.length, 'no duplicate');
      const latest = new Map([...initial, ...updated].map((o) => [o.id, key(o)]));
      for (const [id, k] of latest) assert.ok(seen.includes(k), `latest version of ${id} served`);
    });

    test('pagination is stable under a concurrent writer', async () => {
      const initial = Array.from({ length: 12 }, (_, i) => buildIndicator({ name: `concurrent ${i}` }));
      const col = await collectionWith(initial);
      const writerCol = new ClientCollection(as('alice'), col.url, col.info);
      const written: StixObject[] = [];
      let stop = false;
      const writer = (async () => {
        while (!stop) {
          const batch = [buildMalware(), buildIndicator()];
          await writerCol.addObjects({ objects: batch });
          written.push(...batch);
        }
      })();
      const seen: string[] = [];
      let pages = 0;
      for await (const env of col.pages(2, { version: 'all' })) {
        seen.push(...(env.objects ?? []).map(key));
        // Let the writer run across several page fetches, then let the walk reach the end.
        if (++pages === 5) {
          stop = true;
          await writer;
        }
      }
      assert.ok(written.length > 0, 'the writer wrote while the walk ran');
      assert.equal(new Set(seen).size, seen.length, 'no duplicate');
      assert.deepEqual(new Set(seen), new Set([...initial, ...written].map(key)), 'no gap');
    });

    test('match[id], match[type], match[version] (last/first/all/timestamp), match[spec_version], added_after', async () => {
      const v1 = buildIndicator({ created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z' });
      const v2 = nextVersion(v1, '2024-02-01T00:00:00.000Z', { name: 'v2' });
      const v3 = nextVersion(v1, '2024-03-01T00:00:00.000Z', { name: 'v3' });
      const other = buildMalware();
      const ip = buildIpv4('203.0.113.9');
      const col = await collectionWith([v1, v2, v3, other, ip]);
      const versionsOf = async (filters: Record<string, string>) =>
        ((await col.getObjects({ id: v1.id, ...filters })).body.objects ?? []).map((o) => o.modified);
      assert.deepEqual(await versionsOf({}), [v3.modified], 'last by default');
      assert.deepEqual(await versionsOf({ version: 'last' }), [v3.modified]);
      assert.deepEqual(await versionsOf({ version: 'first' }), [v1.modified]);
      assert.deepEqual(await versionsOf({ version: 'all' }), [v1.modified, v2.modified, v3.modified]);
      assert.deepEqual(await versionsOf({ version: '2024-02-01T00:00:00Z' }), [v2.modified], 'a timestamp selects that version, at any precision');
      assert.deepEqual(await versionsOf({ version: 'first,last' }), [v1.modified, v3.modified]);
      const types = (await col.getObjects({ type: ['malware', 'ipv4-addr'] })).body.objects!.map((o) => o.id);
      assert.deepEqual(types, [other.id, ip.id]);
      assert.deepEqual((await col.getObjects({ spec_version: '2.1' })).body.objects!.length, 3);
      assert.deepEqual((await col.getObjects({ spec_version: '2.0' })).body, { more: false }, 'an empty envelope');
      const all = (await col.getManifest({ version: 'all' })).body.objects!;
      const cut = all[2]!.date_added;
      const after = (await col.getManifest({ version: 'all', added_after: cut })).body.objects!;
      assert.deepEqual(after.map((m) => m.date_added), all.slice(3).map((m) => m.date_added), 'strictly after');
      // The Date-Added-Last header of one page is a valid added_after for the next.
      const page = await col.getObjects({ version: 'all', limit: 2 });
      const rest = await col.getObjects({ version: 'all', added_after: page.headers.get('x-taxii-date-added-last')! });
      assert.equal(rest.body.objects!.length, all.length - 2);
    });

    test('Get an Object, Get Object Versions and Get Object Manifests', async () => {
      const v1 = buildIndicator();
      const v2 = nextVersion(v1, '2024-05-01T00:00:00.000Z');
      const col = await collectionWith([v1, v2]);
      const one = await col.getObject(v1.id);
      assert.deepEqual(one.body.objects!.map((o) => o.modified), [v2.modified]);
      assert.ok(one.headers.get('x-taxii-date-added-first'));
      assert.deepEqual((await col.getObject(v1.id, { version: 'all' })).body.objects!.length, 2);
      assert.deepEqual((await col.getObject(v1.id, { version: '2030-01-01T00:00:00Z' })).body, { more: false });
      const versions = await col.objectVersions(v1.id);
      assert.deepEqual(versions.body, { more: false, versions: [v1.modified, v2.modified] });
      assert.ok(versions.headers.get('x-taxii-date-added-last')! >= versions.headers.get('x-taxii-date-added-first')!);
      const paged = await col.objectVersions(v1.id, { limit: 1 });
      assert.equal(paged.body.more, true);
      assert.deepEqual((await col.objectVersions(v1.id, { limit: 1, next: paged.body.next! })).body.versions, [v2.modified]);
      const manifest = (await col.getManifest()).body.objects!;
      assert.deepEqual(manifest.map((m) => [m.id, m.version, m.media_type]), [[v1.id, v2.modified, 'application/stix+json;version=2.1']]);
      assert.match(manifest[0]!.date_added!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      const missing = 'indicator--00000000-0000-4000-8000-000000000000';
      assertTaxiiError(await as('alice').request(`${col.objectsUrl}${missing}/`), 404);
      assertTaxiiError(await as('alice').request(`${col.objectsUrl}${missing}/versions/`), 404);
      assertTaxiiError(await as('alice').request(`${col.objectsUrl}not-an-id/`), 404);
    });

    test('Add Objects: 202 with a status resource, per-object failures, status polled at ../../status/<id>', async () => {
      const col = await collectionWith([], 'inbox');
      const good = [buildIndicator(), buildMalware()];
      const bad = { type: 'indicator', spec_version: '2.1', id: `indicator--${crypto.randomUUID()}`, created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z' };
      const { posted, statusUrl } = await col.addObjects({ objects: [...good, bad] });
      assert.equal(posted.status, 'complete');
      assert.deepEqual([posted.total_count, posted.success_count, posted.failure_count, posted.pending_count], [3, 2, 1, 0]);
      const failures = posted.failures as { id: string; version: string; message: string }[];
      assert.equal(failures[0]!.id, bad.id);
      assert.match(failures[0]!.message, /objects\[2\]\.\w+/, 'the failure names the JSON path');
      assert.deepEqual((posted.successes as { id: string }[]).map((s) => s.id), good.map((o) => o.id));
      const polled = await as('alice').get(statusUrl);
      assert.deepEqual(polled.body, posted, 'Get Status returns the same resource');
      assert.ok(statusUrl.startsWith(`${srv.url}/taxii2/`) && statusUrl.includes('/status/'));
      // Stored in this collection, owned by the poster's organisation.
      assert.deepEqual((await col.getObjects()).body.objects!.map((o) => o.id), good.map((o) => o.id));
      assert.equal((await srv.store.get(SYSTEM, good[0]!.id))[0]!.ownerOrgId, srv.orgs.alpha);
      // Re-posting is idempotent: success, nothing new.
      const again = await col.addObjects({ objects: good });
      assert.equal(again.posted.success_count, 2);
      // Another organisation cannot read the status.
      assertTaxiiError(await as('bob').request(statusUrl), 404);
      assertTaxiiError(await as('alice').request(new URL('../../status/00000000-0000-4000-8000-000000000000/', col.url).toString()), 404);
    });

    test('Delete an Object: writers only, their organisation\'s versions, match[version]', async () => {
      const v1 = buildIndicator();
      const v2 = nextVersion(v1, '2024-07-01T00:00:00.000Z');
      const foreign = buildMalware();
      const def = (await discover(discovery, as('alice'))).collections.find((c) => c.info.title === 'default')!;
      await srv.store.put([v1, v2], { ownerOrgId: srv.orgs.alpha });
      await srv.store.put([foreign], { ownerOrgId: srv.orgs.beta });
      const ritaDefault = new ClientCollection(as('rita'), def.url, def.info);
      assertTaxiiError(await ritaDefault.deleteObject(v1.id), 403);
      const aliceDefault = new ClientCollection(as('alice'), def.url, def.info);
      assertTaxiiError(await aliceDefault.deleteObject(foreign.id), 403);
      let res = await aliceDefault.deleteObject(v1.id, { version: 'first' });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual((await def.objectVersions(v1.id)).body.versions, [v2.modified]);
      res = await aliceDefault.deleteObject(v1.id);
      assert.equal(res.status, 200);
      assertTaxiiError(await as('alice').request(`${def.objectsUrl}${v1.id}/`), 404);
      assertTaxiiError(await aliceDefault.deleteObject(v1.id), 404);
      const adamDefault = new ClientCollection(as('adam'), def.url, def.info);
      assert.equal((await adamDefault.deleteObject(foreign.id)).status, 200, 'an admin deletes any visible object');
      assert.equal((await srv.store.get(SYSTEM, foreign.id)).length, 0);
    });

    test('objects hidden by TLP are neither returned nor counted on any TAXII read path', async () => {
      const amber = buildIndicator({ name: 'alpha amber', ...tlp('amber') });
      const strict = buildIndicator({ name: 'alpha strict', ...tlp('amber+strict') });
      const green = buildIndicator({ name: 'green', ...tlp('green') });
      await srv.store.put([amber, strict, green], { ownerOrgId: srv.orgs.alpha });
      const def = (await discover(discovery, as('bob'))).collections.find((c) => c.info.title === 'default')!;
      const ids = [amber.id, strict.id, green.id];
      assert.deepEqual((await def.getObjects({ id: ids })).body.objects!.map((o) => o.id), [green.id]);
      assert.deepEqual((await def.getManifest({ id: ids })).body.objects!.map((o) => o.id), [green.id]);
      for (const hidden of [amber, strict]) {
        assertTaxiiError(await as('bob').request(`${def.objectsUrl}${hidden.id}/`), 404);
        assertTaxiiError(await as('bob').request(`${def.objectsUrl}${hidden.id}/versions/`), 404);
        assertTaxiiError(await as('bob').request(`${def.objectsUrl}${hidden.id}/`, { method: 'DELETE' }), 404);
      }
      const mine = (await discover(discovery, as('rita'))).collections.find((c) => c.info.title === 'default')!;
      assert.deepEqual((await mine.getObjects({ id: ids })).body.objects!.map((o) => o.id), ids, 'the owning organisation sees all three');
    });

    test('objects endpoints serve a STIX bundle to a client that asks for application/stix+json', async () => {
      const o = buildIndicator();
      const col = await collectionWith([o]);
      const res = await as('alice').request(col.objectsUrl, { accept: 'application/stix+json;version=2.1' });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^application\/stix\+json;\s*version=2\.1/);
      assert.equal(res.body.type, 'bundle');
      assert.deepEqual((res.body.objects as { id: string }[]).map((x) => x.id), [o.id]);
      assertTaxiiError(await as('alice').request(`${col.url}manifest/`, { accept: 'application/stix+json;version=2.1' }), 406);
    });

    describe('errors are TAXII error messages with the right status', () => {
      let col: ClientCollection;
      before(async () => {
        col = await collectionWith([buildIndicator(), buildIndicator(), buildIndicator()], 'errors');
      });

      test('invalid next -> 400', async () => {
        for (const next of ['garbage', 'djE6MTIzYWJj', "1' OR '1'='1", 'x'.repeat(3000)]) {
          assertTaxiiError(await as('alice').request(col.objectsUrl, { params: { next, limit: '1' } }), 400);
        }
        assertTaxiiError(await as('alice').request(`${col.url}manifest/`, { params: { next: 'nope' } }), 400);
      });

      test('malformed and SQL-ish filters -> 400 naming the parameter, nothing leaks', async () => {
        const before = await count();
        for (const [param, value] of [
          ['match[type]', "indicator' OR '1'='1"],
          ['match[id]', "indicator--x'; DROP TABLE objects; --"],
          ['match[version]', "last') OR 1=1 --"],
          ['added_after', "2024-01-01' OR 1=1"],
          ['limit', '1; DELETE FROM objects'],
        ] as const) {
          const res = await as('alice').request(col.objectsUrl, { params: { [param]: value } });
          assertTaxiiError(res, 400);
          assert.equal((res.body.details as { field: string }).field, param);
        }
        assert.equal(await count(), before);
      });

      test('wrong Accept -> 406 on every endpoint', async () => {
        const { apiRootUrl } = await discover(discovery, as('alice'));
        for (const url of [discovery, apiRootUrl, `${apiRootUrl}collections/`, col.url, col.objectsUrl, `${col.url}manifest/`]) {
          for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html']) {
            assertTaxiiError(await as('alice').request(url!, { accept }), 406);
          }
        }
      });

      test('wrong Content-Type on POST -> 415, nothing stored', async () => {
        const before = await count();
        const body = JSON.stringify({ objects: [buildIndicator()] });
        for (const contentType of ['application/json', 'text/plain', 'application/taxii+json;version=2.0', null]) {
          const res = await as('alice').request(col.objectsUrl, { method: 'POST', contentType, body });
          assertTaxiiError(res, 415);
        }
        assert.equal(await count(), before);
      });

      test('unknown collection, API root or endpoint -> 404', async () => {
        const { apiRootUrl } = await discover(discovery, as('alice'));
        assertTaxiiError(await as('alice').request(`${apiRootUrl}collections/00000000-0000-4000-8000-000000000000/objects/`), 404);
        assertTaxiiError(await as('alice').request(`${apiRootUrl}collections/no-such-alias/manifest/`), 404);
        assertTaxiiError(await as('alice').request(`${srv.url}/taxii2/no-such-root/collections/`), 404);
      });

      test('no or bad credentials -> 401 with a Basic challenge', async () => {
        for (const auth of [null, { user: 'alice', password: 'wrong' }, { user: 'nobody', password: 'x' }]) {
          const res = await new TaxiiHttp(auth).request(col.objectsUrl);
          assertTaxiiError(res, 401);
          assert.match(res.headers.get('www-authenticate') ?? '', /^Basic /);
        }
        assertTaxiiError(await new TaxiiHttp(null).request(discovery), 401);
      });

      test('a reader cannot POST -> 403, nothing stored', async () => {
        const before = await count();
        const def = (await discover(discovery, as('rita'))).collections.find((c) => c.info.title === 'default')!;
        const res = await as('rita').request(def.objectsUrl, { method: 'POST', contentType: MEDIA_TYPE_TAXII_V21, body: JSON.stringify({ objects: [buildIndicator()] }) });
        assertTaxiiError(res, 403);
        assert.equal(await count(), before);
      });

      test('bad JSON, or a body that is not an envelope -> 400, nothing stored', async () => {
        const before = await count();
        for (const body of ['{"objects": [', 'not json', '', '[1,2]', '{"objects": {"id": "x"}}', '"text"']) {
          const res = await as('alice').request(col.objectsUrl, { method: 'POST', contentType: MEDIA_TYPE_TAXII_V21, body });
          assertTaxiiError(res, 400);
        }
        assert.equal(await count(), before);
      });

      test('a body over max_content_length -> 413, nothing stored', async () => {
        const before = await count();
        const objects = Array.from({ length: 400 }, () => buildIndicator({ description: 'x'.repeat(200) }));
        const body = JSON.stringify({ objects });
        assert.ok(body.length > MAX_CONTENT);
        assertTaxiiError(await as('alice').request(col.objectsUrl, { method: 'POST', contentType: MEDIA_TYPE_TAXII_V21, body }), 413);
        assert.equal(await count(), before);
      });
    });
  });
}
