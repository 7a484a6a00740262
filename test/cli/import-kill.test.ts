/**
 * An import is all or nothing: killed half-way (several batches written), it leaves a usable
 * database holding nothing of it, and re-running the same import stores everything (SQLite,
 * through the real CLI process).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOpsTrackStore } from '../../src/composition.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { repoRoot } from '../helpers/shared.ts';
import { writeSyntheticBundle } from '../import/synthetic-bundle.ts';

const TOTAL = 20_000;
const BATCH = 250;
const KILL_AFTER_BATCH = 4;

const dir = mkdtempSync(join(tmpdir(), 'opstrack-import-kill-'));
const dbFile = join(dir, 'kill.db');
const bundle = join(dir, 'big.json');
test.after(() => rmSync(dir, { recursive: true, force: true }));

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `opstrack import` on the big bundle; onStderr sees the accumulated progress lines. */
function runImport(onStderr?: (text: string, child: ChildProcess) => void): Promise<Finished> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPSTRACK_DB: dbFile };
  delete env.DATABASE_URL;
  const args = [join(repoRoot, 'bin/opstrack.js'), 'import', bundle, '--batch-size', String(BATCH), '--progress', 'lines'];
  const child = spawn(process.execPath, args, { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    onStderr?.(stderr, child);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function storedIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { limit: 1000, cursor });
    for (const item of page.items) ids.push(item.id);
    cursor = page.next;
  } while (cursor);
  return ids;
}

test('SIGKILL half-way through an import leaves nothing of it; re-running stores everything once', { timeout: 180_000 }, async () => {
  await writeSyntheticBundle(bundle, TOTAL);

  const killed = await runImport((text, child) => {
    if (text.includes(`batch ${KILL_AFTER_BATCH} written`) && child.exitCode === null) child.kill('SIGKILL');
  });
  assert.equal(killed.signal, 'SIGKILL', `the import should still be running when killed:\n${killed.stdout}${killed.stderr}`);
  assert.doesNotMatch(killed.stdout, /imported/, 'the killed import never finished');

  const store = await openOpsTrackStore({ sqliteFile: dbFile });
  let kept: number;
  try {
    await store.migrate();
    const [check] = await store.db.query<{ integrity_check: string }>('PRAGMA integrity_check');
    assert.ok(check);
    assert.equal(check.integrity_check, 'ok');
    kept = (await storedIds(store)).length;
  } finally {
    await store.close();
  }
  assert.equal(kept, 0, `the killed import had written ${KILL_AFTER_BATCH} batches, and none of them survives`);

  const second = await runImport();
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, new RegExp(`imported ${TOTAL} \\(new ${TOTAL}, unchanged 0, rejected 0\\)`));

  const reopened = await openOpsTrackStore({ sqliteFile: dbFile });
  try {
    const ids = await storedIds(reopened);
    assert.equal(ids.length, TOTAL);
    assert.equal(new Set(ids).size, TOTAL, 'no duplicates');
  } finally {
    await reopened.close();
  }
});
