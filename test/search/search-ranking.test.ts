/**
 * Search at scale (issue 16, 100 ms at 1M objects): Store.search ranks the objects whose names
 * match, then reads the mere mentions in store order up to the limit (sql-store.ts), over the
 * names' index of 052-search-names. The order is the one rule (best score first, oldest first among
 * equals) however many objects mention the words, hidden mentions never take a place, and the
 * names' index follows writes, deletes and re-derivation, and is built for an earlier database.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, freshStore, withStore } from '../helpers/backends.ts';
import { buildIntrusionSet, buildReport, buildSdo, buildUserViewer, tlp } from '../helpers/factories.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { Store } from '../../src/storage/store.ts';

const ids = async (store: Store, viewer: Viewer, text: string, limit: number, types?: string[]) =>
  (await store.search(viewer, { text, limit, ...(types ? { types } : {}) })).map((s) => s.id);

const mention = (i: number, extra: Partial<StixObject> = {}) =>
  buildReport([], { name: `Weekly digest ${i}`, x_opstrack_text: `Analysts again saw Quasar Panda staging tools (${i}).`, ...extra });

for (const backend of BACKENDS) {
  describe(`search ranking (${backend})`, () => {
    test('names rank before mentions written earlier, mentions follow oldest first, and the limit cuts the one order', () =>
      withStore(backend, async (store) => {
        const owner = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const reader = buildUserViewer({ orgId: 'org-b' });
        // 30 mentions first (lower seq), every third AMBER; then the objects whose names match.
        const mentions = Array.from({ length: 30 }, (_, i) => mention(i, i % 3 === 0 ? tlp('amber') : {}));
        for (const m of mentions) await store.put([m], { actor: owner });
        const loader = buildSdo('malware', { name: 'Quasar Panda loader', is_family: true });
        const byAlias = buildSdo('identity', { name: 'Northwind Holdings', identity_class: 'organization', x_opstrack_aliases: [{ name: 'Quasar Panda', lang: 'en' }] });
        const group = buildIntrusionSet({ name: 'Quasar Panda' });
        const hiddenGroup = buildIntrusionSet({ name: 'Quasar Panda Two', ...tlp('amber') });
        await store.put([loader, byAlias, group, hiddenGroup], { actor: owner });
        const names = [group.id, byAlias.id, loader.id]; // exact name, exact alias, name starting with the query

        assert.deepEqual(await ids(store, SYSTEM, 'Quasar Panda', 3), names);
        assert.deepEqual(await ids(store, SYSTEM, 'Quasar Panda', 5), [...names, hiddenGroup.id, mentions[0]!.id]);
        assert.deepEqual(await ids(store, SYSTEM, 'Quasar Panda', 200), [...names, hiddenGroup.id, ...mentions.map((m) => m.id)]);
        // The reader sees neither AMBER mention nor the AMBER group, and hidden rows take no place.
        const visible = mentions.filter((_, i) => i % 3 !== 0).map((m) => m.id);
        assert.deepEqual(await ids(store, reader, 'Quasar Panda', 6), [...names, ...visible.slice(0, 3)]);
        assert.deepEqual(await ids(store, reader, 'Quasar Panda', 200), [...names, ...visible]);
        // Filters hold in both reads.
        assert.deepEqual(await ids(store, reader, 'Quasar Panda', 4, ['report']), visible.slice(0, 4));
        assert.deepEqual(await ids(store, SYSTEM, 'quasar', 200, ['intrusion-set']), [group.id, hiddenGroup.id]);
        // A word only in texts: store order.
        assert.deepEqual(await ids(store, reader, 'staging tools', 5), visible.slice(0, 5));
      }));

    test('the names index follows deletes and re-derivation, and the indexes are built for a database written before 052', async () => {
      const ts = await freshStore(backend);
      try {
        const group = buildIntrusionSet({ name: 'Basalt Heron', aliases: ['玄武岩鹭'] });
        const mentions = Array.from({ length: 5 }, (_, i) => buildReport([], { name: `Note ${i}`, x_opstrack_text: `Basalt Heron was seen again (${i}).` }));
        await ts.store.put([...mentions, group]);
        // As the previous release left it: no names index, no record of 052.
        if (backend === 'sqlite') {
          await ts.store.db.exec('DROP TABLE objects_names_fts');
          for (const t of ['insert', 'delete', 'update']) await ts.store.db.exec(`DROP TRIGGER objects_names_fts_${t}`);
          // and the text index without prefix indexes (001's)
          await ts.store.db.exec('DROP TABLE objects_fts');
          await ts.store.db.exec("CREATE VIRTUAL TABLE objects_fts USING fts5 (search_text, content = 'objects', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')");
          await ts.store.db.exec("INSERT INTO objects_fts (objects_fts) VALUES ('rebuild')");
        } else {
          await ts.store.db.exec('DROP INDEX IF EXISTS objects_search_name_trgm');
          await ts.store.db.exec('DROP INDEX IF EXISTS objects_search_aliases_trgm');
        }
        await ts.store.db.exec("DELETE FROM schema_migrations WHERE id IN ('052-search-names', '053-search-prefixes')");
        const reopened = await openOpsTrackStore(ts.location);
        try {
          assert.deepEqual(await ids(reopened, SYSTEM, 'Basalt Heron', 2), [group.id, mentions[0]!.id], 'ranked by name after the upgrade');
          assert.deepEqual(await ids(reopened, SYSTEM, '玄武岩', 1), [group.id], 'by alias after the upgrade');
          if (backend === 'sqlite') {
            await reopened.db.exec("INSERT INTO objects_names_fts (objects_names_fts) VALUES ('integrity-check')");
            await reopened.db.exec("INSERT INTO objects_fts (objects_fts) VALUES ('integrity-check')");
            const [fts] = await reopened.db.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'objects_fts'");
            assert.match(fts!.sql, /prefix = '2 3'/);
            // Re-derivation in place (search-reindex) goes through the update trigger.
            await reopened.db.exec("UPDATE objects SET search_name = ' granite heron', search_text = ' granite heron 玄 武 岩 鹭' WHERE id = ?", [group.id]);
            await reopened.db.exec("INSERT INTO objects_names_fts (objects_names_fts) VALUES ('integrity-check')");
            await reopened.db.exec("INSERT INTO objects_fts (objects_fts) VALUES ('integrity-check')");
            assert.deepEqual(await ids(reopened, SYSTEM, 'Granite Heron', 5), [group.id]);
          } else {
            const indexes = await reopened.db.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'objects' AND indexname LIKE 'objects_search_%_trgm' ORDER BY indexname");
            assert.deepEqual(indexes.map((r) => r.indexname), ['objects_search_aliases_trgm', 'objects_search_name_trgm']);
          }
          await reopened.delete(group.id);
          if (backend === 'sqlite') await reopened.db.exec("INSERT INTO objects_names_fts (objects_names_fts) VALUES ('integrity-check')");
          assert.deepEqual(await ids(reopened, SYSTEM, 'Basalt Heron', 2), mentions.slice(0, 2).map((m) => m.id));
          assert.deepEqual(await ids(reopened, SYSTEM, '玄武岩', 5), []);
        } finally {
          await reopened.close();
        }
      } finally {
        await ts.dispose();
      }
    });
  });
}
