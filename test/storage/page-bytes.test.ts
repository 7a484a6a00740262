/**
 * Issue 13, deliverable 1: a page is bounded in bytes as well as objects. A page of long reports
 * holds fewer objects and `next` carries the rest; objects stay whole; one object larger than the
 * budget comes alone; `listText` gives the stored JSON text as it is. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildReport } from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { ListQuery, Store, StoredText } from '../../src/storage/store.ts';

/** Every page of a walk through `next`, as listText gives them. */
async function walk(store: Store, query: ListQuery): Promise<StoredText[][]> {
  const pages: StoredText[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listText(SYSTEM, { ...query, cursor });
    pages.push(page.items);
    cursor = page.next;
  } while (cursor);
  return pages;
}

const bytesOf = (items: StoredText[]) => items.reduce((n, s) => n + Buffer.byteLength(s.json) + 1, 0);

for (const backend of BACKENDS) {
  describe(`byte-bounded pages: ${backend}`, () => {
    test('a page of long reports holds fewer objects; next carries the rest, every object whole and once', () =>
      withStore(backend, async (store) => {
        const target = buildIndicator();
        // 20 reports of about 10 KB (non-ASCII text counts in bytes, not characters), 10 small objects.
        const reports = Array.from({ length: 20 }, (_, i) => buildReport([target.id], { name: `Report ${i}`, description: 'é'.repeat(5000) }));
        const small = Array.from({ length: 10 }, () => buildIndicator());
        await store.put([target, ...reports, ...small]);
        const budget = 35_000;
        const pages = await walk(store, { limit: 100, maxBytes: budget });
        const ids = pages.flat().map((s) => (JSON.parse(s.json) as { id: string }).id);
        assert.deepEqual(ids, [target, ...reports, ...small].map((o) => o.id), 'every object once, in order');
        assert.ok(pages.length >= 7, `${pages.length} pages: 20 reports of 10 KB need at least 6 pages of 35 KB`);
        for (const page of pages) {
          assert.ok(page.length > 0);
          assert.ok(bytesOf(page) <= budget, `a page of ${bytesOf(page)} bytes`);
        }
        // Without a byte budget the same query is one page.
        assert.equal((await walk(store, { limit: 100 })).length, 1);
        // limit still bounds a page of small objects.
        const byCount = await walk(store, { types: ['indicator'], limit: 4, maxBytes: budget });
        assert.deepEqual(byCount.map((p) => p.length), [4, 4, 3]);
      }));

    test('an object larger than the budget comes alone, whole; list (parsed) pages the same way', () =>
      withStore(backend, async (store) => {
        const before = buildIndicator();
        const huge = buildReport([before.id], { description: 'x'.repeat(50_000) });
        const after = buildIndicator();
        await store.put([before, huge, after]);
        const pages = await walk(store, { limit: 10, maxBytes: 1000 });
        assert.deepEqual(pages.map((p) => p.length), [1, 1, 1]);
        assert.equal((JSON.parse(pages[1]![0]!.json) as { description: string }).description.length, 50_000);
        const first = await store.list(SYSTEM, { limit: 10, maxBytes: 1000 });
        assert.deepEqual(first.items.map((s) => s.id), [before.id]);
        const second = await store.list(SYSTEM, { limit: 10, maxBytes: 1000, cursor: first.next });
        assert.deepEqual(second.items.map((s) => s.id), [huge.id]);
        assert.ok(second.next, 'more after the large object');
      }));

    test('a budget spanning many read chunks still fills the page up to limit, and says there is more', () =>
      withStore(backend, async (store) => {
        const all = Array.from({ length: 700 }, () => buildIndicator());
        await store.put(all);
        const page = await store.listText(SYSTEM, { limit: 500, maxBytes: 10_000_000 });
        assert.equal(page.items.length, 500);
        assert.ok(page.next);
        const rest = await store.listText(SYSTEM, { limit: 500, maxBytes: 10_000_000, cursor: page.next });
        assert.equal(rest.items.length, 200);
        assert.equal(rest.next, undefined);
        assert.deepEqual([...page.items, ...rest.items].map((s) => (JSON.parse(s.json) as { id: string }).id), all.map((o) => o.id));
      }));

    test('listText gives the stored text as it is, and the dates added list gives', () =>
      withStore(backend, async (store) => {
        const o = buildIndicator();
        await store.put([o]);
        const stored = (await store.db.query<{ object_json: string }>('SELECT object_json FROM objects WHERE id = ?', [o.id]))[0]!.object_json;
        const [text] = (await store.listText(SYSTEM, {})).items;
        const [parsed] = (await store.list(SYSTEM, {})).items;
        assert.equal(text!.json, stored);
        assert.equal(text!.dateAdded, parsed!.dateAdded);
        await assert.rejects(store.listText(SYSTEM, { maxBytes: 0 }), { code: 'OPS_ERR_INPUT_INVALID' });
      }));
  });
}
