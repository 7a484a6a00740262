import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliOn } from '../helpers/cli.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { canRead, canWrite, CollectionRepository } from '../../src/taxii/collections.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-cli-collection-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[]) {
  return runCliOn(join(dir, 'store.db'), dir, args);
}

test('collection add grants per organisation; list shows them beside the default', async () => {
  // Organisations are made in-process: each CLI run costs a Node start-up.
  const setup = await openOpsTrackStore({ sqliteFile: join(dir, 'store.db') });
  for (const org of ['alpha', 'beta', 'gamma']) await new AuthRepository(setup.db).addOrg(org);
  await setup.close();
  const added = await runCli(['collection', 'add', 'Alpha feed', '--description', 'shared', '--alias', 'alpha-feed', '--read', 'beta', '--write', 'alpha']);
  assert.equal(added.code, 0, added.stderr);
  const id = added.stdout.split('\t')[0];
  const listed = await runCli(['collection', 'list']);
  assert.match(listed.stdout, /\tdefault\t-\tread: everyone\twrite: every editor\t\(default\)/);
  assert.match(listed.stdout, new RegExp(`${id}\\tAlpha feed\\talpha-feed\\tread: (beta,alpha|alpha,beta)\\twrite: alpha\n`));

  const refused = await runCli(['collection', 'add', 'Nope', '--read', 'nobody']);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /OPS_ERR_INPUT_INVALID.*nobody/);

  const store = await openOpsTrackStore({ sqliteFile: join(dir, 'store.db') });
  try {
    const orgs = Object.fromEntries(
      (await store.db.query<{ id: string; name: string }>('SELECT id, name FROM auth_orgs')).map((o) => [o.name, o.id]),
    );
    const c = (await new CollectionRepository(store.db).find('alpha-feed'))!;
    assert.equal(c.id, id);
    const viewer = (org: string, role: 'reader' | 'editor') => ({ kind: 'user' as const, userId: 'u', orgId: orgs[org] ?? `no org ${org}`, role });
    assert.deepEqual([canRead(c, viewer('alpha', 'editor')), canWrite(c, viewer('alpha', 'editor'))], [true, true]);
    assert.deepEqual([canRead(c, viewer('alpha', 'reader')), canWrite(c, viewer('alpha', 'reader'))], [true, false]);
    assert.deepEqual([canRead(c, viewer('beta', 'editor')), canWrite(c, viewer('beta', 'editor'))], [true, false]);
    assert.deepEqual([canRead(c, viewer('gamma', 'editor')), canWrite(c, viewer('gamma', 'editor'))], [false, false]);
    assert.equal((await new CollectionRepository(store.db).list()).length, 2, 'nothing added by the refused command');
    await assert.rejects(new CollectionRepository(store.db).add({ title: 'Again', alias: 'alpha-feed' }), { code: 'OPS_ERR_TAXII_COLLECTION_CONFLICT' });
  } finally {
    await store.close();
  }
});

test('collection list names the organisation that owns a collection made through the web or API', async () => {
  const store = await openOpsTrackStore({ sqliteFile: join(dir, 'store.db') });
  let id: string;
  try {
    const auth = new AuthRepository(store.db);
    const owner = (await auth.findOrg('delta')) ?? (await auth.addOrg('delta'));
    const reader = (await auth.findOrg('beta')) ?? (await auth.addOrg('beta'));
    id = (await new CollectionRepository(store.db).add({ title: 'Delta for beta', readOrgs: [reader.id], ownerOrg: owner.id })).id;
  } finally {
    await store.close();
  }
  const listed = await runCli(['collection', 'list']);
  assert.match(listed.stdout, new RegExp(`${id}\\tDelta for beta\\t-\\tread: beta\\twrite: -\\towner: delta\n`));
});
