/**
 * A page of last versions (TAXII's default match[version]=last) chooses each object's last version
 * among the versions the viewer may see and the page's filters let through, after the range scan
 * (page-read.ts, defersChecks). Every walk through `next` is compared with the same selection made
 * inside the statement (two 'last' matches keep the in-statement form) and with the answer worked out
 * here from every visible version, for the system viewer, the owner and another organisation, at page
 * sizes that make whole chunks of older versions drop out. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIndicator, buildIntrusionSet, buildMalware, buildRelationship, buildUserViewer, nextVersion, tlp } from '../helpers/factories.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import { defersChecks } from '../../src/storage/page-read.ts';
import type { ListQuery, Store } from '../../src/storage/store.ts';

interface Seen { id: string; version: string }

async function walk(store: Store, viewer: Viewer, query: ListQuery): Promise<Seen[]> {
  const out: Seen[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.list(viewer, { ...query, cursor });
    out.push(...page.items.map((s) => ({ id: s.id, version: s.object.modified as string })));
    cursor = page.next;
    assert.ok(++pages < 500, 'the walk ends');
  } while (cursor);
  return out;
}

async function walkText(store: Store, viewer: Viewer, query: ListQuery): Promise<Seen[]> {
  const out: Seen[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listText(viewer, { ...query, cursor });
    out.push(...page.items.map((s) => {
      const o = JSON.parse(s.json) as { id: string; modified: string };
      return { id: o.id, version: o.modified };
    }));
    cursor = page.next;
  } while (cursor);
  return out;
}

/** The last visible version of each id, in the order of the versions' rows: worked out from every visible version. */
async function expected(store: Store, viewer: Viewer, query: ListQuery): Promise<Seen[]> {
  const all = await walk(store, viewer, { ...query, versions: ['all'], limit: 1000 });
  const last = new Map<string, string>();
  for (const s of all) if (!last.has(s.id) || last.get(s.id)! < s.version) last.set(s.id, s.version);
  return all.filter((s) => last.get(s.id) === s.version);
}

const at = (minute: number) => `2025-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;

for (const backend of BACKENDS) {
  describe(`last versions chosen after the scan: ${backend}`, () => {
    test('every walk equals the in-statement selection and the last visible versions', () =>
      withStore(backend, async (store) => {
        const owner = buildUserViewer({ orgId: 'org-owner', role: 'editor' });
        const other = buildUserViewer({ orgId: 'org-other' });
        const hiddenLater = buildIndicator({ modified: at(1), ...tlp('green') });
        const openLater = buildIndicator({ modified: at(1), ...tlp('clear') });
        const many = buildMalware({ modified: at(1) });
        const single = buildIndicator({ modified: at(1) });
        const hiddenFirst = buildIndicator({ modified: at(1), ...tlp('amber+strict') });
        // Relationships: one to an object closed to the other organisation, one between open objects,
        // one whose later version points at the closed object.
        const secret = buildIntrusionSet({ modified: at(1), ...tlp('amber+strict') });
        const relHidden = buildRelationship(secret, many, { modified: at(1) });
        const relOpen = buildRelationship(single, many, { modified: at(1) });
        const relMoved = buildRelationship(single, many, { modified: at(1) });
        await store.put([hiddenLater, openLater, many, single, hiddenFirst, secret, relHidden, relOpen, relMoved], { actor: owner });
        await store.put([nextVersion(relMoved, at(4), { source_ref: secret.id })], { actor: owner });
        // Later versions written one by one, so each id's versions are spread over the sequence.
        for (let m = 2; m <= 7; m++) await store.put([nextVersion(many, at(m), { name: `many ${m}` })], { actor: owner });
        await store.put([nextVersion(hiddenLater, at(5), tlp('amber+strict'))], { actor: owner });
        await store.put([nextVersion(openLater, at(5), tlp('green'))], { actor: owner });
        await store.put([nextVersion(hiddenFirst, at(6), tlp('clear'))], { actor: owner });
        const seqs = await store.db.query<{ later: number }>('SELECT later FROM objects');
        assert.ok(seqs.filter((r) => Number(r.later) !== 0).length >= 8, 'older versions are flagged');

        const queries: ListQuery[] = [
          {},
          { types: ['indicator'] },
          { types: ['relationship'] },
          { since: at(3) },
          { excludeRevoked: true },
        ];
        for (const viewer of [SYSTEM, owner, other] as Viewer[]) {
          for (const base of queries) {
            const want = await expected(store, viewer, base);
            assert.ok(want.length > 0);
            for (const limit of [1, 2, 3, 100]) {
              const label = `${viewer.kind === 'system' ? 'system' : viewer.orgId} ${JSON.stringify(base)} limit ${limit}`;
              assert.ok(defersChecks({ ...base, limit }), 'the default selection is deferred');
              assert.ok(!defersChecks({ ...base, versions: ['last', 'last'] }), 'two last matches are not');
              assert.deepEqual(await walk(store, viewer, { ...base, limit }), want, label);
              assert.deepEqual(await walk(store, viewer, { ...base, limit, versions: ['last', 'last'] }), want, `${label} (in the statement)`);
              assert.deepEqual(await walkText(store, viewer, { ...base, limit, maxBytes: 600 }), want, `${label} (text, 600 bytes)`);
            }
          }
        }
        // What the other organisation sees: the first version where the later one is closed to it.
        const seen = await walk(store, other, {});
        assert.deepEqual(seen.find((s) => s.id === hiddenLater.id), { id: hiddenLater.id, version: at(1) });
        assert.deepEqual(seen.find((s) => s.id === openLater.id), { id: openLater.id, version: at(5) });
        assert.deepEqual(seen.find((s) => s.id === many.id), { id: many.id, version: at(7) });
        assert.equal(seen.filter((s) => s.id === hiddenFirst.id).length, 1);
        assert.equal(seen.find((s) => s.id === relHidden.id), undefined, 'a relationship to a closed object is hidden');
        assert.deepEqual(seen.find((s) => s.id === relOpen.id), { id: relOpen.id, version: at(1) });
        assert.deepEqual(seen.find((s) => s.id === relMoved.id), { id: relMoved.id, version: at(1) }, 'its later version points at the closed object');
        const owners = await walk(store, owner, {});
        assert.deepEqual(owners.find((s) => s.id === relMoved.id), { id: relMoved.id, version: at(4) });
        assert.ok(owners.some((s) => s.id === relHidden.id));
      }));
  });
}
