/**
 * Upgrade: a database of the previous release (every migration before 070-login-throttle,
 * 071-drafts-jobs and 072-jobs, a draft as it wrote them) opens with them in place: the draft is
 * kept with its text, has no job and no lease, and a draft it left `processing` is failed as
 * interrupted by the next start-up, as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURE_MIGRATIONS, openOpsTrackStore, STORE_HOOKS } from '../../src/composition.ts';
import { DraftService, INTERRUPTED } from '../../src/ingest/drafts/draft-service.ts';
import { openStore } from '../../src/storage/open-store.ts';

const NEW = ['070-login-throttle', '071-drafts-jobs', '072-jobs'];

test('a previous release\'s database upgrades in place: drafts kept, stuck ones failed at the next start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-upgrade-'));
  const sqliteFile = join(dir, 'old.db');
  try {
    const old = await openStore({ sqliteFile }, { migrations: FEATURE_MIGRATIONS.filter((m) => !NEW.includes(m.id)), hooks: STORE_HOOKS });
    const now = new Date().toISOString();
    for (const [id, status] of [['draft--old-ready', 'ready'], ['draft--old-stuck', 'processing']] as const) {
      await old.db.exec(`INSERT INTO drafts (id, org_id, created_by, status, stage, percent, tlp, text, created, updated) VALUES (?, 'org-a', 'u-a', ?, 'done', 100, 'green', 'Old text.', ?, ?)`,
        [id, status, now, now]);
    }
    assert.equal((await old.db.query(`SELECT name FROM sqlite_master WHERE name IN ('jobs', 'auth_login_failures')`)).length, 0);
    await old.close();

    const store = await openOpsTrackStore({ sqliteFile });
    try {
      const ids = (await store.db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id);
      for (const id of NEW) assert.ok(ids.includes(id), id);
      const rows = await store.db.query<{ id: string; text: string; job_id: string | null; lease_until: string | null }>('SELECT id, text, job_id, lease_until FROM drafts ORDER BY id');
      assert.deepEqual(rows, [
        { id: 'draft--old-ready', text: 'Old text.', job_id: null, lease_until: null },
        { id: 'draft--old-stuck', text: 'Old text.', job_id: null, lease_until: null },
      ]);
      const drafts = new DraftService(store, store.db);
      assert.equal(await drafts.failInterrupted(), 1);
      const [stuck] = await store.db.query<{ status: string; error: string }>(`SELECT status, error FROM drafts WHERE id = 'draft--old-stuck'`);
      assert.deepEqual(stuck, { status: 'failed', error: INTERRUPTED });
      await drafts.close();
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
