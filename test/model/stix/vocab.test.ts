import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENUMERATIONS, OPEN_VOCABULARIES, inEnumeration, inOpenVocabulary, isSpecRelationshipType } from '../../../src/model/stix/vocab.ts';
import { SCO_TYPES, SDO_TYPES, SRO_TYPES, META_TYPES } from '../../../src/model/stix/types.ts';

test('open vocabularies and enumerations hold the spec values', () => {
  assert.ok(inOpenVocabulary('industry-sector-ov', 'government-national'));
  assert.ok(inOpenVocabulary('threat-actor-type-ov', 'nation-state'));
  assert.ok(inOpenVocabulary('attack-motivation-ov', 'organizational-gain'));
  assert.ok(!inOpenVocabulary('identity-class-ov', 'Organization'), 'vocabularies are case-sensitive');
  assert.ok(inEnumeration('opinion-enum', 'strongly-disagree'));
  assert.ok(!inEnumeration('opinion-enum', 'unsure'));
  for (const [name, values] of Object.entries({ ...OPEN_VOCABULARIES, ...ENUMERATIONS })) {
    assert.equal(new Set(values).size, values.length, `${name} has duplicates`);
    assert.ok(values.length > 1, name);
  }
});

test('relationship types: common ones for any source, specific ones per source type', () => {
  assert.ok(isSpecRelationshipType('related-to', 'x-custom'));
  assert.ok(isSpecRelationshipType('indicates', 'indicator'));
  assert.ok(!isSpecRelationshipType('indicates', 'malware'));
  assert.ok(isSpecRelationshipType('attributed-to', 'intrusion-set'));
  assert.ok(isSpecRelationshipType('uses'));
  assert.ok(!isSpecRelationshipType('accused-of'));
});

test('the type lists name 19 SDOs, 2 SROs, 18 SCOs and 3 meta objects, once each', () => {
  const all = [...SDO_TYPES, ...SRO_TYPES, ...SCO_TYPES, ...META_TYPES];
  assert.deepEqual([SDO_TYPES.length, SRO_TYPES.length, SCO_TYPES.length, META_TYPES.length], [19, 2, 18, 3]);
  assert.equal(new Set(all).size, all.length);
});
