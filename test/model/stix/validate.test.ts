import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue, hasErrors, validateBundle, validateObject, type ValidationIssue } from '../../../src/model/stix/validate.ts';
import { SAMPLES } from './samples.ts';

type Obj = Record<string, unknown>;

const IDENTITY = 'identity--a463ffb3-1bd9-4d94-b02d-74e4f1658283';
const indicator = (extra: Obj = {}): Obj => ({
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  created_by_ref: IDENTITY,
  pattern: "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  pattern_type: 'stix',
  valid_from: '2016-01-01T00:00:00Z',
  ...extra,
});
const without = (o: Obj, key: string): Obj => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const errors = (issues: ValidationIssue[]): string[] => issues.filter((i) => i.severity === 'error').map(formatIssue);
const warnings = (issues: ValidationIssue[]): string[] => issues.filter((i) => i.severity === 'warning').map(formatIssue);
const bundleOf = (...objects: Obj[]): Obj => ({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects });

test('every sample object of every type validates cleanly', () => {
  for (const o of SAMPLES) assert.deepEqual(errors(validateObject(o)), [], String(o.type));
});

test('issue paths name the object in the bundle: objects[3].valid_from: required', () => {
  const objs = [indicator(), indicator(), indicator(), without(indicator(), 'valid_from')];
  assert.deepEqual(errors(validateBundle(bundleOf(...objs))), ['objects[3].valid_from: required']);
  assert.deepEqual(validateObject(without(indicator(), 'pattern'), 'objects[0]'), [
    { path: 'objects[0].pattern', message: 'required', severity: 'error' },
  ]);
});

test('all errors are returned, not just the first', () => {
  const bad = indicator({ confidence: 101, lang: 'not a tag!', labels: [], revoked: 'no', valid_until: '2015-01-01T00:00:00Z' });
  delete bad.pattern_type;
  const found = errors(validateBundle(bundleOf(bad, without(indicator(), 'pattern'))));
  assert.deepEqual(found.sort(), [
    'objects[0].confidence: must be between 0 and 100',
    'objects[0].labels: must not be empty',
    'objects[0].lang: must be an RFC 5646 language tag',
    'objects[0].pattern_type: required',
    'objects[0].revoked: must be a boolean',
    'objects[0].valid_until: must be later than valid_from',
    'objects[1].pattern: required',
  ]);
});

test('the validator never mutates, and keeps custom properties and extensions as they are', () => {
  const o = indicator({
    x_opstrack_claim: { who: 'A', whom: 'B' },
    x_score: 3,
    extensions: { 'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': { extension_type: 'property-extension', rank: 1 } },
  });
  const before = JSON.stringify(o);
  Object.freeze(o);
  assert.deepEqual(errors(validateObject(o)), []);
  assert.equal(JSON.stringify(o), before);
});

test('ids: format, RFC 4122 version/variant, and prefix equal to type', () => {
  assert.deepEqual(errors(validateObject(indicator({ id: 'indicator--1234' }))), ['id: must be type--UUID with an RFC 4122 UUID']);
  assert.deepEqual(errors(validateObject(indicator({ id: 'indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f' }))), [
    'id: must be type--UUID with an RFC 4122 UUID',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ id: 'malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }))), [
    'id: type part "malware" must match type "indicator"',
  ]);
  assert.deepEqual(errors(validateObject(without(indicator(), 'id'))), ['id: required']);
  // SDO ids SHOULD be v4; an SCO id that is not the deterministic v5 only warns.
  assert.deepEqual(warnings(validateObject(indicator({ id: 'indicator--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f' }))), ['id: SHOULD use a UUIDv4']);
  const ip = { type: 'ipv4-addr', id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd', value: '198.51.100.3' };
  assert.deepEqual(errors(validateObject(ip)), []);
  assert.deepEqual(warnings(validateObject(ip)), ['id: does not match the deterministic id ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4']);
});

test('timestamps: format, millisecond precision on created/modified, modified >= created', () => {
  assert.deepEqual(errors(validateObject(indicator({ valid_from: '2016-01-01' }))), [
    'valid_from: must be an RFC 3339 UTC timestamp like 2016-05-12T08:17:27.000Z',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ created: '2016-04-06T20:03:48Z' }))), ['created: must be precise to at least the millisecond']);
  assert.deepEqual(errors(validateObject(indicator({ modified: '2016-04-06T20:03:47.999Z' }))), ['modified: must be later than or equal to created']);
  assert.deepEqual(errors(validateObject(indicator({ valid_until: '2016-01-01T00:00:00.000Z' }))), ['valid_until: must be later than valid_from']);
  assert.deepEqual(errors(validateObject(indicator({ spec_version: '2.0' }))), ['spec_version: must be "2.1"']);
});

