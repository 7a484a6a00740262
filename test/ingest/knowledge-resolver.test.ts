import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS, withStore, type TestStore } from '../helpers/backends.ts';
import { repoRoot } from '../helpers/shared.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { mergeKnowledge, PUBLIC_VIEWER, resolverFromStore, storedKnowledge } from '../../src/ingest/knowledge-resolver.ts';
import { defaultResolver, loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';

const editorA: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
const editorB: UserViewer = { kind: 'user', userId: 'u-b', orgId: 'org-b', role: 'editor' };

/** `opstrack ARGS` on the test's store (OPSTRACK_DB or DATABASE_URL), or on no store at all. */
function cli(args: string[], location: TestStore['location'] | undefined, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.OPSTRACK_DB;
  if (location?.databaseUrl) env.DATABASE_URL = location.databaseUrl;
  if (location?.sqliteFile) env.OPSTRACK_DB = location.sqliteFile;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/opstrack.js'), ...args], { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const GROUP = 'Quillfeather Syndicate';
const SYNONYM = 'Inkwell Spider';
const ARTICLE = [
  'Estonia blames Quillfeather Syndicate for ministry breach',
  `Security researchers said the ${GROUP}, also tracked as ${SYNONYM}, broke into the foreign ministry of Estonia in March.`,
  'Estonia accused Russia of backing the group.',
  '',
].join('\n');

/** A MISP galaxy threat-actor cluster file, as misp-galaxy publishes them. */
function galaxyFile(dir: string): string {
  const file = join(dir, 'threat-actor.json');
  writeFileSync(file, JSON.stringify({
    authors: ['OpsTrack tests'], category: 'actor', description: 'Threat actors', name: 'Threat Actor', type: 'threat-actor',
    uuid: '7cdff317-a673-4474-84ec-4f1754947823', version: 1,
    values: [{
      value: GROUP, uuid: 'b6c1f3a2-4d5e-4f60-8a7b-9c0d1e2f3a4b', description: 'An espionage group seen against Baltic ministries.',
      meta: { synonyms: [SYNONYM], country: 'RU', 'cfr-suspected-victims': ['Estonia'] },
    }],
  }, null, 2));
  return file;
}

const groupNames = (x: { intrusion_sets: Array<{ name: string }> }) => x.intrusion_sets.map((g) => g.name);

for (const backend of BACKENDS) {
  describe(`extraction resolves names with the stored knowledge (${backend})`, () => {
    test('a MISP galaxy group imported with opstrack import is found by opstrack extract and by draft ingestion', () =>
      withStore(backend, async (store, location) => {
        assert.equal(defaultResolver().resolve(GROUP).length, 0, 'the group is not in the built-in knowledge');
        const dir = mkdtempSync(join(tmpdir(), 'opstrack-resolver-'));
        try {
          const article = join(dir, 'article.txt');
          writeFileSync(article, ARTICLE);
          const drafts = new DraftService(store, store.db);
          // Before the import: neither extraction nor a draft knows the group.
          const before = await drafts.create(editorA, { kind: 'text', text: ARTICLE });
          assert.ok(!before.items.some((i) => i.kind === 'intrusion-set' && i.label === GROUP));
          const x0 = await cli(['extract', article], location, dir);
          assert.equal(x0.code, 0, x0.stderr);
          assert.ok(!groupNames(JSON.parse(x0.stdout)).includes(GROUP));

          const imported = await cli(['import', galaxyFile(dir)], location, dir);
          assert.equal(imported.code, 0, imported.stderr);

          // opstrack extract with the store: the group, by its name and by its synonym.
          const x1 = await cli(['extract', article], location, dir);
          assert.equal(x1.code, 0, x1.stderr);
          const hit = (JSON.parse(x1.stdout).intrusion_sets as Array<{ name: string; aliases: string[]; mentions: Array<{ start: number; end: number }> }>).find((g) => g.name === GROUP);
          assert.ok(hit, x1.stdout);
          assert.deepEqual(hit.aliases, [SYNONYM]);
          assert.deepEqual(hit.mentions.map((m) => ARTICLE.slice(m.start, m.end)), [GROUP, GROUP, SYNONYM]);
          // Without a store: the built-in knowledge, which does not know it.
          const x2 = await cli(['extract', article], undefined, dir);
          assert.ok(!groupNames(JSON.parse(x2.stdout)).includes(GROUP));

          // Draft ingestion in this process sees the import made by the other one.
          const after = await drafts.create(editorA, { kind: 'text', text: `${ARTICLE}Source: https://example.org/quillfeather\n` });
          const item = after.items.find((i) => i.kind === 'intrusion-set' && i.label === GROUP);
          assert.ok(item && item.kind === 'intrusion-set', after.items.map((i) => i.label).join(', '));
          // The proposal points at the imported object, so publishing references it instead of copying it.
          assert.equal(item.data.id, 'intrusion-set--b6c1f3a2-4d5e-4f60-8a7b-9c0d1e2f3a4b');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }));

    test("a name only another organisation's AMBER object carries is never proposed", () =>
      withStore(backend, async (store) => {
        const id = 'intrusion-set--5d0c6b1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
        const name = 'Saffron Marten';
        assert.equal(defaultResolver().resolve(name).length, 0);
        const put = await store.put([{
          type: 'intrusion-set', spec_version: '2.1', id, created: '2026-11-30T00:00:00.000Z', modified: '2026-11-30T00:00:00.000Z',
          name, aliases: ['Amber Weasel'], object_marking_refs: [tlpMarkingId('amber')],
        }], { ownerOrgId: 'org-b' });
        assert.equal(put.new, 1);
        const text = `Saffron Marten returns\nInvestigators said Saffron Marten, which others call Amber Weasel, attacked a port operator in Latvia.\n`;
        const proposed = (d: { items: Array<{ kind: string; label: string }> }) => d.items.filter((i) => i.kind === 'intrusion-set').map((i) => i.label);

        const drafts = new DraftService(store, store.db);
        assert.deepEqual(proposed(await drafts.create(editorA, { kind: 'text', text })), []);
        // The owner sees its own names.
        assert.deepEqual(proposed(await drafts.create(editorB, { kind: 'text', text })), [name]);
        // Every user's view (opstrack extract without --user) and the system's.
        assert.deepEqual((await resolverFromStore(store, PUBLIC_VIEWER)).resolve(name), []);
        assert.equal((await resolverFromStore(store, SYSTEM)).resolve('Amber Weasel')[0]?.entity.id, id);

        // Shared with organisation A, it becomes A's too (a grant adds no version: invalidate).
        await store.shareWith(id, 'org-a');
        storedKnowledge(store).invalidate();
        assert.deepEqual(proposed(await drafts.create(editorA, { kind: 'text', text: `${text}More to follow.\n` })), [name]);
      }));

    test('with only the default knowledge stored, extraction links exactly as without a store', () =>
      withStore(backend, async (store) => {
        await loadKnowledge(store);
        // The built-in resolver itself: nothing stored adds a name, so every output is byte-identical.
        assert.equal(await resolverFromStore(store, SYSTEM), defaultResolver());
        assert.equal(await resolverFromStore(store, PUBLIC_VIEWER), defaultResolver());
        assert.equal(await storedKnowledge(store).resolverFor(editorA), defaultResolver());
      }));
  });
}

test('a stored group with a built-in ATT&CK id adds its names to the built-in entity, which keeps its id and data', () => {
  const apt28 = loadDefaultKnowledge().find((e) => e.name === 'APT28')!;
  assert.ok(apt28.attackId);
  const resolver = mergeKnowledge(loadDefaultKnowledge(), [{
    type: 'intrusion-set', spec_version: '2.1', id: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c', created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z', name: 'APT28', aliases: ['Fancy Bear', 'Frozen Lake Test'],
    external_references: [{ source_name: 'mitre-attack', external_id: apt28.attackId }],
  }, {
    // Claimants and people are not names to look for in articles.
    type: 'identity', spec_version: '2.1', id: 'identity--4f1e0a3b-9f2c-4d6e-8a1b-2c3d4e5f6a7b', created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z', name: 'Northwind Threat Lab', identity_class: 'organization',
  }])!;
  const [m] = resolver.resolve('Frozen Lake Test');
  assert.ok(m);
  assert.equal(m.entity.id, apt28.id);
  assert.deepEqual(m.entity.attributedTo, apt28.attributedTo);
  assert.equal(resolver.resolve('Northwind Threat Lab').length, 0);
  assert.equal(mergeKnowledge(loadDefaultKnowledge(), []), undefined);
});
