/**
 * Search's date and language filters apply in the store, before each part of its ranking is
 * limited: a date window or a language deep in the data still fills the page, in the order the
 * unfiltered search gives, with visibility as on every read. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildReport, buildSdo, buildUserViewer, tlp } from '../helpers/factories.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import { SearchService, type SearchHit, type SearchRequest } from '../../src/search/search-service.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { Store } from '../../src/storage/store.ts';

const report = (n: number, published: string, lang: string, extra: Record<string, unknown> = {}): StixObject =>
  buildReport([], { name: `Staging server report ${n}`, published, lang, x_opstrack_text: `Operators used a staging server (${n}).`, ...extra });

/** 40 reports of 2020 in English, then the window (2023, Vietnamese), then 40 reports of 2025 in English. */
function corpus(owner: Viewer) {
  const before = Array.from({ length: 40 }, (_, i) => report(i, '2020-06-01T00:00:00.000Z', 'en'));
  const hidden = [0, 1].map((i) => report(100 + i, '2023-02-01T00:00:00.000Z', 'vi', tlp('amber')));
  const window = [
    ...Array.from({ length: 5 }, (_, i) => report(200 + i, '2023-03-01T00:00:00.000Z', i === 2 ? 'vi-VN' : 'vi')),
    // Publication unknown: dated by `modified`.
    report(300, '2020-01-01T00:00:00.000Z', 'vi', { x_opstrack_published_known: false, created: '2023-05-05T10:00:00.000Z', modified: '2023-05-05T10:00:00.000Z' }),
    // A claim: dated by the statement, in the language of its passage.
    buildSdo('note', {
      content: 'claim', created: '2020-01-01T00:00:00.000Z', made_on: '2023-07-07',
      evidence: { text: 'Bộ trưởng bác bỏ cáo buộc về máy chủ staging.', lang: 'vi' },
    }),
  ];
  const after = Array.from({ length: 40 }, (_, i) => report(400 + i, '2025-06-01T00:00:00.000Z', 'en'));
  return { before, hidden, window, after, owner };
}

const ids = (hits: SearchHit[]) => hits.map((h) => h.object.id);

for (const backend of BACKENDS) {
  describe(`search filters in the store (${backend})`, () => {
    test('a date window or a language past the first candidates still fills the page, in ranking order, visibility kept', () =>
      withStore(backend, async (store: Store) => {
        const owner = buildUserViewer({ userId: 'ua', orgId: 'org-a', role: 'editor' });
        const other = buildUserViewer({ userId: 'ub', orgId: 'org-b', role: 'editor' });
        const c = corpus(owner);
        await store.put(c.before);
        await store.put(c.hidden, { actor: owner });
        await store.put([...c.window, ...c.after]);
        const service = new SearchService(store, store.db);
        const everything = await service.search(SYSTEM, { q: 'staging', limit: 1000 });
        assert.equal(everything.length, 40 + 2 + 7 + 40);
        const expected = async (viewer: Viewer, keep: (h: SearchHit) => boolean, limit: number) =>
          ids((await service.search(viewer, { q: 'staging', limit: 1000 })).filter(keep)).slice(0, limit);
        const inWindow = (h: SearchHit) => h.date !== undefined && h.date.slice(0, 10) >= '2023-01-01' && h.date.slice(0, 10) <= '2023-12-31';
        const inVi = (h: SearchHit) => h.match.lang === 'vi' || h.match.lang?.startsWith('vi-') === true
          || (h.match.lang === undefined && (h.object.lang === 'vi' || (h.object.lang as string | undefined)?.startsWith('vi-') === true));

        const cases: Array<[string, Viewer, Omit<SearchRequest, 'q'>, (h: SearchHit) => boolean]> = [
          ['window, owner', owner, { since: '2023-01-01', until: '2023-12-31', limit: 5 }, inWindow],
          ['window, other organisation', other, { since: '2023-01-01', until: '2023-12-31', limit: 5 }, inWindow],
          ['window as timestamps', other, { since: '2023-01-01T00:00:00Z', until: '2023-12-31T23:59:59Z', limit: 4 }, inWindow],
          ['language', other, { lang: 'vi', limit: 5 }, inVi],
          ['language, owner', owner, { lang: 'vi', limit: 6 }, inVi],
        ];
        for (const [name, viewer, filters, keep] of cases) {
          const hits = await service.search(viewer, { q: 'staging', ...filters });
          assert.equal(hits.length, filters.limit, name);
          assert.deepEqual(ids(hits), await expected(viewer, keep, filters.limit!), name);
        }
        // The store itself filters before limiting (not the service reading more).
        const direct = await store.search(other, { text: 'staging', since: '2023-01-01', until: '2023-12-31', limit: 3 });
        assert.deepEqual(direct.map((s) => s.id), c.window.slice(0, 3).map((o) => o.id));
        const viaLang = await store.search(other, { text: 'staging', lang: 'vi', limit: 3 });
        assert.deepEqual(viaLang.map((s) => s.id), c.window.slice(0, 3).map((o) => o.id));
        // Every object of the window, each dated as search reports it; the other organisation's AMBER ones only for their owner.
        const all = { q: 'staging', since: '2023-01-01', until: '2023-12-31', limit: 50 };
        assert.deepEqual(ids(await service.search(other, all)).sort(), c.window.map((o) => o.id).sort());
        assert.deepEqual(ids(await service.search(owner, all)).sort(), [...c.hidden, ...c.window].map((o) => o.id).sort());
        assert.deepEqual(ids(await service.search(other, { q: 'staging', lang: 'vi', limit: 50 })).sort(), c.window.map((o) => o.id).sort());
        assert.deepEqual(
          (await service.search(other, { q: 'staging', since: '2023-05-01', until: '2023-12-31' })).map((h) => h.date),
          ['2023-05-05T10:00:00.000Z', '2023-07-07'],
        );
      }));
  });
}