test('references must point at the types the spec names', () => {
  assert.deepEqual(errors(validateObject(indicator({ created_by_ref: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }))), [
    'created_by_ref: must reference identity, not indicator',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ object_marking_refs: [IDENTITY] }))), [
    'object_marking_refs[0]: must reference marking-definition, not identity',
  ]);
  const rel = {
    type: 'relationship',
    spec_version: '2.1',
    id: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
    created: '2016-04-06T20:06:37.000Z',
    modified: '2016-04-06T20:06:37.000Z',
    relationship_type: 'indicates',
    source_ref: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    target_ref: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
  };
  assert.deepEqual(errors(validateObject(rel)), ['target_ref: must reference an SDO or SCO, not relationship']);
  assert.deepEqual(warnings(validateObject({ ...rel, relationship_type: 'inspired-by', target_ref: IDENTITY })), [
    'relationship_type: "inspired-by" is not a relationship type the spec defines for indicator',
  ]);
  assert.deepEqual(errors(validateObject({ ...rel, relationship_type: 'Uses', target_ref: IDENTITY })), [
    'relationship_type: must be lowercase a-z, 0-9 and hyphens',
  ]);
});

test('type-specific rules: sighting count, opinion enum, malware family, location, observed-data', () => {
  const sample = (type: string): Obj => structuredClone(SAMPLES.find((o) => o.type === type)!);
  assert.deepEqual(errors(validateObject({ ...sample('sighting'), count: 1_000_000_000 })), ['count: must be between 0 and 999999999']);
  assert.deepEqual(errors(validateObject({ ...sample('sighting'), where_sighted_refs: ['malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'] })), [
    'where_sighted_refs[0]: must reference identity or location, not malware',
  ]);
  assert.deepEqual(errors(validateObject({ ...sample('opinion'), opinion: 'maybe' })), ['opinion: must be one of opinion-enum']);
  assert.deepEqual(errors(validateObject(without(sample('malware'), 'name'))), ['name: required when is_family is true']);
  assert.deepEqual(errors(validateObject({ ...without(sample('malware'), 'name'), is_family: false })), []);
  assert.deepEqual(errors(validateObject(without(sample('location'), 'longitude'))), [
    'longitude: required when the other coordinate is present',
    'precision: only allowed with latitude and longitude',
  ]);
  const od = sample('observed-data');
  assert.deepEqual(errors(validateObject({ ...od, objects: { 0: { type: 'ipv4-addr', id: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4', value: '1.2.3.4' } } })), [
    'must contain exactly one of objects, object_refs',
  ]);
  assert.deepEqual(errors(validateObject({ ...od, object_refs: ['indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'] })), [
    'object_refs[0]: must reference an SCO or SRO, not indicator',
  ]);
});

test('kill chain phases, external references and hashes have their shapes checked', () => {
  assert.deepEqual(errors(validateObject(indicator({ kill_chain_phases: [{ kill_chain_name: 'mitre-attack' }] }))), [
    'kill_chain_phases[0].phase_name: required',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ external_references: [{ source_name: 'vendor' }, { url: 'https://x.example' }] }))), [
    'external_references[0]: must contain at least one of description, url, external_id',
    'external_references[1].source_name: required',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ external_references: [{ source_name: 'cve', external_id: 'CVE-21-1' }] }))), [
    'external_references[0].external_id: a "cve" reference needs the CVE identifier (CVE-YYYY-NNNN)',
  ]);
  const file = { type: 'file', id: 'file--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', hashes: { MD5: 'xyz', 'x-custom': 'abc' } };
  assert.deepEqual(errors(validateObject(file)), ['hashes.MD5: not a valid MD5 value']);
  assert.deepEqual(errors(validateObject({ ...file, hashes: {} })), ['hashes: must not be empty']);
  assert.deepEqual(errors(validateObject({ type: 'file', id: file.id, size: 1 })), ['must contain at least one of hashes, name']);
});

