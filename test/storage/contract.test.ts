/**
 * The Store contract, run against every backend in BACKENDS (OPSTRACK_TEST_BACKENDS): both must
 * behave alike, down to ranking and error codes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore, freshStore } from '../helpers/backends.ts';
import {
  buildIdentity, buildIndicator, buildIntrusionSet, buildIpv4, buildMalware, buildRelationship, buildSighting,
  buildThreatActor, buildUserViewer, nextVersion, tlp,
} from '../helpers/factories.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import type { Store, StoredObject } from '../../src/storage/store.ts';

const ids = (items: StoredObject[]) => items.map((s) => s.id);
const sorted = (xs: string[]) => [...xs].sort();

/** Every item of every page, following `next`. */
async function listAll(store: Store, query: Parameters<Store['list']>[1], viewer = SYSTEM as Parameters<Store['list']>[0]) {
  const out: StoredObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(viewer, { ...query, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

for (const backend of BACKENDS) {
  describe(`Store contract: ${backend}`, () => {
    test('put then get returns the object exactly as received, custom properties and extensions included', () =>
      withStore(backend, async (store) => {
        const indicator = buildIndicator({
          x_opstrack_note: { nested: [1, 'two', { three: null }] },
          extensions: { 'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': { extension_type: 'property-extension', rank: 5 } },
        });
        const result = await store.put([indicator], { ownerOrgId: 'org-a' });
        assert.deepEqual(result, { new: 1, unchanged: 0, conflicts: [] });
        const [got] = await store.get(SYSTEM, indicator.id);
        assert.ok(got);
        assert.equal(JSON.stringify(got.object), JSON.stringify(indicator));
        assert.equal(got.id, indicator.id);
        assert.equal(got.type, 'indicator');
        assert.equal(got.version, indicator.modified);
        assert.equal(got.specVersion, '2.1');
        assert.equal(got.revoked, false);
        assert.equal(got.ownerOrgId, 'org-a');
        assert.match(got.dateAdded, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
        assert.deepEqual(await store.get(SYSTEM, 'indicator--00000000-0000-4000-8000-000000000000'), []);
      }));

    test('re-putting identical content (keys in another order) is unchanged; different content is a conflict, not written', () =>
      withStore(backend, async (store) => {
        const a = buildIntrusionSet({ name: 'APT Alpha', aliases: ['Alpha'] });
        const b = buildMalware({ name: 'Beta' });
        await store.put([a]);
        const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
        const changed = { ...a, description: 'rewritten without a new modified' };
        const result = await store.put([reordered, changed, b]);
        assert.equal(result.new, 1);
        assert.equal(result.unchanged, 1);
        assert.equal(result.conflicts.length, 1);
        assert.equal(result.conflicts[0]!.id, a.id);
        assert.equal(result.conflicts[0]!.version, a.modified);
        const [stored] = await store.get(SYSTEM, a.id);
        assert.ok(stored);
        assert.equal(stored.object.description, undefined, 'the conflicting version was not written');
        assert.equal((await store.get(SYSTEM, b.id)).length, 1, 'the rest of the batch went in');
        // The same id+version twice in one batch behaves the same way.
        const c = buildMalware({ name: 'Gamma' });
        const twice = await store.put([c, { ...c }, { ...c, name: 'Gamma 2' }]);
        assert.deepEqual([twice.new, twice.unchanged, twice.conflicts.length], [1, 1, 1]);
      }));

    test('the same instant written with another precision is the same version', () =>
      withStore(backend, async (store) => {
        const a = buildIntrusionSet({ modified: '2024-03-01T10:00:00Z' });
        await store.put([a]);
        const result = await store.put([{ ...a, modified: '2024-03-01T10:00:00.000Z' }]);
        assert.equal(result.conflicts.length, 1, 'different JSON for the same version is a conflict');
        assert.equal((await store.get(SYSTEM, a.id, ['2024-03-01T10:00:00.000000Z'])).length, 1);
      }));

    test('versions: last by default, first, all, at a timestamp, and combinations', () =>
      withStore(backend, async (store) => {
        const v1 = buildThreatActor({ name: 'Actor v1', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z' });
        const v2 = nextVersion(v1, '2024-02-01T00:00:00.000Z', { name: 'Actor v2' });
        const v3 = nextVersion(v1, '2024-03-01T00:00:00.000Z', { name: 'Actor v3' });
        await store.put([v3, v1]); // out of order on purpose
        await store.put([v2]);
        const names = (items: StoredObject[]) => items.map((s) => s.object.name);
        assert.deepEqual(names(await store.get(SYSTEM, v1.id)), ['Actor v3']);
        assert.deepEqual(names(await store.get(SYSTEM, v1.id, ['last'])), ['Actor v3']);
        assert.deepEqual(names(await store.get(SYSTEM, v1.id, ['first'])), ['Actor v1']);
        assert.deepEqual(sorted(names(await store.get(SYSTEM, v1.id, ['all'])) as string[]), ['Actor v1', 'Actor v2', 'Actor v3']);
        assert.deepEqual(names(await store.get(SYSTEM, v1.id, ['2024-02-01T00:00:00Z'])), ['Actor v2']);
        assert.deepEqual(await store.get(SYSTEM, v1.id, ['2024-02-15T00:00:00.000Z']), [], 'no version at that instant');
        assert.deepEqual(sorted(names(await store.get(SYSTEM, v1.id, ['first', 'last'])) as string[]), ['Actor v1', 'Actor v3']);
        const infos = await store.versions(SYSTEM, v1.id);
        assert.deepEqual(sorted(infos.map((i) => i.version)), [v1.modified, v2.modified, v3.modified]);
        assert.ok(infos.every((i) => i.mediaType === 'application/stix+json;version=2.1'));
        await assert.rejects(store.get(SYSTEM, v1.id, ['yesterday']), { code: 'OPS_ERR_INPUT_INVALID' });
      }));

    test('an SCO has one version, reported and matched by its date_added', () =>
      withStore(backend, async (store) => {
        const ip = buildIpv4('203.0.113.9');
        await store.put([ip]);
        const again = await store.put([ip]);
        assert.equal(again.unchanged, 1);
        const [got] = await store.get(SYSTEM, ip.id, ['all']);
        assert.ok(got);
        assert.equal(got.version, got.dateAdded);
        assert.equal((await store.get(SYSTEM, ip.id, [got.dateAdded])).length, 1);
        const conflict = await store.put([{ ...ip, x_note: 'changed' }]);
        assert.deepEqual(conflict.conflicts.map((c) => [c.id, c.version]), [[ip.id, got.dateAdded]]);
      }));

    test('a revoked latest version is still returned by id, flagged; list can leave revoked objects out', () =>
      withStore(backend, async (store) => {
        const v1 = buildMalware({ name: 'Old' });
        const v2 = nextVersion(v1, '2024-06-01T00:00:00.000Z', { revoked: true });
        const live = buildMalware({ name: 'Live' });
        await store.put([v1, v2, live]);
        const [got] = await store.get(SYSTEM, v1.id);
        assert.ok(got);
        assert.equal(got.revoked, true);
        assert.equal(got.version, v2.modified);
        assert.deepEqual(sorted(ids((await store.list(SYSTEM, {})).items)), sorted([v1.id, live.id]));
        assert.deepEqual(ids((await store.list(SYSTEM, { excludeRevoked: true })).items), [live.id]);
      }));

    test('date_added is strictly increasing in insertion order, even within one batch', () =>
      withStore(backend, async (store) => {
        const batch = Array.from({ length: 50 }, (_, i) => buildIndicator({ name: `i${i}` }));
        await store.put(batch.slice(0, 25));
        await store.put(batch.slice(25));
        const all = await listAll(store, {});
        assert.deepEqual(ids(all), batch.map((o) => o.id));
        for (let i = 1; i < all.length; i++) assert.ok(all[i]!.dateAdded > all[i - 1]!.dateAdded, `${all[i]!.dateAdded} after ${all[i - 1]!.dateAdded}`);
      }));

    test('list filters: types, ids, spec versions, added_after, since, collection', () =>
      withStore(backend, async (store) => {
        const ind = buildIndicator({ modified: '2024-05-01T00:00:00.000Z' });
        const mal = buildMalware({ modified: '2023-05-01T00:00:00.000Z' });
        const old = { ...buildIdentity(), spec_version: '2.0' };
        await store.put([ind, mal], { collectionId: 'col-1' });
        const [firstAdded] = (await store.list(SYSTEM, { limit: 1 })).items;
        assert.ok(firstAdded);
        await store.put([old], { collectionId: 'col-2' });
        await store.put([mal], { collectionId: 'col-2' }); // unchanged, but now also in col-2
        const listIds = async (q: Parameters<Store['list']>[1]) => sorted(ids((await store.list(SYSTEM, q)).items));
        assert.deepEqual(await listIds({ types: ['indicator', 'identity'] }), sorted([ind.id, old.id]));
        assert.deepEqual(await listIds({ ids: [mal.id, 'malware--00000000-0000-4000-8000-000000000000'] }), [mal.id]);
        assert.deepEqual(await listIds({ specVersions: ['2.0'] }), [old.id]);
        assert.deepEqual(await listIds({ addedAfter: firstAdded.dateAdded }), sorted([mal.id, old.id]));
        assert.deepEqual(await listIds({ since: '2024-01-01T00:00:00Z' }), sorted([ind.id, old.id]));
        assert.deepEqual(await listIds({ collectionId: 'col-1' }), sorted([ind.id, mal.id]));
        assert.deepEqual(await listIds({ collectionId: 'col-2' }), sorted([old.id, mal.id]));
        assert.deepEqual(await listIds({ collectionId: 'col-3' }), []);
        assert.deepEqual(await listIds({ collectionId: 'default' }), sorted([ind.id, mal.id, old.id]));
        assert.deepEqual(await listIds({}), sorted([ind.id, mal.id, old.id]));
        assert.deepEqual((await store.versions(SYSTEM, ind.id, 'col-2')), []);
        await assert.rejects(store.list(SYSTEM, { addedAfter: 'not a time' }), { code: 'OPS_ERR_INPUT_INVALID' });
      }));

    test('cursor pagination: no duplicates and no gaps while objects are added between pages', () =>
      withStore(backend, async (store) => {
        const initial = Array.from({ length: 23 }, (_, i) => buildIndicator({ name: `first-${i}` }));
        await store.put(initial);
        const seen: string[] = [];
        const added: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.list(SYSTEM, { limit: 5, cursor });
          seen.push(...ids(page.items));
          cursor = page.next;
          pages++;
          if (pages <= 3) {
            const more = [buildIndicator({ name: `later-${pages}a` }), buildIndicator({ name: `later-${pages}b` })];
            await store.put(more);
            added.push(...more.map((o) => o.id));
          }
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length, 'no duplicates');
        assert.deepEqual(seen, [...initial.map((o) => o.id), ...added], 'every object once, in insertion order');
        assert.ok(pages >= 6);
      }));

    test('a cursor this store did not issue is STORE_BAD_CURSOR; limit is capped', () =>
      withStore(backend, async (store) => {
        for (const bad of ['garbage!', 'bm9wZQ', Buffer.from('v1:-3').toString('base64url')]) {
          await assert.rejects(store.list(SYSTEM, { cursor: bad }), { code: 'OPS_ERR_STORE_BAD_CURSOR' });
        }
        await assert.rejects(store.list(SYSTEM, { limit: 0 }), { code: 'OPS_ERR_INPUT_INVALID' });
        await store.put(Array.from({ length: 3 }, () => buildIndicator()));
        const page = await store.list(SYSTEM, { limit: 1_000_000 });
        assert.equal(page.items.length, 3);
        assert.equal(page.next, undefined);
      }));

    test('relationships by source and target, sightings included, latest versions only', () =>
      withStore(backend, async (store) => {
        const apt = buildIntrusionSet({ name: 'APT' });
        const mal = buildMalware();
        const victim = buildIdentity();
        const uses = buildRelationship(apt, mal, { relationship_type: 'uses' });
        const usesV2 = nextVersion(uses, '2024-04-01T00:00:00.000Z', { description: 'updated' });
        const targets = buildRelationship(apt, victim, { relationship_type: 'targets' });
        const sighting = buildSighting(mal, [victim]);
        const revoked = nextVersion(buildRelationship(mal, apt, { relationship_type: 'attributed-to' }), '2024-09-09T00:00:00.000Z', { revoked: true });
        await store.put([apt, mal, victim, uses, usesV2, targets, sighting, revoked]);
        assert.deepEqual(sorted(ids(await store.relationships(SYSTEM, apt.id))), sorted([uses.id, targets.id]));
        assert.equal((await store.relationships(SYSTEM, apt.id)).find((r) => r.id === uses.id)?.object.description, 'updated');
        assert.deepEqual(ids(await store.relationships(SYSTEM, apt.id, { direction: 'target' })), []);
        assert.deepEqual(sorted(ids(await store.relationships(SYSTEM, mal.id, { direction: 'target' }))), [uses.id]);
        assert.deepEqual(sorted(ids(await store.relationships(SYSTEM, mal.id, { direction: 'source' }))), [sighting.id]);
        assert.deepEqual(sorted(ids(await store.relationships(SYSTEM, victim.id))), sorted([targets.id, sighting.id]));
        assert.deepEqual(ids(await store.relationships(SYSTEM, apt.id, { relationshipTypes: ['targets'] })), [targets.id]);
        assert.deepEqual(sorted(ids(await store.relationships(SYSTEM, apt.id, { includeRevoked: true }))), sorted([uses.id, targets.id, revoked.id]));
      }));

    test('search finds names, aliases and descriptions in several scripts, best match first', () =>
      withStore(backend, async (store) => {
        const vn = buildIntrusionSet({ name: 'Nhóm Vương Lôi', description: 'Một nhóm tin tặc' });
        const zh = buildIntrusionSet({ name: 'Volt Typhoon', aliases: ['伏特台风', 'Vanguard Panda'] });
        const ru = buildIntrusionSet({ name: 'Sandworm', aliases: ['Песчаный червь'] });
        const mention = buildMalware({ name: 'Loader', description: 'Used by Volt Typhoon against ports' });
        const volt = buildMalware({ name: 'Volt' });
        await store.put([mention, vn, zh, ru, volt]);
        const found = async (text: string) => ids(await store.search(SYSTEM, { text }));
        assert.deepEqual(await found('Vương'), [vn.id]);
        assert.deepEqual(await found('vuong loi'), [vn.id], 'diacritics and case are ignored');
        assert.deepEqual(await found('伏特台风'), [zh.id]);
        assert.deepEqual(await found('台风'), [zh.id], 'any substring of a CJK name');
        assert.deepEqual(await found('Песчаный'), [ru.id]);
        assert.deepEqual(await found('песчаный ЧЕРВЬ'), [ru.id]);
        assert.deepEqual(await found('volt typhoon'), [zh.id, mention.id], 'name before description');
        assert.deepEqual(await found('volt'), [volt.id, zh.id, mention.id], 'exact name, then prefix, then description');
        assert.deepEqual(await found('vanguard panda'), [zh.id]);
        assert.deepEqual(await found('typh'), [zh.id, mention.id], 'terms match the start of words');
        assert.deepEqual(await found('phoon'), [], 'not the middle of a word');
        assert.deepEqual(ids(await store.search(SYSTEM, { text: 'volt', types: ['malware'] })), [volt.id, mention.id]);
        assert.deepEqual(await found('100%_'), []);
        assert.deepEqual(await found('   '), []);
      }));

    test('search returns latest versions only and skips revoked objects', () =>
      withStore(backend, async (store) => {
        const v1 = buildIntrusionSet({ name: 'Old Name' });
        const v2 = nextVersion(v1, '2024-07-01T00:00:00.000Z', { name: 'New Name' });
        const gone = buildIntrusionSet({ name: 'Old Gone' });
        await store.put([v1, v2, gone, nextVersion(gone, '2024-08-01T00:00:00.000Z', { revoked: true })]);
        assert.deepEqual(ids(await store.search(SYSTEM, { text: 'old' })), []);
        assert.deepEqual(ids(await store.search(SYSTEM, { text: 'new name' })), [v1.id]);
      }));

    test('TLP visibility: every level, for owners, shared orgs, recipients, others and the system', () =>
      withStore(backend, async (store) => {
        const mine = buildUserViewer({ orgId: 'org-owner' });
        const partner = buildUserViewer({ orgId: 'org-partner' });
        const stranger = buildUserViewer({ orgId: 'org-other' });
        const objs = {
          none: buildIndicator({ name: 'unmarked' }),
          clear: buildIndicator({ name: 'clear', ...tlp('clear') }),
          green: buildIndicator({ name: 'green', ...tlp('green') }),
          amber: buildIndicator({ name: 'amber', ...tlp('amber') }),
          strict: buildIndicator({ name: 'strict', ...tlp('amber+strict') }),
          red: buildIndicator({ name: 'red', ...tlp('red') }),
        };
        await store.put(Object.values(objs), { ownerOrgId: 'org-owner' });
        await store.shareWith(objs.amber.id, 'org-partner');
        await store.shareWith(objs.strict.id, 'org-partner'); // a share does not open AMBER+STRICT
        await store.addRecipient(objs.red.id, partner.userId);
        await store.addRecipient(objs.red.id, partner.userId); // idempotent
        const visible = async (viewer: Parameters<Store['list']>[0]) =>
          (await store.list(viewer, {})).items.map((s) => s.object.name as string).sort();
        assert.deepEqual(await visible(SYSTEM), ['amber', 'clear', 'green', 'red', 'strict', 'unmarked']);
        assert.deepEqual(await visible(mine), ['amber', 'clear', 'green', 'strict', 'unmarked']);
        assert.deepEqual(await visible(partner), ['amber', 'clear', 'green', 'red', 'unmarked']);
        assert.deepEqual(await visible(stranger), ['clear', 'green', 'unmarked']);
        assert.deepEqual(await store.get(stranger, objs.amber.id), []);
        assert.deepEqual(await store.versions(stranger, objs.red.id), []);
        assert.equal((await store.get(partner, objs.red.id)).length, 1);
        assert.equal((await store.get(SYSTEM, objs.red.id))[0]!.tlp, 'red');
      }));

    test('a relationship or sighting touching a hidden object is hidden too, and not counted', () =>
      withStore(backend, async (store) => {
        const insider = buildUserViewer({ orgId: 'org-a' });
        const outsider = buildUserViewer({ orgId: 'org-b' });
        const apt = buildIntrusionSet({ name: 'Open Group' });
        const secret = buildMalware({ name: 'Secret Tool', ...tlp('amber') });
        const open = buildMalware({ name: 'Open Tool' });
        const usesSecret = buildRelationship(apt, secret, { description: 'Open Group uses the tool' });
        const usesOpen = buildRelationship(apt, open, { description: 'Open Group uses the tool' });
        const seen = buildSighting(apt, [secret]);
        await store.put([apt, secret, open, usesSecret, usesOpen, seen], { ownerOrgId: 'org-a' });
        assert.deepEqual(sorted(ids(await store.relationships(outsider, apt.id))), [usesOpen.id]);
        assert.deepEqual(sorted(ids(await store.relationships(insider, apt.id))), sorted([usesSecret.id, usesOpen.id, seen.id]));
        const page = await store.list(outsider, { types: ['relationship', 'sighting'], limit: 1 });
        assert.deepEqual(ids(page.items), [usesOpen.id]);
        assert.equal(page.next, undefined, 'hidden relationships do not make another page');
        assert.deepEqual(ids(await store.search(outsider, { text: 'open group uses' })), [usesOpen.id]);
        assert.deepEqual(await store.get(outsider, usesSecret.id), []);
        // An endpoint not in the store at all does not hide the relationship.
        const dangling = buildRelationship(apt, 'malware--00000000-0000-4000-8000-000000000001');
        await store.put([dangling]);
        assert.ok(ids(await store.relationships(outsider, apt.id)).includes(dangling.id));
      }));

    test('a page decides endpoint visibility per viewer: shares, recipients, and endpoints not stored', () =>
      withStore(backend, async (store) => {
        // A page's statement checks endpoints through its own code path on PostgreSQL (a function, visibility.ts).
        const owner = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const partner = buildUserViewer({ orgId: 'org-b' });
        const other = buildUserViewer({ orgId: 'org-b' });
        const apt = buildIntrusionSet({ name: 'Open Group' });
        const amber = buildMalware({ name: 'Amber Tool', ...tlp('amber') });
        const red = buildMalware({ name: 'Red Tool', ...tlp('red') });
        const toAmber = buildRelationship(apt, amber);
        const toRed = buildRelationship(apt, red);
        const dangling = buildRelationship(apt, 'malware--00000000-0000-4000-8000-000000000002');
        await store.put([apt, amber, red, toAmber, toRed, dangling], { actor: owner });
        const page = async (viewer: typeof partner) =>
          sorted(ids((await store.list(viewer, { types: ['relationship'] })).items));
        assert.deepEqual(await page(partner), [dangling.id]);
        await store.shareWith(amber.id, 'org-b', { actor: owner });
        assert.deepEqual(await page(partner), sorted([dangling.id, toAmber.id]));
        await store.addRecipient(red.id, partner.userId, { actor: owner });
        assert.deepEqual(await page(partner), sorted([dangling.id, toAmber.id, toRed.id]));
        assert.deepEqual(await page(other), sorted([dangling.id, toAmber.id]), 'a recipient is a user, not their organisation');
        assert.deepEqual(await page(owner), sorted([dangling.id, toAmber.id, toRed.id]));
      }));

    test('first/last are chosen among the versions the viewer may see', () =>
      withStore(backend, async (store) => {
        const viewer = buildUserViewer({ orgId: 'org-x' });
        const v1 = buildIntrusionSet({ name: 'Public v1', ...tlp('green') });
        const v2 = nextVersion(v1, '2024-10-01T00:00:00.000Z', { name: 'Red v2', ...tlp('red') });
        await store.put([v1, v2], { ownerOrgId: 'org-y' });
        assert.deepEqual((await store.get(viewer, v1.id)).map((s) => s.object.name), ['Public v1']);
        assert.deepEqual((await store.get(SYSTEM, v1.id)).map((s) => s.object.name), ['Red v2']);
        assert.deepEqual((await store.versions(viewer, v1.id)).map((v) => v.version), [v1.modified]);
      }));

    test('delete removes all versions, or only the matched ones', () =>
      withStore(backend, async (store) => {
        const v1 = buildMalware({ name: 'M' });
        const v2 = nextVersion(v1, '2024-02-02T00:00:00.000Z');
        const v3 = nextVersion(v1, '2024-03-03T00:00:00.000Z');
        const other = buildMalware();
        await store.put([v1, v2, v3, other], { collectionId: 'c' });
        assert.equal(await store.delete(v1.id, ['first']), 1);
        assert.deepEqual((await store.versions(SYSTEM, v1.id)).map((v) => v.version), [v2.modified, v3.modified]);
        assert.deepEqual(sorted(ids(await listAll(store, { collectionId: 'c', versions: ['all'] }))), sorted([v1.id, v1.id, other.id]));
        assert.equal(await store.delete(v1.id), 2);
        assert.deepEqual(await store.get(SYSTEM, v1.id, ['all']), []);
        assert.equal(await store.delete(v1.id), 0);
        assert.deepEqual(ids(await listAll(store, { collectionId: 'c' })), [other.id]);
        // Deleted and re-added: a new version with new content is accepted.
        assert.equal((await store.put([{ ...v3, name: 'M again' }])).new, 1);
      }));

    test('a bad object fails the whole batch and nothing is written', () =>
      withStore(backend, async (store) => {
        const good = buildIndicator();
        await assert.rejects(store.put([good, { type: 'indicator', id: 'nope' } as never]), (err: Error & { code?: string }) => {
          assert.equal(err.code, 'OPS_ERR_STIX_INVALID');
          assert.match(err.message, /objects\[1\]\.id/);
          return true;
        });
        await assert.rejects(store.put([{ ...good, modified: 'last tuesday' }]), /objects\[0\]\.modified/);
        assert.deepEqual((await store.list(SYSTEM, {})).items, []);
      }));

    test('engine errors come out as coded store errors', () =>
      withStore(backend, async (store) => {
        await assert.rejects(store.db.query('SELECT * FROM no_such_table'), (err: Error & { code?: string; cause?: unknown }) => {
          assert.equal(err.code, 'OPS_ERR_STORE_ENGINE');
          assert.ok(err.cause, 'the engine error is kept as cause');
          return true;
        });
        await store.db.exec('INSERT INTO object_shares (object_id, org_id) VALUES (?, ?)', ['x', 'y']);
        await assert.rejects(store.db.exec('INSERT INTO object_shares (object_id, org_id) VALUES (?, ?)', ['x', 'y']), { code: 'OPS_ERR_STORE_CONSTRAINT' });
      }));

    test('two handles on one database (two processes) put at once: nothing lost, date_added still strictly increasing', async () => {
      const t = await freshStore(backend);
      const other = await openOpsTrackStore(t.location);
      try {
        const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 40 }, (_, i) => buildIndicator({ name: `b${b}-${i}` })));
        const shared = buildIntrusionSet({ name: 'Put by both' });
        const results = await Promise.all(batches.map((batch, b) => (b % 2 ? other : t.store).put([...batch, shared])));
        assert.equal(results.reduce((n, r) => n + r.new, 0), 6 * 40 + 1, 'the shared object is new exactly once');
        assert.equal(results.reduce((n, r) => n + r.unchanged, 0), 5);
        const all = await listAll(t.store, { limit: 50 });
        assert.equal(all.length, 6 * 40 + 1);
        for (let i = 1; i < all.length; i++) assert.ok(all[i]!.dateAdded > all[i - 1]!.dateAdded);
      } finally {
        await other.close();
        await t.dispose();
      }
    });

    test('migrations are idempotent: opening the same database twice, and at once, keeps the data', async () => {
      const t = await freshStore(backend);
      try {
        const a = buildIndicator();
        await t.store.put([a]);
        await t.store.migrate();
        const [second, third] = await Promise.all([openOpsTrackStore(t.location), openOpsTrackStore(t.location)]);
        try {
          assert.equal((await second.get(SYSTEM, a.id)).length, 1);
          const applied = await second.db.query<{ id: string }>('SELECT id FROM schema_migrations');
          assert.equal(applied.filter((r) => r.id === '001-objects').length, 1);
        } finally {
          await second.close();
          await third.close();
        }
      } finally {
        await t.dispose();
      }
    });
  });
}
