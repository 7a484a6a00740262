/**
 * The change feed integrations use (docs/interchange.md, "Following changes"): poll a collection's
 * objects with `added_after` set to the previous answer's X-TAXII-Date-Added-Last, following `next`
 * within one poll. Each new version arrives once, in the order it was added; a version hidden from
 * the poller is never delivered and its addition moves no cursor the poller can see.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { buildIndicator, tlp } from '../helpers/factories.ts';
import { discover, TaxiiHttp, type ClientCollection } from './taxii-client.ts';

const LAST = 'x-taxii-date-added-last';

/** One poll as the docs describe it: every page from `cursor` on; returns the ids and the new cursor. */
async function poll(col: ClientCollection, cursor: string | undefined, limit: number): Promise<{ ids: string[]; cursor: string | undefined }> {
  const ids: string[] = [];
  let next: string | undefined;
  let last = cursor;
  for (;;) {
    const res = await col.getObjects({ limit, ...(cursor ? { added_after: cursor } : {}), ...(next ? { next } : {}) });
    assert.equal(res.status, 200, res.text);
    for (const o of res.body.objects ?? []) ids.push(String(o.id));
    last = res.headers.get(LAST) ?? last;
    if (!res.body.more) return { ids, cursor: last };
    next = res.body.next;
    assert.ok(next, 'more is true, so next is given');
  }
}

for (const backend of BACKENDS) {
  describe(`TAXII change feed with added_after (${backend})`, () => {
    let srv: TestServer;
    let col: ClientCollection;

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'poller', org: 'partner', role: 'reader' },
          { name: 'ed', org: 'owner', role: 'editor' },
        ],
        config: { logger: false },
      });
      const conn = new TaxiiHttp({ user: 'poller', password: srv.users.poller!.password });
      col = (await discover(`${srv.url}/taxii2/`, conn)).collections.find((c) => c.info.title === 'default')!;
    });
    after(async () => srv?.close());

    test('each new visible version arrives once, in order, across pages; hidden ones never', async () => {
      const start = await poll(col, undefined, 50);
      let cursor = start.cursor;
      const seen = new Set(start.ids);

      const first = Array.from({ length: 7 }, (_, i) => buildIndicator({ name: `wave one ${i}` }));
      await srv.store.put(first, { ownerOrgId: srv.orgs.owner });
      const hidden = buildIndicator({ name: 'owner only', ...tlp('amber') });
      await srv.store.put([hidden], { ownerOrgId: srv.orgs.owner });

      const one = await poll(col, cursor, 3); // three pages of at most 3
      assert.deepEqual(one.ids, first.map((o) => o.id), 'the new versions, in the order they were added, once');
      assert.ok(one.ids.every((id) => !seen.has(id)));
      assert.ok(!one.ids.includes(hidden.id), 'a hidden version is not delivered');
      assert.ok(one.cursor && one.cursor !== cursor, 'the cursor moves');
      cursor = one.cursor;

      const quiet = await poll(col, cursor, 3);
      assert.deepEqual(quiet.ids, [], 'nothing new: an empty answer');
      assert.equal(quiet.cursor, cursor, 'and the cursor stays');

      const revised = { ...first[0]!, name: 'wave one 0, revised', modified: new Date(Date.parse(String(first[0]!.modified)) + 1000).toISOString() };
      const second = [buildIndicator({ name: 'wave two' })];
      await srv.store.put([revised], { ownerOrgId: srv.orgs.owner });
      await srv.store.put(second, { ownerOrgId: srv.orgs.owner });
      const two = await poll(col, cursor, 100);
      assert.deepEqual(two.ids, [revised.id, second[0]!.id], 'a new version of a known object arrives again, then the new object');
    });
  });
}
