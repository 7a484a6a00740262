/**
 * `opstrack backup` and `opstrack restore` move a whole SQLite installation: organisations, users
 * (passwords), hashed tokens (a token still authenticates), collections, objects with their owners,
 * markings, shares and recipients, claims' tables, audit. A restore refuses what is not an OpsTrack
 * database, what a newer release wrote, and a database a running process holds (unless --force);
 * a refused restore leaves the target untouched. On PostgreSQL both commands point to
 * pg_dump/pg_restore.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { verifyPassword } from '../../src/auth/passwords.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import { openOpsTrackStore as openStore } from '../../src/composition.ts';
import type { Store } from '../../src/storage/store.ts';
import { CollectionRepository } from '../../src/taxii/collections.ts';
import { runCliOn, type CliRun } from '../helpers/cli.ts';
import { buildIndicator, buildIntrusionSet, buildMalware, tlp } from '../helpers/factories.ts';
import { repoRoot } from '../helpers/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-backup-'));
const original = join(dir, 'original.db');
const backupFile = join(dir, 'backup.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const green = buildMalware({ name: 'green-ware', ...tlp('green') });
const amber = buildIntrusionSet({ name: 'Amber Shared', ...tlp('amber') });
const red = buildIndicator({ name: 'red-eyes-only', ...tlp('red') });
const amberV2 = { ...amber, modified: '2030-01-01T00:00:00.000Z', description: 'second version' } as StixObject;

interface Installation {
  orgA: string;
  orgB: string;
  alice: UserViewer;
  bob: UserViewer;
  token: string;
  collection: string;
}
let made: Installation;

async function withStoreOn<T>(file: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ sqliteFile: file });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const ids = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();

/** Everything the original installation holds, read back from `file`. */
async function assertInstallation(file: string): Promise<void> {
  await withStoreOn(file, async (store) => {
    const auth = new AuthRepository(store.db);
    assert.deepEqual((await auth.listOrgs()).map((o) => o.name).sort(), ['Alpha', 'Beta']);
    assert.deepEqual((await auth.listUsers()).map((u) => `${u.name} ${u.role}`).sort(), ['alice editor', 'bob reader']);
    const user = await auth.userForToken(made.token);
    assert.equal(user?.name, 'alice', 'the token still authenticates');
    const creds = await auth.credentials('bob');
    assert.ok(creds && (await verifyPassword('a long enough password', creds.hash)), 'the password still verifies');
    assert.deepEqual((await auth.listTokens()).map((t) => t.name), ['laptop']);

    const collections = await new CollectionRepository(store.db).list();
    const added = collections.find((c) => c.id === made.collection);
    assert.equal(added?.title, 'Partners');

    const all = await store.list(SYSTEM, { versions: ['all'], limit: 100 });
    assert.deepEqual(all.items.map((s) => `${s.id} ${s.version}`).sort(),
      [green, amber, amberV2, red].map((o) => `${o.id} ${String(o.modified)}`).sort(), 'every version of every object');
    assert.equal((await store.get(SYSTEM, amber.id))[0]?.ownerOrgId, made.orgA, 'owners kept');
    // markings, shares and recipients: bob (org Beta) sees the AMBER object shared with Beta but not
    // the RED one; alice, its recipient, does.
    assert.deepEqual(ids((await store.list(made.bob, { limit: 100 })).items), [amber.id, green.id].sort());
    assert.deepEqual(ids((await store.list(made.alice, { limit: 100 })).items), [amber.id, green.id, red.id].sort());
  });
}

