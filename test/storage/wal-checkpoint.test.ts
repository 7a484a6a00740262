/**
 * WAL checkpoints run on a worker thread (wal-checkpointer.ts), not inside the COMMIT of the write
 * connection: a write that fills the WAL leaves it for the thread, the thread copies it back into the
 * database file, and the next write then starts the WAL afresh (truncated), so it stays bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb } from '../../src/storage/sqlite/sqlite-db.ts';

const MIB = 1024 * 1024;
const walBytes = (file: string) => statSync(`${file}-wal`).size;

async function fill(db: SqliteDb, bytes: number, tag: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i * 4096 < bytes; i++) await tx.exec('INSERT INTO t (k, v) VALUES (?, ?)', [`${tag}-${i}`, 'x'.repeat(4000)]);
  });
}

function fresh(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-wal-'));
  return { dir, file: join(dir, 'store.db') };
}

test('a COMMIT does not checkpoint: with the thread held back, the WAL keeps every frame of the writes', async () => {
  const { dir, file } = fresh();
  const db = new SqliteDb({ file, checkpointBytes: 1024 * MIB });
  try {
    await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
    await fill(db, 8 * MIB, 'a');
    await db.exec('INSERT INTO t (k, v) VALUES (?, ?)', ['small', 'y']);
    // SQLite's automatic checkpoint (1,000 pages) would have copied the first write back during its
    // COMMIT, and the second write would have restarted the WAL (truncated to journal_size_limit 0).
    assert.ok(walBytes(file) >= 8 * MIB, `the WAL holds both writes (${walBytes(file)} bytes)`);
    assert.equal(db.checkpointer?.stats.runs, 0);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the thread checkpoints a full WAL, and the next write starts it afresh', async () => {
  const { dir, file } = fresh();
  const db = new SqliteDb({ file, checkpointBytes: 2 * MIB });
  try {
    await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
    await fill(db, 6 * MIB, 'a');
    await db.checkpointer!.idle();
    const stats = db.checkpointer!.stats;
    assert.ok(stats.runs >= 1, 'a checkpoint ran on the thread');
    assert.equal(stats.failure, undefined);
    assert.ok(stats.lastLogFrames > 1000, `the WAL held the write (${stats.lastLogFrames} frames)`);
    assert.equal(stats.lastCheckpointedFrames, stats.lastLogFrames, 'every frame copied back (no reader held one)');
    // The database file itself now holds the rows: a copy of the file without its WAL has them.
    const copy = join(dir, 'copy.db');
    copyFileSync(file, copy);
    const direct = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      assert.equal((direct.prepare("SELECT COUNT(*) AS n FROM t WHERE k LIKE 'a-%'").get() as { n: number }).n, Math.ceil((6 * MIB) / 4096));
    } finally {
      direct.close();
    }
    await db.exec('INSERT INTO t (k, v) VALUES (?, ?)', ['small', 'y']);
    assert.ok(walBytes(file) < 1 * MIB, `the WAL restarted after the checkpoint (${walBytes(file)} bytes)`);
    const [row] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM t');
    assert.equal(row!.n, Math.ceil((6 * MIB) / 4096) + 1);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writes made while a checkpoint runs ask for the next one; closing waits and leaves no WAL', async () => {
  const { dir, file } = fresh();
  const db = new SqliteDb({ file, checkpointBytes: 1 * MIB });
  await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
  for (let round = 0; round < 6; round++) await fill(db, 2 * MIB, `r${round}`);
  await db.checkpointer!.idle();
  assert.ok(db.checkpointer!.stats.runs >= 2, `several checkpoints (${db.checkpointer!.stats.runs})`);
  await db.close();
  assert.throws(() => statSync(`${file}-wal`), /ENOENT/, 'the last connection checkpointed and removed the WAL');
  const reopened = new Database(file, { readonly: true });
  try {
    assert.equal((reopened.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 6 * Math.ceil((2 * MIB) / 4096));
  } finally {
    reopened.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a write that finds the WAL at its limit waits for a checkpoint of all of it, so the WAL stays bounded under sustained writes', async () => {
  const { dir, file } = fresh();
  // The thread is never asked after a write (threshold 1 GiB): only the limit makes it run.
  const db = new SqliteDb({ file, checkpointBytes: 1024 * MIB, walLimitBytes: 2 * MIB });
  try {
    await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
    const sizes: number[] = [];
    for (let round = 0; round < 4; round++) {
      await fill(db, 3 * MIB, `r${round}`);
      sizes.push(walBytes(file));
    }
    // Without the limit the WAL would hold all four writes (over 12 MiB); with it, each write after the
    // first finds it over 2 MiB, waits for the checkpoint, and starts it afresh: one write's frames.
    assert.ok(sizes.every((s) => s < 5 * MIB), `WAL sizes after each write: ${sizes.join(', ')}`);
    assert.ok(db.checkpointer!.stats.runs >= 3, `a checkpoint before each later write (${db.checkpointer!.stats.runs})`);
    const [row] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM t');
    assert.equal(row!.n, 4 * Math.ceil((3 * MIB) / 4096));
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
