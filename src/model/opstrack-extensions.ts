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
/** Bumped when OPSTRACK_PROPERTIES changes (x_opstrack_country added 2026-12-02). */
const PROPERTIES_MODIFIED = '2026-12-02T12:00:00.000Z';

/** Every custom property OpsTrack writes on standard STIX objects, and what it holds. */
export const OPSTRACK_PROPERTIES: Readonly<Record<string, string>> = {
  x_opstrack_aliases:
    'every name of the entity with its language, source, form and relation (same or overlap); `aliases` keeps only the same-entity names',
  x_opstrack_country:
    'code of a country ISO 3166-1 does not assign (Kosovo: XK, user-assigned); such a location carries region and name instead of country',
  x_opstrack_sector: 'OpsTrack sector slug of an identity (finer than industry-sector-ov, e.g. elections)',
  x_opstrack_speaks_for: 'identity or location a person or body speaks for (a spokesperson for a state)',
  x_opstrack_text: 'full text of a report as stored; claim evidence offsets (UTF-16) point into it',
  x_opstrack_sha256: 'SHA-256 of x_opstrack_text (hex)',
  x_opstrack_published_known: 'false when the publication date of a report is unknown: `published` (required by STIX) then holds the extraction time, never a date the source gave',
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
    modified: PROPERTIES_MODIFIED,
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

/**
 * Countries whose code is user-assigned, not an ISO 3166-1 one (Kosovo's `XK`, used by the EU, IMF
 * and SWIFT), with the region-ov value that places them. STIX `country` takes ISO 3166-1 codes only
 * (the OASIS validator warns on `XK`), so such a location carries its region and name, and the code
 * stays in `x_opstrack_country` for OpsTrack's resolver and extraction (docs/interchange.md).
 */
const USER_ASSIGNED_COUNTRIES: Readonly<Record<string, string>> = { XK: 'southern-europe' };

/** The location properties that name a country by its code: `country`, or region and `x_opstrack_country`. */
export function countryProperties(code: string): { country: string } | { region: string; x_opstrack_country: string } {
  const region = USER_ASSIGNED_COUNTRIES[code];
  return region === undefined ? { country: code } : { region, x_opstrack_country: code };
}

/**
 * A location as it should leave: one stored by a release before 2026-12-02 with a user-assigned
 * code in `country` gets `countryProperties` instead (a copy); any other object is returned as is.
 */
export function isoCountry<T extends Record<string, unknown>>(o: T): T {
  if (o.type !== 'location' || typeof o.country !== 'string' || !Object.hasOwn(USER_ASSIGNED_COUNTRIES, o.country)) return o;
  const { country, ...rest } = o;
  return { region: USER_ASSIGNED_COUNTRIES[country], ...rest, ...countryProperties(country) } as unknown as T;
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
