/**
 * TAXII Add Objects reads a body in spans (worker threads) outside the write transaction and
 * takes the transaction once the first span is ready (src/taxii/add-objects.ts): a body that is
 * malformed after spans were already written stores nothing, and concurrent POSTs, whose parsing
 * overlaps another's writing, all store every object once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import { PIPELINE_LIMITS } from '../../src/import/import-pipeline.ts';
import { syntheticObject } from '../import/synthetic-bundle.ts';
import { MEDIA_TYPE_TAXII_V21 } from './taxii-client.ts';

for (const backend of BACKENDS) {
  describe(`TAXII Add Objects in spans (${backend})`, () => {
    let srv: TestServer;
    let url: string;
    let auth: string;

    const post = (body: string) => srv.app.inject({
      method: 'POST', url, payload: body,
      headers: { authorization: auth, accept: MEDIA_TYPE_TAXII_V21, 'content-type': MEDIA_TYPE_TAXII_V21 },
    });
    const stored = async () => Number((await srv.store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM objects WHERE id LIKE ?', ['%-8000-%']))[0]!.n);
    const objects = (from: number, count: number) => Array.from({ length: count }, (_, k) => JSON.stringify(syntheticObject(from + k)));

    before(async () => {
      srv = await startServer(backend, { users: [{ name: 'alice', org: 'alpha', role: 'editor' }], config: { logger: false } });
      const c = await new CollectionRepository(srv.store.db).add({ title: 'spans', readOrgs: [srv.orgs.alpha!], writeOrgs: [srv.orgs.alpha!] });
      url = `/taxii2/opstrack/collections/${c.id}/objects/`;
      auth = `Basic ${Buffer.from(`alice:${srv.users.alice!.password}`).toString('base64')}`;
    });
    after(async () => srv?.close());

    test('a body malformed after its first spans were written stores nothing', async () => {
      const valid = objects(0, PIPELINE_LIMITS.spanEntries * 2 + 500);
      const res = await post(`{"objects":[${valid.join(',')},{"type": "indicator", "id": ]}`);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(await stored(), 0, 'the spans written before the fault are rolled back');
    });

    test('concurrent POSTs each store all of their objects', async () => {
      const per = PIPELINE_LIMITS.spanEntries + 700;
      const answers = await Promise.all([0, 1, 2, 3].map((k) => post(`{"objects":[${objects(10_000 + k * per, per).join(',')}]}`)));
      for (const res of answers) {
        assert.equal(res.statusCode, 202, res.body);
        const status = res.json() as { success_count: number; failure_count: number };
        assert.deepEqual([status.success_count, status.failure_count], [per, 0]);
      }
      assert.equal(await stored(), 4 * per);
    });
  });
}
