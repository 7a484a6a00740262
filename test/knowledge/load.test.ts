import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { sourceIdentityId } from '../../src/knowledge/to-stix.ts';
import { knowledgeStats } from '../../src/knowledge/stats.ts';

const byName = (name: string) => loadDefaultKnowledge().find((e) => e.name === name)!;

async function all(store: Store, types: string[]) {
  const out = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { types, limit: 1000, cursor });
    out.push(...page.items.map((s) => s.object));
    cursor = page.next;
  } while (cursor);
  return out;
}

test('the default knowledge has what issue 5 asks for', () => {
  const s = knowledgeStats();
  assert.ok(s.kinds.country! >= 249, `countries ${s.kinds.country}`);
  assert.ok(s.kinds.group! >= 150, `groups ${s.kinds.group}`);
  const sectors = loadDefaultKnowledge().filter((e) => e.kind === 'sector').map((e) => e.sector);
  for (const slug of ['telecommunications', 'government', 'finance', 'transportation', 'energy', 'defense', 'healthcare', 'technology', 'education', 'media', 'water', 'manufacturing', 'elections', 'critical-infrastructure']) {
    assert.ok(sectors.includes(slug), slug);
  }
  for (const lang of ['en', 'vi', 'zh', 'ru', 'fr', 'de', 'es']) assert.ok(s.aliasesByLang[lang]! > 100, `${lang}: ${s.aliasesByLang[lang]}`);
  // Salt Typhoon's vendor clusters are overlaps with their sources, never same-names.
  const salt = byName('Salt Typhoon');
  assert.equal(salt.attackId, 'G1045');
  assert.deepEqual(salt.aliases.filter((a) => a.relation === 'overlap').map((a) => a.name).sort(), ['Earth Estries', 'FamousSparrow', 'GhostEmperor', 'RedMike', 'UNC2286']);
  assert.ok(salt.aliases.every((a) => a.relation !== 'overlap' || a.source));
  const volt = byName('Volt Typhoon');
  for (const n of ['BRONZE SILHOUETTE', 'Vanguard Panda', 'DEV-0391', 'UNC3236', 'Voltzite', 'Insidious Taurus']) {
    assert.ok(volt.aliases.some((a) => a.name === n && a.source === 'MITRE ATT&CK'), n);
  }
});

for (const backend of BACKENDS) {
  describe(`knowledge load (${backend})`, () => {
    test('loads every entity, attributions as claims by their source, idempotently', () =>
      withStore(backend, async (store) => {
        const t0 = performance.now();
        const first = await loadKnowledge(store);
        const ms = performance.now() - t0;
        process.stderr.write(`# ${backend}: default knowledge loaded in ${ms.toFixed(0)} ms (${first.new} objects, ${first.claims} claims)\n`);
        assert.equal(first.rejected, 0, JSON.stringify(first.rejections.slice(0, 3)));
        assert.equal(first.conflicts, 0);
        const k = loadDefaultKnowledge();
        assert.equal((await all(store, ['location'])).length, k.filter((e) => e.type === 'location').length);
        assert.equal((await all(store, ['intrusion-set', 'threat-actor'])).length, k.filter((e) => e.kind === 'group').length);

        // Volt Typhoon -> China is a claim by Microsoft (and one by CISA), read from a report.
        const volt = byName('Volt Typhoon');
        const claims = (await all(store, ['x-opstrack-claim'])).filter((c) => (c.subject_refs as string[]).includes(volt.id));
        const byMicrosoft = claims.find((c) => c.claimant_ref === sourceIdentityId('Microsoft'));
        assert.ok(byMicrosoft, 'claim by Microsoft');
        assert.equal(byMicrosoft.stance, 'attributes');
        assert.deepEqual(byMicrosoft.addressee_refs, [byName('China').id]);
        const [report] = await store.get(SYSTEM, byMicrosoft.source_ref as string);
        assert.ok(report);
        assert.ok((report.object.object_refs as string[]).includes(byMicrosoft.id));
        const [ms1] = await store.get(SYSTEM, sourceIdentityId('Microsoft'));
        assert.ok(ms1);
        assert.equal(ms1.object.name, 'Microsoft');
        // Overlap between two known groups: a claim by its source, both entities kept.
        const apt42 = byName('APT42');
        const overlap = (await all(store, ['x-opstrack-claim'])).find((c) => c.stance === 'overlaps' && (c.subject_refs as string[]).includes(apt42.id));
        assert.ok(overlap && (overlap.subject_refs as string[]).includes(byName('Magic Hound').id));
        assert.equal(overlap.claimant_ref, sourceIdentityId('Mandiant'));
        // Aliases travel as STIX aliases (same-names only) and x_opstrack_aliases (with overlaps).
        const [salt] = await store.get(SYSTEM, byName('Salt Typhoon').id);
        assert.ok(salt);
        assert.ok(!(salt.object.aliases as string[] | undefined)?.includes('GhostEmperor'));
        assert.ok((salt.object.x_opstrack_aliases as Array<{ name: string; relation?: string }>).some((a) => a.name === 'GhostEmperor' && a.relation === 'overlap'));

        const again = await loadKnowledge(store);
        assert.equal(again.new, 0);
        assert.equal(again.conflicts, 0);
        assert.equal(again.unchanged, again.read);
      }));
  });
}
