/**
 * OpsTrack as a STIX producer: its identity, and the extension-definition that declares the custom
 * `x_opstrack_*` properties OpsTrack writes on standard objects (STIX 2.1 section 7.3).
 *
 * Why a `toplevel-property-extension` rather than a nested `property-extension`: the properties
 * have been written at the top level of stored objects since the first release (the web UI, the
 * knowledge resolver and earlier exports read them there). A top-level property extension declares
 * exactly that shape: the object keeps `x_opstrack_aliases` where it is and says, in
 * `extensions["extension-definition--…"]`, which definition the property comes from. The definition
 * lists every property it adds in `extension_properties`, so a consumer can tell ours from anyone
 * else's. Exports add the declaration on the way out (`declareOpstrackProperties`), so objects
 * stored by earlier releases leave clean too, and every bundle that uses it carries this definition.
 * @module
 */
import type { StixObject } from './stix/core.ts';

/** Fixed forever (a UUIDv4 drawn once): the same on every install. */
export const OPSTRACK_IDENTITY_ID = 'identity--dc08cb54-20bd-43d9-83b1-ca82f9550e6b';
/** Fixed forever (a UUIDv4 drawn once): the definition of OpsTrack's top-level properties. */
export const OPSTRACK_PROPERTIES_EXTENSION_ID = 'extension-definition--5cc1468e-0aee-46fa-adaa-a136b2d09597';
const PUBLISHED = '2026-11-25T00:00:00.000Z';
const PROPERTIES_PUBLISHED = '2026-12-02T00:00:00.000Z';

/** Every custom property OpsTrack writes on standard STIX objects, and what it holds. */
export const OPSTRACK_PROPERTIES: Readonly<Record<string, string>> = {
  x_opstrack_aliases:
    'every name of the entity with its language, source, form and relation (same or overlap); `aliases` keeps only the same-entity names',
  x_opstrack_sector: 'OpsTrack sector slug of an identity (finer than industry-sector-ov, e.g. elections)',
  x_opstrack_speaks_for: 'identity or location a person or body speaks for (a spokesperson for a state)',
  x_opstrack_text: 'full text of a report as stored; claim evidence offsets (UTF-16) point into it',
  x_opstrack_sha256: 'SHA-256 of x_opstrack_text (hex)',
};

export function opstrackIdentity(): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: OPSTRACK_IDENTITY_ID,
    created: PUBLISHED,
    modified: PUBLISHED,
    name: 'OpsTrack',
    identity_class: 'system',
    description: 'The OpsTrack project: publisher of the x-opstrack-claim STIX extension.',
  };
}

export function opstrackPropertiesDefinition(): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: OPSTRACK_PROPERTIES_EXTENSION_ID,
    created_by_ref: OPSTRACK_IDENTITY_ID,
    created: PROPERTIES_PUBLISHED,
    modified: PROPERTIES_PUBLISHED,
    name: 'OpsTrack properties',
    description:
      'Top-level properties OpsTrack adds to standard STIX objects: ' +
      Object.entries(OPSTRACK_PROPERTIES)
        .map(([name, meaning]) => `${name}: ${meaning}`)
        .join('; ') +
      '.',
    schema: 'https://github.com/opstrack/opstrack/blob/main/docs/interchange.md#opstrack-properties',
    version: '1.0.0',
    extension_types: ['toplevel-property-extension'],
    extension_properties: Object.keys(OPSTRACK_PROPERTIES),
  };
}

/** Whether an object carries any OpsTrack top-level property. */
export function usesOpstrackProperties(o: Readonly<Record<string, unknown>>): boolean {
  for (const key of Object.keys(o)) if (Object.hasOwn(OPSTRACK_PROPERTIES, key)) return true;
  return false;
}

/**
 * The object with its OpsTrack properties declared (a copy; the input is left alone), or the object
 * itself when it has none or declares them already.
 */
export function declareOpstrackProperties<T extends Record<string, unknown>>(o: T): T {
  if (!usesOpstrackProperties(o)) return o;
  const extensions = (o.extensions ?? {}) as Record<string, unknown>;
  if (Object.hasOwn(extensions, OPSTRACK_PROPERTIES_EXTENSION_ID)) return o;
  return { ...o, extensions: { ...extensions, [OPSTRACK_PROPERTIES_EXTENSION_ID]: { extension_type: 'toplevel-property-extension' } } };
}
