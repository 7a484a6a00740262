import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { discover, MEDIA_TYPE_TAXII_V21, TaxiiHttp } from './taxii-client.ts';

for (const backend of BACKENDS) {
  describe(`TAXII collection administration (${backend})`, () => {
    let srv: TestServer;
    let as: (user: string) => TaxiiHttp;
    let collectionsUrl: string;

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'root', org: 'alpha', role: 'admin' },
          { name: 'ed', org: 'alpha', role: 'editor' },
          { name: 'bea', org: 'beta', role: 'editor' },
          { name: 'gus', org: 'gamma', role: 'editor' },
          { name: 'del', org: 'delta', role: 'editor' },
        ],
      });
      as = (user) => new TaxiiHttp({ user, password: srv.users[user]!.password });
      collectionsUrl = `${(await discover(`${srv.url}/taxii2/`, as('root'))).apiRootUrl}collections/`;
    });
    after(async () => srv?.close());

    const post = (user: string, body: unknown, contentType = 'application/json') =>
      as(user).request(collectionsUrl, { method: 'POST', contentType, body: JSON.stringify(body) });

    test('an admin creates a collection with grants; callers see it as granted', async () => {
      const res = await post('root', { title: 'Beta feed', alias: 'beta-feed', read_orgs: ['gamma'], write_orgs: ['beta'] });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.title, 'Beta feed');
      assert.deepEqual(res.body.x_opstrack_permissions, {
        everyone_read: false, everyone_write: false, read_orgs: [srv.orgs.gamma, srv.orgs.beta].sort(), write_orgs: [srv.orgs.beta],
        owner_org: srv.orgs.alpha,
      });
      const seen = async (user: string) => (await discover(`${srv.url}/taxii2/`, as(user))).collections.find((c) => c.info.id === res.body.id)?.info;
      assert.deepEqual([(await seen('bea'))?.can_read, (await seen('bea'))?.can_write], [true, true]);
      assert.deepEqual([(await seen('gus'))?.can_read, (await seen('gus'))?.can_write], [true, false]);
      // alpha was granted nothing, but created it: its users keep it (editors write, as its owner)
      assert.deepEqual([(await seen('ed'))?.can_read, (await seen('ed'))?.can_write], [true, true]);
      assert.equal(await seen('del'), undefined, 'delta was granted nothing');
      // The TAXII media type is accepted as well as plain JSON.
      assert.equal((await post('root', { title: 'Open', everyone_read: true }, MEDIA_TYPE_TAXII_V21)).status, 201);
    });

    test('refused: non-admins (403), unknown organisations and bad bodies (400), taken aliases (409)', async () => {
      const before = (await srv.store.db.query('SELECT id FROM taxii_collections')).length;
      assert.equal((await post('ed', { title: 'Mine' })).status, 403);
      const unknown = await post('root', { title: 'X', read_orgs: ['nobody'] });
      assert.equal(unknown.status, 400);
      assert.equal((unknown.body.details as { field: string }).field, 'read_orgs');
      assert.equal((await post('root', { description: 'no title' })).status, 400);
      assert.equal((await post('root', { title: 'X', can_read: true })).status, 400);
      assert.equal((await post('root', { title: 'X', alias: 'has space' })).status, 400);
      assert.equal((await post('root', { title: 'X' }, 'text/plain')).status, 415);
      await post('root', { title: 'First', alias: 'taken' });
      assert.equal((await post('root', { title: 'Second', alias: 'taken' })).status, 409);
      assert.equal((await srv.store.db.query('SELECT id FROM taxii_collections')).length, before + 1);
    });
  });
}
