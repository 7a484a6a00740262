/**
 * Test data builders (Outline-style factories): valid STIX 2.1 objects with fresh ids and fixed
 * timestamps; pass overrides for what a test cares about.
 *
 * @example
 * const apt = buildIntrusionSet({ name: 'Volt Typhoon', object_marking_refs: [tlpMarkingId('amber')] });
 * const uses = buildRelationship(apt, buildMalware(), { relationship_type: 'uses' });
 */
import { randomUUID } from 'node:crypto';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { UserViewer, Role } from '../../src/model/viewer.ts';
import { tlpMarkingId, type TlpLevel } from '../../src/model/tlp.ts';

export const T0 = '2024-01-01T00:00:00.000Z';

type Overrides = Partial<StixObject> & Record<string, unknown>;

export function stixId(type: string): string {
  return `${type}--${randomUUID()}`;
}

/** An SDO of any type with the common properties. */
export function buildSdo(type: string, overrides: Overrides = {}): StixObject {
  return {
    type,
    spec_version: '2.1',
    id: stixId(type),
    created: T0,
    modified: (overrides.created as string | undefined) ?? T0,
    ...overrides,
  };
}

export function buildIndicator(overrides: Overrides = {}): StixObject {
  return buildSdo('indicator', {
    name: 'Malicious IP',
    pattern: "[ipv4-addr:value = '198.51.100.7']",
    pattern_type: 'stix',
    valid_from: T0,
    indicator_types: ['malicious-activity'],
    ...overrides,
  });
}

export function buildIntrusionSet(overrides: Overrides = {}): StixObject {
  return buildSdo('intrusion-set', { name: 'Test Group', ...overrides });
}

export function buildThreatActor(overrides: Overrides = {}): StixObject {
  return buildSdo('threat-actor', { name: 'Test Actor', threat_actor_types: ['nation-state'], ...overrides });
}

export function buildMalware(overrides: Overrides = {}): StixObject {
  return buildSdo('malware', { name: 'Test Malware', is_family: true, ...overrides });
}

export function buildIdentity(overrides: Overrides = {}): StixObject {
  return buildSdo('identity', { name: 'Test Org', identity_class: 'organization', ...overrides });
}

export function buildReport(objectRefs: string[], overrides: Overrides = {}): StixObject {
  return buildSdo('report', { name: 'Test Report', published: T0, object_refs: objectRefs, ...overrides });
}

type Ref = string | Pick<StixObject, 'id'>;
const refOf = (r: Ref): string => (typeof r === 'string' ? r : r.id);

export function buildRelationship(source: Ref, target: Ref, overrides: Overrides = {}): StixObject {
  return buildSdo('relationship', {
    relationship_type: 'uses',
    source_ref: refOf(source),
    target_ref: refOf(target),
    ...overrides,
  });
}

export function buildSighting(sightingOf: Ref, whereSighted: Ref[] = [], overrides: Overrides = {}): StixObject {
  return buildSdo('sighting', {
    sighting_of_ref: refOf(sightingOf),
    ...(whereSighted.length > 0 ? { where_sighted_refs: whereSighted.map(refOf) } : {}),
    ...overrides,
  });
}

/** An SCO: no created/modified, so it has exactly one version. */
export function buildIpv4(value = '198.51.100.7', overrides: Overrides = {}): StixObject {
  return { type: 'ipv4-addr', spec_version: '2.1', id: stixId('ipv4-addr'), value, ...overrides };
}

/** A later version of `object` (same id, new `modified`, with changes). */
export function nextVersion(object: StixObject, modified: string, changes: Overrides = {}): StixObject {
  return { ...object, modified, ...changes };
}

/** `object_marking_refs` for a TLP level, to spread into overrides. */
export function tlp(level: TlpLevel): { object_marking_refs: string[] } {
  return { object_marking_refs: [tlpMarkingId(level)] };
}

/** A signed-in user viewer. */
export function buildUserViewer(overrides: Partial<UserViewer> = {}): UserViewer {
  return { kind: 'user', userId: `user-${randomUUID()}`, orgId: `org-${randomUUID()}`, role: 'reader' as Role, ...overrides };
}
