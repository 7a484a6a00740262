/**
 * An existing database (the previous release's schema: every migration up to 041-feeds, rows
 * written as that release wrote them) upgrades in place to the ownership model: nothing is lost,
 * each id's owner is the organisation of its first version, today's admins become installation
 * admins, and grants move to the per-owner form without opening anything new. The grant of an
 * outsider who had written a later version of someone else's id (issue 12, finding 2) stops
 * opening the original owner's versions. Versions a restricted TAXII collection held become
 * readable only as its grants say (004-collection-read-scope); one in a collection open to every
 * reader stays open. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { runMigrations } from '../../src/storage/migrations.ts';
import { objectsMigration } from '../../src/storage/objects-schema.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import { BACKENDS, emptyDatabase } from '../helpers/backends.ts';
import { buildIntrusionSet, nextVersion, tlp } from '../helpers/factories.ts';

/** The migrations of the previous release, as it listed them. */
const PREVIOUS = [objectsMigration, ...FEATURE_MIGRATIONS.filter((m) => m.id !== '011-installation-admins')];

for (const backend of BACKENDS) describe(`upgrade to the ownership model (${backend})`, () => {
  test('a database of the previous release upgrades in place: nothing lost, owners from first versions, admins become installation admins', async () => {
    const empty = await emptyDatabase(backend);
    try {
      const db = empty.db;
      await runMigrations(db, PREVIOUS);
      const orgA = 'org-a', orgB = 'org-b';
      for (const [id, name] of [[orgA, 'A'], [orgB, 'B']]) await db.exec('INSERT INTO auth_orgs (id, name, created) VALUES (?, ?, ?)', [id, name, '2026-01-01T00:00:00Z']);
      const users = [['u-admin', 'admin', orgA, 'admin'], ['u-a', 'alice', orgA, 'editor'], ['u-b', 'bob', orgB, 'editor']];
      for (const [id, name, org, role] of users) {
        await db.exec('INSERT INTO auth_users (id, name, org_id, role, disabled, created) VALUES (?, ?, ?, ?, 0, ?)', [id, name, org, role, '2026-01-01T00:00:00Z']);
      }
      // As the previous release wrote them: A's AMBER object, then B's later version of it (the
      // hole of finding 2) which B shared with B; A's own AMBER object shared with B; A's RED one.
      const hijacked = buildIntrusionSet({ name: 'Hijacked', ...tlp('amber'), modified: '2026-01-01T00:00:00.000Z', created: '2026-01-01T00:00:00.000Z' });
      const hijack = nextVersion(hijacked, '2026-02-01T00:00:00.000Z', { name: 'B version' });
      const sharedByA = buildIntrusionSet({ name: 'Shared by A', ...tlp('amber'), modified: '2026-01-01T00:00:00.000Z', created: '2026-01-01T00:00:00.000Z' });
      const redA = buildIntrusionSet({ name: 'Red of A', ...tlp('red'), modified: '2026-01-01T00:00:00.000Z', created: '2026-01-01T00:00:00.000Z' });
      // A's GREEN objects posted to TAXII collections: one granted to nobody else, one open to every reader.
      const closedA = buildIntrusionSet({ name: 'Closed collection of A', ...tlp('green'), modified: '2026-01-01T00:00:00.000Z', created: '2026-01-01T00:00:00.000Z' });
      const openA = buildIntrusionSet({ name: 'Open collection of A', ...tlp('green'), modified: '2026-01-01T00:00:00.000Z', created: '2026-01-01T00:00:00.000Z' });
      const rows: Array<[object: typeof hijacked, owner: string, level: string]> = [
        [hijacked, orgA, 'amber'], [sharedByA, orgA, 'amber'], [redA, orgA, 'red'], [hijack, orgB, 'amber'], [closedA, orgA, 'green'], [openA, orgA, 'green'],
      ];
      let seq = 0;
      for (const [o, owner, level] of rows) {
        seq++;
        await db.exec(
          `INSERT INTO objects (seq, id, version, type, spec_version, date_added, revoked, name, tlp, owner_org, object_json)
           VALUES (?, ?, ?, ?, '2.1', ?, 0, ?, ?, ?, ?)`,
          [seq, o.id, `${String(o.modified).slice(0, 19)}.000000000Z`, o.type, `2026-03-01T00:00:0${seq}.000Z`, o.name, level, owner, JSON.stringify(o)],
        );
      }
      await db.exec('UPDATE store_clock SET last_seq = ?, last_added_ms = ? WHERE id = 1', [seq, Date.parse('2026-03-01T00:00:05.000Z')]);
      await db.exec('INSERT INTO object_shares (object_id, org_id) VALUES (?, ?), (?, ?)', [hijacked.id, orgB, sharedByA.id, orgB]);
      await db.exec('INSERT INTO object_recipients (object_id, user_id) VALUES (?, ?)', [redA.id, 'u-a']);
      for (const [id, everyone] of [['col-closed', 0], ['col-open', 1]] as const) {
        await db.exec(
          `INSERT INTO taxii_collections (id, title, media_types, is_default, everyone_read, everyone_write, created) VALUES (?, ?, '[]', 0, ?, 0, '2026-01-01T00:00:00.000Z')`,
          [id, id, everyone],
        );
        await db.exec('INSERT INTO taxii_collection_orgs (collection_id, org_id, can_read, can_write) VALUES (?, ?, 1, 1)', [id, orgA]);
      }
      await db.exec('INSERT INTO collection_objects (collection_id, seq, object_id, version) VALUES (?, 5, ?, ?), (?, 6, ?, ?)',
        ['col-closed', closedA.id, '2026-01-01T00:00:00.000000000Z', 'col-open', openA.id, '2026-01-01T00:00:00.000000000Z']);
      await db.close();
  
      const store = await openOpsTrackStore(empty.location);
      try {
        const count = await store.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM objects');
        assert.equal(Number(count[0]?.n), 6, 'every version kept');
        const repo = new AuthRepository(store.db);
        assert.equal((await repo.findUser('admin'))?.installationAdmin, true, 'today\'s admin is an installation admin');
        assert.equal((await repo.findUser('alice'))?.installationAdmin, false);
        const alice: UserViewer = { kind: 'user', userId: 'u-a', orgId: orgA, role: 'editor' };
        const bob: UserViewer = { kind: 'user', userId: 'u-b', orgId: orgB, role: 'editor' };
        // A keeps what A saw; B keeps A's real share and its own version, and loses the hijacked original
        assert.deepEqual((await store.get(alice, hijacked.id, ['all'])).map((s) => s.object.name), ['Hijacked']);
        assert.equal((await store.get(alice, redA.id)).length, 1, 'the RED recipient still receives it');
        assert.equal((await store.get(bob, sharedByA.id)).length, 1, 'A\'s share of its own object survives');
        assert.deepEqual((await store.get(bob, hijacked.id, ['all'])).map((s) => s.object.name), ['B version']);
        assert.equal((await store.get(bob, hijacked.id, ['first']))[0]?.object.name, 'B version', 'A\'s original no longer opens to B');
        // ownership: the id is A's (first version); B may no longer write it
        const refused = await store.put([nextVersion(hijacked, '2026-04-01T00:00:00.000Z')], { actor: bob });
        assert.equal(refused.new, 0);
        assert.equal(refused.conflicts[0]?.kind, 'owner');
        const ok = await store.put([nextVersion(hijacked, '2026-04-01T00:00:00.000Z')], { actor: alice });
        assert.equal(ok.new, 1);
        assert.equal((await store.get(SYSTEM, hijacked.id, ['all'])).length, 3);
        // collections: the closed one's version is A's alone now; the open one's stays open
        assert.equal((await store.get(alice, closedA.id)).length, 1, 'the owner reads it');
        assert.equal((await store.get(bob, closedA.id)).length, 0, 'no longer read through default by others');
        assert.equal((await store.get(bob, openA.id)).length, 1, 'a collection open to every reader restricts nothing');
      } finally {
        await store.close();
      }
    } finally {
      await empty.dispose();
    }
  });
});
