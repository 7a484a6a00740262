/**
 * What a stored version holds beside its JSON: the denormalised columns that queries filter,
 * search and rank on, derived once from the object on the way in.
 */
import type { StixObject } from '../model/stix/core.ts';
import { declareOpstrackProperties } from '../model/opstrack-extensions.ts';
import { tlpOf } from '../model/tlp.ts';
import { Errors } from '../errors.ts';
import { searchableText, searchFieldsOf, type SearchFieldText } from './search-fields.ts';
import { normaliseSearchText } from './search-text.ts';
import { versionKeyOf } from './versions.ts';
import type { Endpoint, ObjectRow } from './object-row-shape.ts';

export type { Endpoint, ObjectRow } from './object-row-shape.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/**
 * Adds one endpoint unless present. A module-level function, not a closure: the TypeScript loader
 * (tsx, which also runs production) names every closure it creates with a defineProperty call,
 * which cost more than the rest of this derivation in a bulk import.
 */
function addEndpoint(out: Endpoint[], ref: unknown, role: Endpoint['role']): void {
  if (typeof ref !== 'string' || !ref) return;
  for (const e of out) if (e.ref === ref && e.role === role) return;
  out.push({ ref, role });
}

/** Endpoints of relationships (source_ref, target_ref) and sightings (sighting_of_ref, where_sighted_refs). */
function endpointsOf(object: StixObject): Endpoint[] {
  const out: Endpoint[] = [];
  if (object.type === 'relationship') {
    addEndpoint(out, object.source_ref, 'source');
    addEndpoint(out, object.target_ref, 'target');
  } else if (object.type === 'sighting') {
    addEndpoint(out, object.sighting_of_ref, 'source');
    for (const ref of strings(object.where_sighted_refs)) addEndpoint(out, ref, 'target');
  }
  return out;
}

/**
 * Derives the row of `object` (at `path` in the caller's batch, for error messages). Every write
 * (put, putRows from import workers) comes through here, so this is where an object carrying
 * `x_opstrack_*` properties gains the extension that declares them (opstrack-extensions.ts), once,
 * at write time: TAXII and /api/objects serve the stored text unparsed, and it is already clean.
 */
export function toObjectRow(object: StixObject, path: string): ObjectRow {
  if (!object || typeof object !== 'object' || Array.isArray(object)) throw new Errors.STIX_INVALID(`${path}: not an object`, { field: path });
  if (typeof object.type !== 'string' || !object.type) throw new Errors.STIX_INVALID(`${path}.type: required`, { field: `${path}.type` });
  if (typeof object.id !== 'string' || !object.id.startsWith(`${object.type}--`)) {
    throw new Errors.STIX_INVALID(`${path}.id: required, of the form ${object.type}--<uuid>`, { field: `${path}.id` });
  }
  const name = str(object.name);
  const description = str(object.description);
  const aliasList = strings(object.aliases);
  const endpoints = endpointsOf(object);
  const fields = searchFieldsOf(object);
  // Loops, not find/filter/map callbacks: each callback is a closure the loader names (see addEndpoint).
  let searchName: SearchFieldText | undefined;
  const searchAliases: string[] = [];
  const searchable: string[] = [];
  for (const f of fields) {
    if (searchName === undefined && (f.field === 'name' || f.field === 'observable')) searchName = f;
    if (f.field === 'alias') {
      const alias = normaliseSearchText(f.text);
      if (alias) searchAliases.push(alias);
    }
    const text = normaliseSearchText(searchableText(f));
    if (text) searchable.push(text);
  }
  return {
    id: object.id,
    version: versionKeyOf(object, path),
    versionText: (object.modified ?? object.created ?? null) as string | null,
    type: object.type,
    specVersion: str(object.spec_version) ?? '2.1',
    revoked: object.revoked === true ? 1 : 0,
    name,
    description,
    aliases: aliasList.length > 0 ? aliasList.join('\n') : null,
    sourceRef: endpoints.find((e) => e.role === 'source')?.ref ?? null,
    targetRef: endpoints.find((e) => e.role === 'target')?.ref ?? null,
    createdByRef: str(object.created_by_ref),
    tlp: tlpOf(object) ?? null,
    // Stored with OpsTrack's top-level properties declared (issue 16): reads serve the text as it is.
    json: JSON.stringify(declareOpstrackProperties(object)),
    searchName: searchName ? ` ${normaliseSearchText(searchName.text)}` : null,
    searchAliases: searchAliases.length > 0 ? `\n${searchAliases.map((a) => ` ${a}`).join('\n')}\n` : null,
    searchText: searchable.length > 0 ? ` ${searchable.join(' ')}` : null,
    endpoints,
  };
}
