/**
 * Issue 16, deliverable 3 (interchange): what leaves OpsTrack is clean STIX 2.1. Each test fails on
 * the finding it names: undeclared x_opstrack_* properties, misspelled industry-sector-ov values, TLP
 * 2.0 definitions unlike OASIS's, 1970 CVE dates, attribution relationships STIX does not define, a
 * plain mapping no surface delivered, observables with no indicator.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { exportBundle } from '../../src/import/bundle-exporter.ts';
import { exportPlain } from '../../src/claims/stix-mapping.ts';
import { proposeIndicators } from '../../src/import/indicators.ts';
import { cleanObjects } from '../../src/import/outgoing.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { extract } from '../../src/extract/extract.ts';
import { extractionToStix } from '../../src/extract/stix.ts';
import { loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { entityToStix } from '../../src/knowledge/to-stix.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE } from '../../src/model/claim.ts';
import { OPSTRACK_PROPERTIES_EXTENSION_ID } from '../../src/model/opstrack-extensions.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { inOpenVocabulary, isSpecRelationshipType } from '../../src/model/stix/vocab.ts';
import { tlpMarkingDefinitions, tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { oasisErrors } from '../claims/oasis-schemas.ts';
import { assertClean } from '../helpers/stix-clean.ts';

/** The five TLP 2.0 marking definitions as OASIS publishes them (cti-stix-common-objects, tlp-2.0). */
const OASIS_TLP2 = (
  [
    ['clear', '94868c89-83c2-464b-929b-a1a8aa3c8487'],
    ['green', 'bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
    ['amber', '55d920b0-5e8b-4f79-9ee9-91f868d9b421'],
    ['amber+strict', '939a9414-2ddd-4d32-a0cd-375ea402b003'],
    ['red', 'e828b379-4e03-4974-9ac4-e53a884c97c1'],
  ] as const
).map(([level, uuid]) =>
  JSON.stringify({
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${uuid}`,
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: level } },
  }),
);

test('TLP 2.0 marking definitions serialise byte for byte as the OASIS ones (no created_by_ref)', (t) => {
  assert.deepEqual(tlpMarkingDefinitions().map((d) => JSON.stringify(d)), OASIS_TLP2);
  if (!requireShared(t)) return;
  for (const d of tlpMarkingDefinitions()) assert.deepEqual(oasisErrors('common/marking-definition.json', d), []);
});

test('every sector value the default knowledge writes is spelled as industry-sector-ov', () => {
  const written = loadDefaultKnowledge().flatMap((e) => (entityToStix(e).sectors as string[] | undefined) ?? []);
  assert.ok(written.includes('nuclear') && written.includes('water') && written.includes('dams') && written.includes('emergency-services'));
  for (const s of written) assert.ok(inOpenVocabulary('industry-sector-ov', s), s);
  const elections = loadDefaultKnowledge().find((e) => e.sector === 'elections')!;
  const o = entityToStix(elections);
  assert.deepEqual(o.sectors, ['government']);
  assert.equal(o.x_opstrack_sector, 'elections');
});

async function exportedObjects(store: Parameters<typeof exportBundle>[0]): Promise<StixObject[]> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) });
  await exportBundle(store, out);
  return (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { objects: StixObject[] }).objects;
}

const TEXT = [
  'US agencies tie Volt Typhoon to China',
  'The FBI said Volt Typhoon, a group backed by China, used the server 203.0.113.77 and the domain update-check[.]example[.]net, and exploited CVE-2024-3400.',
  'China denied the accusation.',
].join('\n');

for (const backend of BACKENDS) {
  describe(`${backend}: exports`, () => {
    test('the bundle export declares OpsTrack properties, carries their definition once, fixes stored TLP and sector spellings', (t) =>
      withStore(backend, async (store) => {
        if (!requireShared(t)) return;
        await loadKnowledge(store);
        // As an earlier release stored them: a TLP definition with created_by_ref, a misspelled sector.
        const [tlpGreen] = tlpMarkingDefinitions().filter((d) => d.id === tlpMarkingId('green'));
        const legacyTlp = { ...tlpGreen!, created_by_ref: 'identity--e828b379-4e03-4974-9ac4-e53a884c97c1' };
        const legacySector: StixObject = {
          type: 'identity', spec_version: '2.1', id: 'identity--6f1c1d4e-2b9a-4c55-8d0e-3a7b9c1e2f40', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
          name: 'Old Water Utility', identity_class: 'organization', sectors: ['infrastructure-water', 'utilities'], x_opstrack_sector: 'water',
        };
        await store.put([legacyTlp, legacySector]);
        const objects = await exportedObjects(store);
        assertClean(objects);
        assert.equal(objects.filter((o) => o.id === OPSTRACK_PROPERTIES_EXTENSION_ID).length, 1, 'one definition');
        assert.equal(JSON.stringify(objects.find((o) => o.id === tlpMarkingId('green'))), OASIS_TLP2[1]);
        assert.deepEqual(objects.find((o) => o.id === legacySector.id)!.sectors, ['water', 'utilities']);
        assert.ok(objects.some((o) => Array.isArray(o.x_opstrack_aliases)), 'aliases still travel');
      }));

    test('the plain mapping from the store: no claim objects, spec relationship types, the objects it references', (t) =>
      withStore(backend, async (store) => {
        if (!requireShared(t)) return;
        await loadKnowledge(store);
        const bundle = await exportPlain(store, SYSTEM);
        assert.ok(!bundle.objects.some((o) => o.type === CLAIM_TYPE), 'no x-opstrack-claim');
        assert.ok(!bundle.objects.some((o) => o.type === 'extension-definition' && o.id === CLAIM_EXTENSION_ID));
        const rels = bundle.objects.filter((o) => o.type === 'relationship');
        assert.ok(rels.length > 10, `${rels.length} relationships`);
        assert.ok(!rels.some((r) => r.relationship_type === 'attributed-to' && String(r.target_ref).startsWith('location--')), 'no attributed-to a location');
        for (const r of rels) assert.ok(isSpecRelationshipType(r.relationship_type as string, String(r.source_ref).split('--')[0]), `${r.relationship_type} from ${r.source_ref}`);
        const ids = new Set(bundle.objects.map((o) => o.id));
        for (const r of rels) assert.ok(ids.has(r.source_ref as string) && ids.has(r.target_ref as string) && ids.has(r.created_by_ref as string), r.id);
        assertClean(bundle.objects);
      }));
  });
}

test('extract --stix: indicators indicate the named group, CVEs carry the extraction date, definitions travel', (t) => {
  if (!requireShared(t)) return;
  const now = new Date('2026-03-04T05:06:07.000Z');
  const bundle = extractionToStix(TEXT, extract(TEXT), { now });
  const objects = cleanObjects([...bundle.objects, ...proposeIndicators(bundle)]);
  assertClean(objects);
  const cve = objects.find((o) => o.type === 'vulnerability')!;
  assert.equal(cve.created, now.toISOString());
  const volt = objects.find((o) => o.type === 'intrusion-set' && o.name === 'Volt Typhoon')!;
  const indicators = objects.filter((o) => o.type === 'indicator');
  assert.deepEqual(indicators.map((i) => i.pattern).sort(), ["[domain-name:value = 'update-check.example.net']", "[ipv4-addr:value = '203.0.113.77']"]);
  for (const i of indicators) {
    assert.ok(objects.some((r) => r.type === 'relationship' && r.relationship_type === 'indicates' && r.source_ref === i.id && r.target_ref === volt.id), `${i.pattern} indicates Volt Typhoon`);
  }
  assert.ok(objects.some((o) => o.id === CLAIM_EXTENSION_ID), 'claim extension definition');
  assert.ok(objects.some((o) => o.id === OPSTRACK_PROPERTIES_EXTENSION_ID), 'properties extension definition');
});
