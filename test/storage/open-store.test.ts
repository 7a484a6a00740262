import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeConfigFromEnv } from '../../src/config.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { migrations } from '../../src/storage/schema/index.ts';

test('storeConfigFromEnv reads DATABASE_URL and OPSTRACK_DB', () => {
  assert.deepEqual(storeConfigFromEnv({}), {});
  assert.deepEqual(storeConfigFromEnv({ OPSTRACK_DB: '/data/x.db' }), { sqliteFile: '/data/x.db' });
  assert.deepEqual(storeConfigFromEnv({ DATABASE_URL: 'postgres://u@h/db', OPSTRACK_DB: 'x.db' }), { databaseUrl: 'postgres://u@h/db', sqliteFile: 'x.db' });
});

test('openStore opens a migrated SQLite file; a bad location or URL is STORE_CONFIG', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-open-'));
  try {
    const store = await openStore({ sqliteFile: join(dir, 'a.db') });
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
