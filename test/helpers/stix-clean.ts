/**
 * What every outgoing bundle must pass (issue 16, interchange): each object against its OASIS
 * schema (../shared/reference, never copied), custom properties declared by OpsTrack's extension,
 * every extension's definition in the bundle, sectors in industry-sector-ov, real dates, TLP
 * definitions without created_by_ref. Shared by the interchange and export tests.
 */
import assert from 'node:assert/strict';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { OPSTRACK_PROPERTIES, OPSTRACK_PROPERTIES_EXTENSION_ID } from '../../src/model/opstrack-extensions.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { inOpenVocabulary } from '../../src/model/stix/vocab.ts';
import { oasisErrors } from '../claims/oasis-schemas.ts';

/** The OASIS schema file for a standard type; undefined for OpsTrack's own claim type. */
export function schemaOf(type: string): string | undefined {
  if (type === CLAIM_TYPE) return undefined;
  if (type === 'relationship' || type === 'sighting') return `sros/${type}.json`;
  if (type === 'marking-definition' || type === 'extension-definition') return `common/${type}.json`;
  if (/^(ipv4-addr|ipv6-addr|domain-name|url|email-addr|file|mutex|mac-addr)$/.test(type)) return `observables/${type}.json`;
  return `sdos/${type}.json`;
}

/** Every object of a bundle against its OASIS schema, and OpsTrack's own rules for clean exchange. */
export function assertClean(objects: readonly StixObject[]): void {
  const ids = new Set(objects.map((o) => o.id));
  for (const o of objects) {
    const schema = schemaOf(o.type);
    if (schema) assert.deepEqual(oasisErrors(schema, o), [], `${o.id} against ${schema}`);
    const custom = Object.keys(o).filter((k) => k.startsWith('x_'));
    for (const k of custom) {
      assert.ok(Object.hasOwn(OPSTRACK_PROPERTIES, k), `${o.id}: ${k} is one OpsTrack declares`);
      const ext = (o.extensions as Record<string, { extension_type?: string }> | undefined)?.[OPSTRACK_PROPERTIES_EXTENSION_ID];
      assert.equal(ext?.extension_type, 'toplevel-property-extension', `${o.id}: ${k} declared by the OpsTrack extension`);
    }
    for (const extId of Object.keys((o.extensions as object | undefined) ?? {})) {
      if (extId.startsWith('extension-definition--') && o.type !== 'marking-definition') assert.ok(ids.has(extId), `${o.id}: definition ${extId} travels in the bundle`);
    }
    for (const s of (o.sectors as string[] | undefined) ?? []) assert.ok(inOpenVocabulary('industry-sector-ov', s), `${o.id}: sector ${s} in industry-sector-ov`);
    if (o.type === 'vulnerability') assert.ok(!String(o.created).startsWith('1970'), `${o.id}: a real date`);
    if (o.type === 'marking-definition') assert.equal(o.created_by_ref, undefined, `${o.id}: no created_by_ref`);
  }
}

