/**
 * OpenCTI's conventions for the STIX it imports, as docs/interchange.md ("OpenCTI conventions")
 * writes them down from OpenCTI's importer (pycti) and converter: every check fails on a bundle
 * OpenCTI would read differently from what OpsTrack means.
 */
import assert from 'node:assert/strict';
import type { StixObject } from '../../src/model/stix/core.ts';
import { isSpecRelationshipType } from '../../src/model/stix/vocab.ts';

const SCO = new Set(['ipv4-addr', 'ipv6-addr', 'domain-name', 'url', 'email-addr', 'file', 'mutex', 'mac-addr', 'autonomous-system', 'email-message', 'artifact', 'directory', 'network-traffic', 'process', 'software', 'user-account', 'windows-registry-key', 'x509-certificate']);
const IDENTITY_CLASSES = new Set(['organization', 'individual', 'class', 'system']);
const TLP_NAME = /^TLP:(CLEAR|GREEN|AMBER|AMBER\+STRICT|RED)$/;

export function assertOpenCtiConventions(objects: readonly StixObject[]): void {
  const byId = new Map(objects.map((o) => [o.id, o]));
  for (const o of objects) {
    // created_by_ref: an identity of a class OpenCTI has an entity type for, in the same bundle.
    if (o.created_by_ref !== undefined) {
      const author = byId.get(o.created_by_ref as string);
      assert.ok(author, `${o.id}: created_by_ref ${o.created_by_ref} travels in the bundle`);
      assert.equal(author.type, 'identity', `${o.id}: created_by_ref is an identity`);
      assert.ok(IDENTITY_CLASSES.has(String(author.identity_class)), `${author.id}: identity_class ${author.identity_class} maps to an OpenCTI type`);
    }
    // Markings: in the bundle; TLP ones named TLP:<LEVEL> (how OpenCTI derives definition_type and definition when the object has none).
    for (const m of (o.object_marking_refs as string[] | undefined) ?? []) {
      const def = byId.get(m);
      assert.ok(def && def.type === 'marking-definition', `${o.id}: marking ${m} travels in the bundle`);
      assert.ok(def.definition_type !== undefined || TLP_NAME.test(String(def.name)), `${m}: named TLP:<LEVEL> or typed`);
    }
    // Labels: plain non-empty strings on SDOs and SROs; none on SCOs (STIX 2.1 gives them none).
    if (o.labels !== undefined) {
      assert.ok(!SCO.has(o.type), `${o.id}: no labels on an SCO`);
      assert.ok(Array.isArray(o.labels) && (o.labels as unknown[]).every((l) => typeof l === 'string' && l.trim().length > 0), `${o.id}: labels are non-empty strings`);
    }
    // Relationships: a type STIX defines for the source type, both ends in the bundle.
    if (o.type === 'relationship') {
      const from = String(o.source_ref).split('--')[0]!;
      assert.ok(isSpecRelationshipType(String(o.relationship_type), from), `${o.id}: ${o.relationship_type} from ${from}`);
      assert.ok(byId.has(o.source_ref as string) && byId.has(o.target_ref as string), `${o.id}: both ends in the bundle`);
    }
    // Containers (report, note, opinion, observed-data): every reference resolvable in the bundle.
    if (Array.isArray(o.object_refs)) for (const r of o.object_refs as string[]) assert.ok(byId.has(r), `${o.id}: object_refs ${r} in the bundle`);
    // Locations: OpenCTI infers Country from `country`, Region from `region` (no x_opencti_location_type needed).
    if (o.type === 'location') assert.ok(typeof o.country === 'string' || typeof o.region === 'string', `${o.id}: a country or a region`);
    // External references: source_name always.
    for (const r of (o.external_references as Array<{ source_name?: unknown }> | undefined) ?? []) assert.equal(typeof r.source_name, 'string', `${o.id}: external reference source_name`);
  }
}