function runWithEnv(env: NodeJS.ProcessEnv, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/opstrack.js'), ...args], { env: { ...process.env, ...env }, cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

before(async () => {
  made = await withStoreOn(original, async (store) => {
    const auth = new AuthRepository(store.db);
    const orgA = (await auth.addOrg('Alpha')).id;
    const orgB = (await auth.addOrg('Beta')).id;
    const alice = await auth.addUser({ name: 'alice', org: 'Alpha', role: 'editor' });
    const bob = await auth.addUser({ name: 'bob', org: 'Beta', role: 'reader', password: 'a long enough password' });
    const { token } = await auth.createToken(alice.id, 'laptop');
    const collection = (await new CollectionRepository(store.db).add({ title: 'Partners', alias: 'partners', readOrgs: [orgB] })).id;
    await store.put([green, amber, amberV2, red], { ownerOrgId: orgA });
    await store.shareWith(amber.id, orgB);
    await store.addRecipient(red.id, alice.id);
    return {
      orgA, orgB, token, collection,
      alice: { kind: 'user', userId: alice.id, orgId: orgA, role: 'editor' },
      bob: { kind: 'user', userId: bob.id, orgId: orgB, role: 'reader' },
    };
  });
});

test('backup then restore into a new path gives back the whole installation', async () => {
  const backup = await runCliOn(original, dir, ['backup', backupFile]);
  assert.equal(backup.code, 0, backup.stderr);
  assert.match(backup.stderr, /backed up .* \(\d+ pages\)/);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');

  const restored = join(dir, 'restored.db');
  const restore = await runCliOn(restored, dir, ['restore', backupFile]);
  assert.equal(restore.code, 0, restore.stderr);
  assert.match(restore.stderr, /restored .* into .*restored\.db/);
  await assertInstallation(restored);
});

test('a backup taken while a server holds the database open is consistent', async () => {
  const held = await openStore({ sqliteFile: original });
  try {
    const live = join(dir, 'live-backup.db');
    const run = await runCliOn(original, dir, ['backup', live]);
    assert.equal(run.code, 0, run.stderr);
    const restored = join(dir, 'from-live.db');
    assert.equal((await runCliOn(restored, dir, ['restore', live])).code, 0);
    await assertInstallation(restored);
  } finally {
    await held.close();
  }
});

test('restore over an existing database replaces it; one held by a running process is refused unless --force', async () => {
  const target = join(dir, 'target.db');
  await withStoreOn(target, async (store) => {
    await new AuthRepository(store.db).addOrg('Gamma');
  });
  const held = await openStore({ sqliteFile: target });
  let run: CliRun;
  try {
    run = await runCliOn(target, dir, ['restore', backupFile]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /OPS_ERR_STORE_BUSY: .*open in another process.*--force/);
    assert.deepEqual((await new AuthRepository(held.db).listOrgs()).map((o) => o.name), ['Gamma'], 'refused: the target is untouched');
  } finally {
    await held.close();
  }
  run = await runCliOn(target, dir, ['restore', backupFile]);
  assert.equal(run.code, 0, run.stderr);
  await assertInstallation(target);

  const forced = join(dir, 'forced.db');
  copyFileSync(target, forced);
  const holder = await openStore({ sqliteFile: forced });
  try {
    run = await runCliOn(forced, dir, ['restore', '--force', backupFile]);
    assert.equal(run.code, 0, run.stderr);
  } finally {
    await holder.close();
  }
});

test('restore refuses what is not an OpsTrack database, or what a newer release wrote, and changes nothing', async () => {
  const target = join(dir, 'kept.db');
  copyFileSync(backupFile, target);
  const before = readFileSync(target);

  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'not a database at all, but long enough to have a header\n');
  let run = await runCliOn(target, dir, ['restore', text]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /OPS_ERR_INPUT_INVALID: .*notes\.txt: not a SQLite database/);

  const other = join(dir, 'other-app.db');
  const foreign = new Database(other);
  foreign.exec('CREATE TABLE things (id TEXT)');
  foreign.close();
  run = await runCliOn(target, dir, ['restore', other]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /other-app\.db: not an OpsTrack database \(no schema_migrations table\)/);

  const newer = join(dir, 'newer.db');
  copyFileSync(backupFile, newer);
  const db = new Database(newer);
  db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run('999-from-the-future', new Date().toISOString());
  db.close();
  run = await runCliOn(target, dir, ['restore', newer]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /newer\.db: written by a newer OpsTrack release \(migrations unknown to this one: 999-from-the-future\)/);

  run = await runCliOn(target, dir, ['restore', join(dir, 'absent.db')]);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /OPS_ERR_STORE_NOT_FOUND: .*absent\.db/);

  assert.ok(readFileSync(target).equals(before), 'every refused restore left the target byte for byte');
  assert.equal(existsSync(join(dir, 'absent.db')), false);
});

test('on PostgreSQL both commands point to pg_dump and pg_restore', async () => {
  const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
  const backup = await runWithEnv(env, ['backup', join(dir, 'pg.dump')]);
  assert.notEqual(backup.code, 0);
  assert.match(backup.stderr, /OPS_ERR_STORE_CONFIG: .*SQLite.*pg_dump --format=custom/);
  const restore = await runWithEnv(env, ['restore', join(dir, 'pg.dump')]);
  assert.notEqual(restore.code, 0);
  assert.match(restore.stderr, /pg_restore --clean --if-exists/);
  assert.equal(existsSync(join(dir, 'pg.dump')), false);
});
