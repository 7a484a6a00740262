/**
 * TAXII 2.1 conformance points of issue 12 (finding 9), over real HTTP on every backend:
 * microsecond timestamps (date_added, X-TAXII-Date-Added-*, request_timestamp); a successful
 * DELETE carries its Content-Type; empty manifest and versions answers are `{}`; a locked-out
 * caller gets 401 (never 429); api_roots never come from the Host header; an SCO's status version
 * is its date_added; a STIX bundle answer holds every page or is an explicit error.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { buildIndicator, buildIpv4 } from '../helpers/factories.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import { MAX_BUNDLE_OBJECTS } from '../../src/taxii/routes/objects.ts';
import { ClientCollection, discover, MEDIA_TYPE_TAXII_V21, TaxiiHttp } from './taxii-client.ts';

const MICROSECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const STIX_ACCEPT = 'application/stix+json;version=2.1';

for (const backend of BACKENDS) {
  describe(`TAXII 2.1 conformance, issue 12 (${backend})`, () => {
    let srv: TestServer;
    let discovery: string;
    let as: (user: string) => TaxiiHttp;
    let collections: CollectionRepository;

    async function collectionWith(title: string, objects: ReturnType<typeof buildIndicator>[] = []): Promise<ClientCollection> {
      const c = await collections.add({ title, readOrgs: [srv.orgs.alpha!], writeOrgs: [srv.orgs.alpha!] });
      for (let i = 0; i < objects.length; i += 5000) {
        await srv.store.put(objects.slice(i, i + 5000), { collectionId: c.id, ownerOrgId: srv.orgs.alpha });
      }
      const { collections: listed } = await discover(discovery, as('alice'));
      return listed.find((x) => x.info.id === c.id)!;
    }

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'alice', org: 'alpha', role: 'editor' },
          { name: 'lou', org: 'alpha', role: 'reader' },
        ],
        config: { logger: false, auth: { lockout: { threshold: 2, baseMs: 60_000 } } },
      });
      discovery = `${srv.url}/taxii2/`;
      as = (user) => new TaxiiHttp({ user, password: srv.users[user]!.password });
      collections = new CollectionRepository(srv.store.db);
    });
    after(async () => srv?.close());

    test('discovery names the API root by its path, whatever the Host header says', async () => {
      const res = await srv.app.inject({
        method: 'GET',
        url: '/taxii2/',
        headers: {
          host: 'attacker.example',
          accept: MEDIA_TYPE_TAXII_V21,
          authorization: `Basic ${Buffer.from(`alice:${srv.users.alice!.password}`).toString('base64')}`,
        },
      });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { default: string; api_roots: string[] };
      assert.deepEqual(body.api_roots, ['/taxii2/opstrack/']);
      assert.equal(body.default, '/taxii2/opstrack/');
      assert.doesNotMatch(res.body, /attacker/);
      // a client resolves it against the discovery URL, as URLs are resolved
      const { apiRootUrl } = await discover(discovery, as('alice'));
      assert.equal(apiRootUrl, `${srv.url}/taxii2/opstrack/`);
    });

    test('microsecond timestamps: date_added, X-TAXII-Date-Added-First/-Last and request_timestamp', async () => {
      const col = await collectionWith('microseconds');
      const { posted } = await col.addObjects({ objects: [buildIndicator(), buildIndicator()] });
      assert.match(String(posted.request_timestamp), MICROSECONDS);
      const objects = await col.getObjects();
      assert.match(objects.headers.get('x-taxii-date-added-first') ?? '', MICROSECONDS);
      assert.match(objects.headers.get('x-taxii-date-added-last') ?? '', MICROSECONDS);
      const manifest = (await col.getManifest()).body.objects!;
      for (const m of manifest) assert.match(m.date_added!, MICROSECONDS);
      assert.ok(manifest[0]!.date_added! < manifest[1]!.date_added!);
      // added_after at microsecond precision
      const later = await col.getManifest({ added_after: manifest[0]!.date_added });
      assert.deepEqual(later.body.objects!.map((m) => m.id), [manifest[1]!.id]);
    });

    test("an SCO's status version is its date_added, as the manifest reports it", async () => {
      const col = await collectionWith('observables');
      const sco = buildIpv4('198.51.100.99');
      const { posted } = await col.addObjects({ objects: [sco] });
      const [success] = posted.successes as { id: string; version: string }[];
      assert.equal(success!.id, sco.id);
      assert.match(success!.version, MICROSECONDS);
      const [record] = (await col.getManifest()).body.objects!;
      assert.equal(record!.version, success!.version);
      assert.equal(record!.date_added, success!.version);
    });

    test('a successful DELETE answers 200 with the TAXII Content-Type', async () => {
      const col = await collectionWith('deletions', [buildIndicator()]);
      const [obj] = (await col.getObjects()).body.objects!;
      const res = await col.deleteObject(String(obj!.id));
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.get('content-type'), MEDIA_TYPE_TAXII_V21);
    });

    test('empty manifest and versions answers are {}', async () => {
      const empty = await collectionWith('empty');
      assert.deepEqual((await empty.getManifest()).body, {});
      const one = buildIndicator();
      const col = await collectionWith('one', [one]);
      assert.deepEqual((await col.objectVersions(one.id, { added_after: '2999-01-01T00:00:00.000000Z' })).body, {});
      assert.deepEqual((await col.getManifest({ type: 'malware' })).body, {});
    });

    test('a STIX bundle holds every page, or the answer is an explicit error', async () => {
      const many = Array.from({ length: 1500 }, () => buildIndicator());
      const col = await collectionWith('bundle', many);
      const res = await as('alice').request(col.objectsUrl, { accept: STIX_ACCEPT, params: { limit: '10' } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.get('content-type'), STIX_ACCEPT);
      assert.equal(res.body.type, 'bundle');
      assert.deepEqual((res.body.objects as { id: string }[]).map((o) => o.id), many.map((o) => o.id));

      const huge = await collectionWith('too big', Array.from({ length: MAX_BUNDLE_OBJECTS + 1 }, () => buildIndicator()));
      const refused = await as('alice').request(huge.objectsUrl, { accept: STIX_ACCEPT });
      assert.equal(refused.status, 406, refused.text.slice(0, 300));
      assert.equal(refused.body.error_code, 'OPS_ERR_TAXII_NOT_ACCEPTABLE');
      assert.match(String(refused.body.description), /application\/taxii\+json/);
      // the TAXII envelope still pages through the same objects
      const first = await huge.getObjects({ limit: 5 });
      assert.equal(first.body.more, true);
    });

    test('a locked-out caller gets 401 with a Basic challenge, never 429', async () => {
      const wrong = new TaxiiHttp({ user: 'lou', password: 'not-lou-password' });
      for (let i = 0; i < 2; i++) assert.equal((await wrong.request(discovery)).status, 401);
      const locked = await as('lou').request(discovery);
      assert.equal(locked.status, 401, locked.text);
      assert.match(locked.headers.get('www-authenticate') ?? '', /^Basic /);
      assert.ok(Number(locked.headers.get('retry-after')) >= 1);
      assert.equal(locked.body.http_status, '401');
    });
  });
}
