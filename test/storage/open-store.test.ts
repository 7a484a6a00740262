import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURE_MIGRATIONS, openOpsTrackStore } from '../../src/composition.ts';
import { storeConfigFromEnv } from '../../src/config.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { STORE_MIGRATIONS } from '../../src/storage/store-migrations.ts';
import { draftsMigration } from '../../src/ingest/drafts/drafts-schema.ts';
import { feedsMigration } from '../../src/ingest/feeds/feeds-schema.ts';

const migrations = [...STORE_MIGRATIONS, ...FEATURE_MIGRATIONS];

test('storeConfigFromEnv reads DATABASE_URL and OPSTRACK_DB', () => {
  assert.deepEqual(storeConfigFromEnv({}), {});
  assert.deepEqual(storeConfigFromEnv({ OPSTRACK_DB: '/data/x.db' }), { sqliteFile: '/data/x.db' });
  assert.deepEqual(storeConfigFromEnv({ DATABASE_URL: 'postgres://u@h/db', OPSTRACK_DB: 'x.db' }), { databaseUrl: 'postgres://u@h/db', sqliteFile: 'x.db' });
});

test('openStore opens a migrated SQLite file; a bad location or URL is STORE_CONFIG', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-open-'));
  try {
    const store = await openOpsTrackStore({ sqliteFile: join(dir, 'a.db') });
    assert.equal(store.capabilities.backend, 'sqlite');
    const applied = await store.db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    assert.deepEqual(applied.map((r) => r.id), migrations.map((m) => m.id));
    await store.close();
    await assert.rejects(openStore({ sqliteFile: join(dir, 'missing', 'dir', 'b.db') }), { code: 'OPS_ERR_STORE_CONFIG' });
    await assert.rejects(openStore({ databaseUrl: 'mysql://nope' }), { code: 'OPS_ERR_STORE_CONFIG' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the schema lists migrations in id order without duplicates', () => {
  const ids = migrations.map((m) => m.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.includes('001-objects'));
});

test('a database written by the previous release (feeds created by 040-drafts) upgrades in place', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-upgrade-'));
  try {
    const file = join(dir, 'old.db');
    // The previous release's schema: the same ids, 040-drafts also creating the feeds tables.
    const old040 = { ...draftsMigration, sqlite: draftsMigration.sqlite + feedsMigration.sqlite.replaceAll('IF NOT EXISTS ', '') };
    const previous = FEATURE_MIGRATIONS.filter((m) => m.id < '040').concat(old040);
    const before = await openStore({ sqliteFile: file }, { migrations: previous });
    await before.db.exec("INSERT INTO feeds (id, url, every_seconds, created) VALUES ('f1', 'https://example.org/feed', 3600, '2026-01-01T00:00:00.000Z')");
    await before.close();

    const store = await openOpsTrackStore({ sqliteFile: file });
    try {
      const applied = await store.db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      assert.deepEqual(applied.map((r) => r.id), migrations.map((m) => m.id));
      assert.deepEqual(await store.db.query('SELECT id, url FROM feeds'), [{ id: 'f1', url: 'https://example.org/feed' }]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