test('open vocabularies warn, enumerations and closed rules error', () => {
  const identity = structuredClone(SAMPLES.find((o) => o.type === 'identity')!);
  const issues = validateObject({ ...identity, identity_class: 'clan', sectors: ['government-national', 'space'] });
  assert.equal(hasErrors(issues), false);
  assert.deepEqual(warnings(issues), ['identity_class: "clan" is not in identity-class-ov', 'sectors[1]: "space" is not in industry-sector-ov']);
  assert.deepEqual(errors(validateObject({ type: 'artifact', id: 'artifact--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', payload_bin: 'aGk=', encryption_algorithm: 'rot13' })), [
    'encryption_algorithm: must be one of encryption-algorithm-enum',
  ]);
});

test('custom properties and custom object types follow section 11', () => {
  assert.deepEqual(errors(validateObject(indicator({ x_ok_name: 1, 'X-Bad': 1, ab: 1, x_blob_bin: 'not base64!', x_nil: null }))).sort(), [
    'X-Bad: property name must be 3-250 characters of a-z, 0-9 and _',
    'ab: property name must be 3-250 characters of a-z, 0-9 and _',
    'x_blob_bin: must be base64 (RFC 4648)',
    'x_nil: must not be null',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ severity: 'high' }))), ['severity: reserved property name']);
  const custom = { type: 'x-acme-widget', id: 'x-acme-widget--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', spec_version: '2.1', created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z', size: 3 };
  assert.deepEqual(validateObject(custom), []);
  assert.deepEqual(errors(validateObject(without(custom, 'created'))), ['created: required']);
  assert.deepEqual(warnings(validateObject({ ...custom, type: 'acme-widget', id: 'acme-widget--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e' })), [
    'type: unknown type "acme-widget": custom object types SHOULD start with x- or be defined by an extension',
  ]);
  assert.deepEqual(errors(validateObject({ ...custom, type: 'action', id: 'action--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e' })), ['type: "action" is not an object type']);
});

test('extensions: extension-definition ids, predefined SCO extensions, deprecated custom -ext keys', () => {
  assert.deepEqual(errors(validateObject(indicator({ extensions: { foo: { a_b: 1 } } }))), [
    'extensions.foo: extension key must be an extension-definition id or a predefined extension name',
  ]);
  assert.deepEqual(errors(validateObject(indicator({ extensions: { 'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': { rank: 1 } } }))), [
    'extensions.extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e.extension_type: required',
  ]);
  const issues = validateObject(indicator({ extensions: { 'x-acme-ext': { score: 1 } } }));
  assert.deepEqual(errors(issues), []);
  assert.deepEqual(warnings(issues), ['extensions.x-acme-ext: custom extension key (deprecated): use an extension-definition id']);
  const file = { type: 'file', id: 'file--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', name: 'a.zip', extensions: { 'archive-ext': { contains_refs: ['ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4'] } } };
  assert.deepEqual(errors(validateObject(file)), ['extensions.archive-ext.contains_refs[0]: must reference file or directory, not ipv4-addr']);
  assert.deepEqual(errors(validateObject({ ...file, extensions: { 'ntfs-ext': {} } })), ['extensions.ntfs-ext: must contain at least one of sid, alternate_data_streams']);
});

test('marking definitions: statements, the fixed TLP 1.0 objects, extension-defined markings', () => {
  const tlpGreen = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: 'TLP:GREEN',
    definition: { tlp: 'green' },
  };
  assert.deepEqual(validateObject(tlpGreen), []);
  assert.deepEqual(errors(validateObject({ ...tlpGreen, definition: { tlp: 'amber' } })), [
    'a tlp marking-definition must be exactly one of the four standard TLP objects (section 7.2.1.4)',
  ]);
  const statement = SAMPLES.find((o) => o.type === 'marking-definition')!;
  assert.deepEqual(errors(validateObject({ ...statement, definition: { text: 'x' } })), ['definition.statement: required (a string)']);
  assert.deepEqual(errors(validateObject(without(statement, 'definition'))), ['definition: required (unless the marking is defined by an extension)']);
});

