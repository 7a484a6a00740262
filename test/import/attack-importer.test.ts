import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { detectImporter } from '../../src/import/registry.ts';
import { importAttackFile, importAttackObjects } from '../../src/import/attack-importer.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { sourceIdentityId } from '../../src/knowledge/to-stix.ts';

const ICS = () => sharedPath('reference', 'attack', 'ics-attack-18.1.json');
const byName = (name: string) => loadDefaultKnowledge().find((e) => e.name === name)!;

async function named(store: Store, name: string) {
  const page = await store.list(SYSTEM, { types: ['intrusion-set'], limit: 5000 });
  return page.items.map((s) => s.object).filter((o) => o.name === name);
}

test('opstrack import detects an ATT&CK bundle', async (t) => {
  if (!requireShared(t)) return;
  assert.equal((await detectImporter(ICS())).name, 'mitre-attack');
});

for (const backend of BACKENDS) {
  describe(`ATT&CK importer (${backend})`, () => {
    test('known groups receive ATT&CK names instead of being duplicated; re-import is idempotent', (t) =>
      withStore(backend, async (store) => {
        if (!requireShared(t)) return;
        await loadKnowledge(store);
        const first = await importAttackFile(store, ICS());
        process.stderr.write(`# ${backend}: ATT&CK ICS read ${first.read}, new ${first.new}, merged ${first.merged.length}, overlaps ${first.overlaps.length}\n`);
        assert.equal(first.rejected, 0, JSON.stringify(first.rejections.slice(0, 3)));
        // Sandworm Team (G0034) is one object: the default one, which now carries ATT&CK's names.
        const sandworm = await named(store, 'Sandworm Team');
        assert.equal(sandworm.length, 1);
        assert.equal(sandworm[0]!.id, byName('Sandworm Team').id);
        assert.ok(first.merged.some((m) => m.into === sandworm[0]!.id));
        // ATT&CK's relationships now point at the known entity.
        const rels = await store.relationships(SYSTEM, sandworm[0]!.id, { direction: 'source' });
        assert.ok(rels.some((r) => r.object.relationship_type === 'uses'), 'uses relationships re-pointed');
        // Everything else in the bundle is stored (techniques, software, ATT&CK's own objects).
        assert.ok((await store.list(SYSTEM, { types: ['attack-pattern'], limit: 1 })).items.length === 1);

        const again = await importAttackFile(store, ICS());
        assert.equal(again.new, 0);
        assert.equal(again.conflicts, 0);
      }));

    test('an associated-group name that is another known group becomes an overlap claim, not a merge', () =>
      withStore(backend, async (store) => {
        await loadKnowledge(store);
        const salt = byName('Salt Typhoon');
        const volt = byName('Volt Typhoon');
        const bundle = [
          {
            type: 'intrusion-set',
            spec_version: '2.1',
            id: 'intrusion-set--3a7ae1c9-8d0e-4b36-a5d4-5c9f1b0a2e11',
            created: '2025-01-01T00:00:00.000Z',
            modified: '2025-01-01T00:00:00.000Z',
            name: 'Salt Typhoon',
            aliases: ['Salt Typhoon', 'BRONZE SILHOUETTE'],
            external_references: [{ source_name: 'mitre-attack', external_id: 'G1045' }],
          },
        ];
        const s = await importAttackObjects(store, bundle, 'synthetic');
        assert.deepEqual(s.overlaps.map((o) => [o.via, o.overlapsWith]), [['BRONZE SILHOUETTE', 'Volt Typhoon']]);
        assert.ok(s.notes.some((n) => n.includes('BRONZE SILHOUETTE')));
        assert.equal((await named(store, 'Salt Typhoon')).length, 1);
        const claims = (await store.list(SYSTEM, { types: ['x-opstrack-claim'], limit: 5000 })).items.map((i) => i.object);
        const overlap = claims.find((c) => c.stance === 'overlaps' && c.claimant_ref === sourceIdentityId('MITRE ATT&CK') && (c.subject_refs as string[]).includes(salt.id));
        assert.ok(overlap);
        assert.deepEqual([...(overlap.subject_refs as string[])].sort(), [salt.id, volt.id].sort());
        const [stored] = await store.get(SYSTEM, salt.id);
        assert.ok(stored);
        assert.ok(!(stored.object.aliases as string[]).includes('BRONZE SILHOUETTE'), 'never a same-name of Salt Typhoon');
      }));

    test('a malformed file changes nothing', () =>
      withStore(backend, async (store) => {
        const dir = mkdtempSync(join(tmpdir(), 'opstrack-attack-'));
        try {
          const file = join(dir, 'bad.json');
          writeFileSync(file, '{"type": "bundle", "objects": [{"type": "x-mitre-tactic",');
          await assert.rejects(importAttackFile(store, file), { code: 'OPS_ERR_STIX_NOT_JSON' });
          assert.equal((await store.list(SYSTEM, { limit: 1 })).items.length, 0);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }));
  });
}
