/**
 * Search (src/search): names in every language, indicators refanged or defanged, report text and
 * claim passages, spelling tolerance, filters, the reason for each hit, visibility, and a database
 * of an earlier release re-derived on open. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, freshStore, withStore } from '../helpers/backends.ts';
import { buildIntrusionSet, buildIpv4, buildReport, buildSdo, buildUserViewer, tlp } from '../helpers/factories.ts';
import { startOn } from '../helpers/http.ts';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { SearchService } from '../../src/search/search-service.ts';
import { correctionsOf } from '../../src/search/vocabulary.ts';
import { openStore } from '../../src/storage/open-store.ts';
import type { Store } from '../../src/storage/store.ts';
import type { StixObject } from '../../src/model/stix/core.ts';

const country = (): StixObject =>
  buildSdo('location', {
    name: 'Kazakhstan',
    country: 'KZ',
    x_opstrack_aliases: [
      { name: 'Ca-dắc-xtan', lang: 'vi', relation: 'same' },
      { name: 'Казахстан', lang: 'ru', relation: 'same' },
      { name: '哈萨克斯坦', lang: 'zh' },
      { name: 'كازاخستان', lang: 'ar' },
      { name: 'Steppe Group', lang: 'en', relation: 'overlaps' },
    ],
  });

const ARTICLE =
  'Investigators published their findings on Tuesday. ' +
  'The intruders staged tools on 203.0.113[.]77 before moving to the water utility’s billing network. ' +
  'The utility said service was never interrupted.';

function article(ip: StixObject): StixObject {
  return buildReport([ip.id], {
    name: 'Water utility intrusion traced to staging server',
    published: '2025-03-14T00:00:00.000Z',
    lang: 'en',
    x_opstrack_text: ARTICLE,
  });
}

const search = (store: Store) => new SearchService(store, store.db);

for (const backend of BACKENDS) {
  describe(`search (${backend})`, () => {
    test('a country is found by its name in Vietnamese, Russian, Chinese and Arabic, and says which alias matched', () =>
      withStore(backend, async (store) => {
        const kz = country();
        await store.put([kz]);
        for (const [q, lang, alias] of [
          ['Ca-dắc-xtan', 'vi', 'Ca-dắc-xtan'], ['ca dac xtan', 'vi', 'Ca-dắc-xtan'], ['Казахстан', 'ru', 'Казахстан'],
          ['哈萨克', 'zh', '哈萨克斯坦'], ['كازاخستان', 'ar', 'كازاخستان'],
        ] as const) {
          const [hit, ...rest] = await search(store).search(SYSTEM, { q });
          assert.equal(hit?.object.id, kz.id, q);
          assert.equal(rest.length, 0, q);
          assert.deepEqual({ field: hit.match.field, text: hit.match.text, lang: hit.match.lang }, { field: 'alias', text: alias, lang }, q);
        }
        // an overlapping group's name is not the country's name
        assert.deepEqual(await search(store).search(SYSTEM, { q: 'Steppe Group' }), []);
      }));

    test('an IP address finds its observable and the report that names it, typed refanged or defanged, and only whole', () =>
      withStore(backend, async (store) => {
        const ip = buildIpv4('203.0.113.77');
        const report = article(ip);
        await store.put([ip, report, buildIpv4('203.0.113.7')]);
        for (const q of ['203.0.113.77', '203.0.113[.]77', ' 203[.]0[.]113[.]77 ']) {
          const hits = await search(store).search(SYSTEM, { q });
          assert.deepEqual(hits.map((h) => h.object.id).sort(), [ip.id, report.id].sort(), q);
          const inReport = hits.find((h) => h.object.id === report.id)!;
          assert.equal(inReport.match.field, 'text');
          assert.equal(inReport.match.text, 'The intruders staged tools on 203.0.113[.]77 before moving to the water utility’s billing network.');
          assert.equal(hits.find((h) => h.object.id === ip.id)!.match.field, 'observable');
        }
        const seven = await search(store).search(SYSTEM, { q: '203.0.113.7' });
        assert.deepEqual(seven.map((h) => h.object.value), ['203.0.113.7'], 'a shorter address is not a prefix match');
      }));

    test('a phrase of an article finds the report and shows the sentence; a claim is found by its passage', () =>
      withStore(backend, async (store) => {
        const ip = buildIpv4('203.0.113.77');
        const report = article(ip);
        const claim = buildSdo('note', { content: 'x', object_refs: [report.id], evidence: { text: 'Le ministère dément toute implication dans ces cyberattaques.', lang: 'fr' } });
        await store.put([ip, report, claim]);
        const [hit] = await search(store).search(SYSTEM, { q: 'billing network' });
        assert.equal(hit?.object.id, report.id);
        assert.equal(hit.match.lang, 'en');
        assert.match(hit.match.text, /^The intruders staged tools/);
        const [passage] = await search(store).search(SYSTEM, { q: 'dément implication' });
        assert.equal(passage?.object.id, claim.id);
        assert.deepEqual([passage.match.field, passage.match.lang], ['passage', 'fr']);
      }));

    test('a misspelt name word finds the name and says what it was read as; short words and exact prefixes are left alone', () =>
      withStore(backend, async (store) => {
        const group = buildIntrusionSet({ name: 'Granite Typhoon', aliases: ['Quartzwing'] });
        await store.put([group]);
        for (const [q, corrections] of [
          ['Granite Tyhpoon', [['tyhpoon', 'typhoon']]], // two letters swapped
          ['Granit Typhoon', []], // a prefix of the word: found as typed
          ['Quatzwing', [['quatzwing', 'quartzwing']]], // a letter missing
          ['Quartzwinng', [['quartzwinng', 'quartzwing']]], // a letter doubled
          ['Qartzwinng', [['qartzwinng', 'quartzwing']]], // two edits in a long word: a letter missing, another doubled
        ] as const) {
          const [hit] = await search(store).search(SYSTEM, { q });
          assert.equal(hit?.object.id, group.id, q);
          assert.deepEqual(hit.match.corrections, corrections, q);
        }
        assert.deepEqual(await correctionsOf(store.db, 'tyhp'), [], 'a four-letter word two edits away is not corrected');
        assert.deepEqual(await search(store).search(SYSTEM, { q: 'Grnt' }), []);
      }));

    test('filters: type, TLP, language and date', () =>
      withStore(backend, async (store) => {
        const ip = buildIpv4('203.0.113.77');
        const report = article(ip);
        const older = buildReport([ip.id], { name: 'Earlier staging server note', published: '2023-01-05T00:00:00.000Z', lang: 'de', x_opstrack_text: 'Der Server 203.0.113.77 wurde abgeschaltet.', ...tlp('green') });
        await store.put([ip, report, older]);
        const ids = async (req: Parameters<SearchService['search']>[1]) => (await search(store).search(SYSTEM, req)).map((h) => h.object.id).sort();
        assert.deepEqual(await ids({ q: '203.0.113.77', types: ['report'] }), [report.id, older.id].sort());
        assert.deepEqual(await ids({ q: '203.0.113.77', types: ['report'], tlp: ['green'] }), [older.id]);
        assert.deepEqual(await ids({ q: '203.0.113.77', types: ['report'], tlp: ['clear'] }), [report.id], "'clear' takes unmarked objects");
        assert.deepEqual(await ids({ q: '203.0.113.77', lang: 'de' }), [older.id]);
        assert.deepEqual(await ids({ q: '203.0.113.77', types: ['report'], since: '2025-01-01' }), [report.id]);
        assert.deepEqual(await ids({ q: '203.0.113.77', types: ['report'], until: '2024-12-31' }), [older.id]);
      }));

    test('visibility: another organisation finds nothing of an AMBER report, not even through a corrected spelling of a name only it holds', () =>
      withStore(backend, async (store) => {
        const a = buildUserViewer({ userId: 'ua', orgId: 'org-a', role: 'editor' });
        const b = buildUserViewer({ userId: 'ub', orgId: 'org-b', role: 'editor' });
        const victim = buildSdo('identity', { name: 'Brightwater Utilities', identity_class: 'organization', ...tlp('amber') });
        const report = buildReport([victim.id], { name: 'Brightwater incident', x_opstrack_text: 'Brightwater Utilities confirmed the breach.', ...tlp('amber') });
        await store.put([victim, report], { actor: a });
        assert.equal((await search(store).search(a, { q: 'Brightwater' })).length, 2);
        assert.equal((await search(store).search(a, { q: 'Brigthwater' })).length, 2, 'the owner finds it misspelt');
        for (const q of ['Brightwater', 'Brigthwater', 'confirmed the breach']) {
          assert.deepEqual(await search(store).search(b, { q }), [], q);
        }
      }));

    test('a database whose search text an earlier release derived is re-derived on open', async () => {
      const ts = await freshStore(backend);
      const kz = country();
      const { x_opstrack_aliases: aliases, ...bare } = kz;
      try {
        // As an earlier release stored it: the JSON holds every name, the search columns only the English one.
        await ts.store.put([bare as StixObject]);
        await ts.store.db.exec('UPDATE objects SET object_json = ? WHERE id = ?', [JSON.stringify({ ...bare, x_opstrack_aliases: aliases }), kz.id]);
        await ts.store.db.exec('UPDATE search_state SET fields_version = 0 WHERE id = 1');
        assert.deepEqual(await search(ts.store).search(SYSTEM, { q: 'Казахстан' }), []);
        const reopened = await openOpsTrackStore(ts.location);
        try {
          const [hit] = await search(reopened).search(SYSTEM, { q: 'Казахстан' });
          assert.equal(hit?.object.id, kz.id);
          assert.deepEqual(await correctionsOf(reopened.db, 'казахтан'), ['казахстан'], 'the vocabulary is rebuilt too');
          if (backend === 'sqlite') await reopened.db.exec("INSERT INTO objects_fts (objects_fts) VALUES ('integrity-check')");
        } finally {
          await reopened.close();
        }
      } finally {
        await ts.dispose();
      }
    });

    test('GET /api/search answers with the items and why each matched', () =>
      withStore(backend, async (store) => {
        const group = buildIntrusionSet({ name: 'Granite Typhoon', aliases: ['花岗岩台风'] });
        await store.put([group]);
        const srv = await startOn(store, { users: [{ name: 'ana', org: 'Blue', role: 'reader' }] });
        try {
          const res = await srv.fetch('/api/search?q=Granite%20Tyhpoon&type=intrusion-set', { as: 'ana' });
          assert.equal(res.status, 200);
          const body = (await res.json()) as { items: StixObject[]; hits: Array<Record<string, unknown>> };
          assert.deepEqual(body.items.map((o) => o.id), [group.id]);
          assert.deepEqual(body.hits, [{ id: group.id, field: 'name', text: 'Granite Typhoon', corrections: [['tyhpoon', 'typhoon']], date: group.modified }]);
          const bad = await srv.fetch('/api/search?q=x&tlp=purple', { as: 'ana' });
          assert.equal(bad.status, 400);
          assert.match(await bad.text(), /tlp/);
        } finally {
          await srv.close();
        }
      }));
  });
}

describe('search (sqlite): an earlier release’s database', () => {
  test('a database migrated before 050-search gets its search columns re-derived when opened', async () => {
    const ts = await freshStore('sqlite');
    await ts.dispose();
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'opstrack-search-'));
    const sqliteFile = join(dir, 'old.db');
    try {
      const kz = country();
      const { x_opstrack_aliases: aliases, ...bare } = kz;
      const old = await openStore({ sqliteFile }, { migrations: FEATURE_MIGRATIONS.filter((m) => m.id !== '050-search') });
      await old.put([bare as StixObject]);
      await old.db.exec('UPDATE objects SET object_json = ? WHERE id = ?', [JSON.stringify({ ...bare, x_opstrack_aliases: aliases }), kz.id]);
      await old.close();
      const store = await openOpsTrackStore({ sqliteFile });
      try {
        const [hit] = await search(store).search(SYSTEM, { q: 'Ca-dắc-xtan' });
        assert.equal(hit?.object.id, kz.id);
        await store.db.exec("INSERT INTO objects_fts (objects_fts) VALUES ('integrity-check')");
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
