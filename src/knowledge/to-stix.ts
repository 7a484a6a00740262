/**
 * Known entities as STIX 2.1 objects and back. Names travel in two properties: the spec's `aliases`
 * (intrusion-set, threat-actor, malware, tool, campaign) with the names that are the same entity,
 * and `x_opstrack_aliases` with every name plus its language, source and relation (overlaps
 * included), which location and identity lack a standard place for. Reading back prefers
 * `x_opstrack_aliases`, so overlaps survive a round trip and never become plain aliases.
 */
import type { StixObject } from '../model/stix/core.ts';
import { countryProperties } from '../model/opstrack-extensions.ts';
import { stixSectorsOf } from './data/sectors.ts';
import { knowledgeId, slugKey } from './ids.ts';
import type { KnownAlias, KnownEntity, KnownEntityKind, KnownEntityType } from './types.ts';

/** created/modified of the built-in knowledge; bump when the data changes so stores take the new version. */
export const KNOWLEDGE_TIMESTAMP = '2026-11-25T00:00:00.000Z';
export const ATTACK_SOURCE = 'mitre-attack';

const TYPES_WITH_ALIASES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign']);

export interface ToStixOptions {
  createdBy?: string;
  timestamp?: string;
}

export function entityToStix(e: KnownEntity, opts: ToStixOptions = {}): StixObject {
  const ts = opts.timestamp ?? KNOWLEDGE_TIMESTAMP;
  const o: StixObject = { type: e.type, spec_version: '2.1', id: e.id, created: ts, modified: ts, name: e.name };
  if (opts.createdBy) o.created_by_ref = opts.createdBy;
  if (e.description) o.description = e.description;
  switch (e.type) {
    case 'location':
      if (e.code) Object.assign(o, countryProperties(e.code));
      if (e.region) o.region = e.region;
      break;
    case 'identity':
      o.identity_class = e.kind === 'sector' ? 'class' : 'organization';
      // A company carries its sector too (STIX identity.sectors), so naming it names the sector.
      if (e.sector) {
        // Only industry-sector-ov values go in `sectors`; the slug travels in x_opstrack_sector.
        const stix = stixSectorsOf(e.sector);
        if (stix.length) o.sectors = stix;
        o.x_opstrack_sector = e.sector;
      }
      break;
    case 'malware':
      o.is_family = true;
      break;
  }
  const same = [...new Set(e.aliases.filter((a) => (a.relation ?? 'same') === 'same').map((a) => a.name))];
  if (TYPES_WITH_ALIASES.has(e.type) && same.length) o.aliases = same;
  if (e.aliases.length) o.x_opstrack_aliases = e.aliases.map((a) => ({ ...a }));
  if (e.attackId) {
    const kind = e.attackId.startsWith('G') ? 'groups' : 'software';
    o.external_references = [{ source_name: ATTACK_SOURCE, external_id: e.attackId, url: `https://attack.mitre.org/${kind}/${e.attackId}` }];
  }
  return o;
}

const KIND_OF_TYPE: Record<string, KnownEntityKind> = {
  'intrusion-set': 'group',
  'threat-actor': 'group',
  malware: 'software',
  tool: 'software',
  location: 'country',
};

/** The ATT&CK id in an object's external references (G0007, S0013), if any. */
export function attackIdOf(o: StixObject): string | undefined {
  const refs = Array.isArray(o.external_references) ? (o.external_references as Array<Record<string, unknown>>) : [];
  const ref = refs.find((r) => r.source_name === ATTACK_SOURCE && typeof r.external_id === 'string');
  return ref?.external_id as string | undefined;
}

/** A stored STIX object as a KnownEntity for resolution (undefined for types that are not entities). */
export function stixToEntity(o: StixObject): KnownEntity | undefined {
  if (typeof o.name !== 'string' || !o.name) return undefined;
  let kind = KIND_OF_TYPE[o.type];
  if (o.type === 'identity') kind = o.identity_class === 'class' ? 'sector' : 'organization';
  if (!kind) return undefined;
  const code = typeof o.country === 'string' ? o.country : typeof o.x_opstrack_country === 'string' ? o.x_opstrack_country : undefined;
  if (o.type === 'location' && typeof o.region === 'string' && code === undefined) kind = 'region';
  else if (o.type === 'location' && code === undefined) return undefined;
  let aliases: KnownAlias[];
  if (Array.isArray(o.x_opstrack_aliases)) {
    aliases = (o.x_opstrack_aliases as KnownAlias[]).filter((a) => a && typeof a.name === 'string');
  } else {
    aliases = (Array.isArray(o.aliases) ? (o.aliases as unknown[]) : []).filter((n): n is string => typeof n === 'string' && n !== o.name).map((name) => ({ name }));
  }
  const attackId = attackIdOf(o);
  return {
    id: o.id,
    type: o.type as KnownEntityType,
    kind,
    name: o.name,
    ...(kind === 'country' ? { code: code! } : {}),
    ...(kind === 'region' ? { region: o.region as string } : {}),
    ...(typeof o.x_opstrack_sector === 'string' ? { sector: o.x_opstrack_sector } : {}),
    ...(attackId ? { attackId } : {}),
    aliases,
  };
}

/** The identity that stands for a source of claims and names (a vendor, an agency, a dataset). */
export function sourceIdentity(name: string, opts: ToStixOptions & { description?: string } = {}): StixObject {
  const ts = opts.timestamp ?? KNOWLEDGE_TIMESTAMP;
  return {
    type: 'identity',
    spec_version: '2.1',
    id: sourceIdentityId(name),
    created: ts,
    modified: ts,
    name,
    identity_class: 'organization',
    ...(opts.description ? { description: opts.description } : {}),
  };
}

export function sourceIdentityId(name: string): string {
  return knowledgeId('identity', 'source', slugKey(name));
}
