import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { Store } from '../../src/storage/store.ts';
import { detectImporter } from '../../src/import/registry.ts';
import { importAttackFile } from '../../src/import/attack-importer.ts';
import { importMispGalaxyFile } from '../../src/import/misp-galaxy-importer.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { loadDefaultKnowledge, normalizeName } from '../../src/knowledge/index.ts';
import { sourceIdentityId } from '../../src/knowledge/to-stix.ts';

const ACTORS = () => sharedPath('reference', 'misp-galaxy', 'clusters', 'threat-actor.json');
const SECTORS = () => sharedPath('reference', 'misp-galaxy', 'clusters', 'sector.json');
const ICS = () => sharedPath('reference', 'attack', 'ics-attack-18.1.json');
const byName = (name: string) => loadDefaultKnowledge().find((e) => e.name === name)!;

async function all(store: Store, types: string[]): Promise<StixObject[]> {
  const out: StixObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { types, limit: 1000, cursor });
    out.push(...page.items.map((s) => s.object));
    cursor = page.next;
  } while (cursor);
  return out;
}

/** Groups that ARE the named group: by name or a same-alias (overlap names excluded). */
function sameGroups(groups: StixObject[], name: string): StixObject[] {
  const key = normalizeName(name);
  return groups.filter((g) => [g.name as string, ...((g.aliases as string[] | undefined) ?? [])].some((n) => normalizeName(n) === key));
}

test('opstrack import detects a MISP galaxy cluster file', async (t) => {
  if (!requireShared(t)) return;
  assert.equal((await detectImporter(ACTORS())).name, 'misp-galaxy');
});

for (const backend of BACKENDS) {
  describe(`MISP galaxy importer (${backend})`, () => {
    test('default + ATT&CK + MISP: one Volt Typhoon, one Salt Typhoon; overlaps are claims; re-import idempotent', (t) =>
      withStore(backend, async (store) => {
        if (!requireShared(t)) return;
        await loadKnowledge(store);
        await importAttackFile(store, ICS());
        const t0 = performance.now();
        const s = await importMispGalaxyFile(store, ACTORS());
        const ms = performance.now() - t0;
        assert.equal(s.rejected, 0, JSON.stringify(s.rejections.slice(0, 3)));
        const groups = await all(store, ['intrusion-set', 'threat-actor']);
        const claims = await all(store, ['x-opstrack-claim']);
        process.stderr.write(
          `# ${backend}: MISP read ${s.read}, new ${s.new} in ${ms.toFixed(0)} ms; matched ${s.merged.length} known groups, ` +
            `${s.overlaps.length} overlaps; store now has ${groups.length} groups, ${claims.length} claims\n`,
        );

        for (const name of ['Volt Typhoon', 'Salt Typhoon']) {
          const same = sameGroups(groups, name);
          assert.equal(same.length, 1, `${name}: ${same.map((g) => `${g.name} ${g.id}`).join(', ')}`);
          assert.equal(same[0]!.id, byName(name).id);
        }
        // MISP's Volt Typhoon cluster was matched to the default entity (its synonyms were all known already).
        assert.ok(s.merged.some((m) => m.name === 'Volt Typhoon' && m.into === byName('Volt Typhoon').id));
        // MISP's APT1 cluster brought names the default lacked.
        const [apt1] = await store.get(SYSTEM, byName('APT1').id);
        assert.ok(apt1);
        assert.ok((apt1.object.x_opstrack_aliases as Array<{ source?: string }>).some((a) => a.source === 'MISP galaxy'));

        // MISP's GhostEmperor cluster lists Salt Typhoon as a synonym: kept apart, an overlap claim by the galaxy.
        const ghost = groups.filter((g) => g.name === 'GhostEmperor');
        assert.equal(ghost.length, 1);
        assert.ok(s.overlaps.some((o) => o.name === 'GhostEmperor' && o.overlapsWith === 'Salt Typhoon'));
        const galaxy = sourceIdentityId('MISP galaxy');
        const overlap = claims.find((c) => c.stance === 'overlaps' && c.claimant_ref === galaxy && (c.subject_refs as string[]).includes(ghost[0]!.id));
        assert.ok(overlap && (overlap.subject_refs as string[]).includes(byName('Salt Typhoon').id));

        // Suspected state sponsor -> attribution claim by the galaxy, with victims and sectors.
        const apt28 = byName('APT28');
        const attribution = claims.find((c) => c.stance === 'attributes' && c.claimant_ref === galaxy && (c.subject_refs as string[]).includes(apt28.id));
        assert.ok(attribution);
        assert.deepEqual(attribution.addressee_refs, [byName('Russia').id]);
        assert.ok((attribution.targeted_sectors as string[]).includes('government'), JSON.stringify(attribution.targeted_sectors));
        const targets = await store.relationships(SYSTEM, apt28.id, { direction: 'source', relationshipTypes: ['targets'] });
        assert.ok(targets.some((r) => r.object.target_ref === byName('Government').id && r.object.created_by_ref === galaxy));

        const again = await importMispGalaxyFile(store, ACTORS());
        assert.equal(again.new, 0, 'idempotent re-import');
        assert.equal(again.conflicts, 0);
        assert.equal(sameGroups(await all(store, ['intrusion-set']), 'Salt Typhoon').length, 1);
      }));

    test('a galaxy that is not threat actors is refused and changes nothing', (t) =>
      withStore(backend, async (store) => {
        if (!requireShared(t)) return;
        await assert.rejects(importMispGalaxyFile(store, SECTORS()), { code: 'OPS_ERR_INGEST_UNSUPPORTED' });
        assert.equal((await store.list(SYSTEM, { limit: 1 })).items.length, 0);
      }));
  });
}