test('extension definitions: created_by_ref required, extension_properties only for toplevel extensions', () => {
  const def = SAMPLES.find((o) => o.type === 'extension-definition')!;
  assert.deepEqual(errors(validateObject(without(def, 'created_by_ref'))), ['created_by_ref: required']);
  assert.deepEqual(errors(validateObject({ ...def, extension_properties: ['x_a'] })), ['extension_properties: only allowed with a toplevel-property-extension']);
  assert.deepEqual(errors(validateObject({ ...def, extension_types: ['new-thing'] })), ['extension_types[0]: must be one of extension-type-enum']);
});

test('granular marking selectors must select something in the object', () => {
  const gm = (selectors: string[]): Obj => indicator({ granular_markings: [{ marking_ref: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', selectors }] });
  assert.deepEqual(errors(validateObject(gm(['pattern', 'created_by_ref']))), []);
  assert.deepEqual(errors(validateObject(gm(['description']))), ['granular_markings[0].selectors[0]: "description" selects nothing in this object']);
});

test('bundles: shape, empty object lists, non-object members', () => {
  assert.deepEqual(errors(validateBundle([])), ['must be a JSON object']);
  assert.deepEqual(errors(validateBundle({ type: 'bundle', id: 'bundle--1', objects: [] })), [
    'id: must be bundle--UUID with an RFC 4122 UUID',
    'objects: must not be empty',
  ]);
  assert.deepEqual(errors(validateBundle(bundleOf(indicator(), 'text' as unknown as Obj))), ['objects[1]: must be a JSON object']);
  assert.deepEqual(warnings(validateBundle({ ...bundleOf(indicator()), spec_version: '2.0' })), ['spec_version: bundles carry no spec_version in STIX 2.1']);
  assert.deepEqual(errors(validateObject('nope')), ['must be a JSON object']);
});

test('bundles warn about a repeated object version; the TLP 2.0 markings OpsTrack ships validate', async () => {
  const issues = validateBundle(bundleOf(indicator(), indicator(), indicator({ modified: '2017-01-01T00:00:00.000Z' })));
  assert.deepEqual(errors(issues), []);
  assert.deepEqual(warnings(issues), ['objects[1]: same id and version as objects[0]']);
  const { tlpMarkingDefinitions } = await import('../../../src/model/tlp.ts');
  for (const m of tlpMarkingDefinitions()) assert.deepEqual(errors(validateObject(m)), [], String(m.name));
});

test('language-content keys are language tags', () => {
  const lc = SAMPLES.find((o) => o.type === 'language-content')!;
  assert.deepEqual(errors(validateObject({ ...lc, contents: { 'not a tag': { name: 'x' } } })), [
    'contents.not a tag: dictionary key must be 1-250 characters of a-z, A-Z, 0-9, _ or -',
    'contents.not a tag: key must be an RFC 5646 language tag',
  ]);
});

test('range messages say which bound was broken', () => {
  const ip = { type: 'network-traffic', id: 'network-traffic--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', src_ref: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4', protocols: ['tcp'] };
  assert.deepEqual(errors(validateObject({ ...ip, src_byte_count: -1, dst_port: 70000, src_port: 1.5 })), [
    'src_byte_count: must be 0 or more',
    'dst_port: must be between 0 and 65535',
    'src_port: must be an integer',
  ]);
});

test('input keys that name Object.prototype members are plain data (regressions found by fuzzing)', () => {
  assert.deepEqual(errors(validateObject(indicator({ valueOf: [], constructor: 1 }))), [
    'valueOf: property name must be 3-250 characters of a-z, 0-9 and _',
    'valueOf: must not be empty',
  ]);
  const custom = { type: 'constructor', id: 'constructor--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', extensions: { toString: { a: 1 } } };
  assert.deepEqual(errors(validateObject(custom)), ['extensions.toString: extension key must be an extension-definition id or a predefined extension name']);
  const file = { type: 'file', id: 'file--6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e', hashes: { toString: 'abc' } };
  assert.deepEqual(errors(validateObject(file)), []);
  // A null contributing value must not make the verdict depend on a random id.
  const url = { type: 'url', id: 'url--47c3cf9a-5027-5bf0-997a-017c7edc7c55', value: null };
  assert.deepEqual(validateObject(url), validateObject(url));
});
