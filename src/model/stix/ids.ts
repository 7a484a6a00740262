/**
 * STIX 2.1 identifiers (section 2.9): `object-type--UUID` with an RFC 4122 UUID. SDOs, SROs and
 * meta objects use random UUIDv4; SCOs use a UUIDv5 computed from their ID contributing properties
 * (section 6.1 and each SCO's "ID Contributing Properties"), so the same observable gets the same id
 * wherever it is produced.
 * @module
 */
import { v4 as uuidv4, v5 as uuidv5 } from 'uuid';
import type { StixId } from './core.ts';

/** The namespace every producer uses for SCO UUIDv5 ids (section 2.9). */
export const SCO_ID_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** RFC 4122: versions 1-5, variant bits 10xx. Hex is case-insensitive on input. */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
export const UUID_RE = new RegExp(`^${UUID}$`);
/** The object-type part follows the type-name rule (section 3.1: a-z, 0-9, hyphen; no `--`). */
export const STIX_ID_RE = new RegExp(`^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)--(${UUID})$`);

/** Per SCO type, in spec order; `hashes` contributes only one hash (see pickHash). */
export const ID_CONTRIBUTING_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  artifact: ['hashes', 'payload_bin'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['from_ref', 'subject', 'body'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': ['start', 'end', 'src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols', 'extensions'],
  process: [],
  software: ['name', 'cpe', 'swid', 'vendor', 'version'],
  url: ['value'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
};

const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'];

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

const TYPE_PART_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
/** Ids repeat a lot in real data (created_by_ref, markings, relationship ends). */
const typeCache = new Map<string, string>();

/** Whether s[start, start+36) is an RFC 4122 UUID; hand-rolled because every reference goes through it. */
function uuidAt(s: string, start: number): boolean {
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(start + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (c >= 128 || HEX[c] !== 1) return false;
  }
  const version = s.charCodeAt(start + 14);
  const variant = s.charCodeAt(start + 19) | 0x20; // lower-case
  return version >= 49 && version <= 53 && (variant === 56 || variant === 57 || variant === 97 || variant === 98);
}

/** The type part of a well-formed STIX id, else undefined. */
export function idType(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const cached = typeCache.get(id);
  if (cached !== undefined) return cached;
  const n = id.length;
  if (n < 40 || id.charCodeAt(n - 37) !== 45 || id.charCodeAt(n - 38) !== 45 || !uuidAt(id, n - 36)) return undefined;
  const type = id.slice(0, n - 38);
  if (!TYPE_PART_RE.test(type)) return undefined;
  if (typeCache.size > 50_000) typeCache.clear();
  typeCache.set(id, type);
  return type;
}

export function isStixId(id: unknown, type?: string): id is StixId {
  const t = idType(id);
  return t !== undefined && (type === undefined || t === type);
}

/** The UUID version digit of a well-formed id (1-5), else undefined. */
export function idVersion(id: string): number | undefined {
  return idType(id) === undefined ? undefined : id.charCodeAt(id.length - 22) - 48;
}

/** A fresh random id for any object type. */
export function newId<T extends string>(type: T): StixId<T> {
  return `${type}--${uuidv4()}` as StixId<T>;
}

/**
 * JSON canonicalisation as RFC 8785 defines it for the values STIX carries: object keys sorted by
 * UTF-16 code units, no whitespace, ECMAScript number and string serialisation (what JSON.stringify
 * already does for finite numbers and strings).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** The one hash that contributes to an id: the first of MD5, SHA-1, SHA-256, SHA-512, else the first key. */
function pickHash(hashes: Record<string, unknown>): Record<string, unknown> | undefined {
  const key = HASH_PREFERENCE.find((k) => Object.hasOwn(hashes, k)) ?? Object.keys(hashes)[0];
  return key === undefined ? undefined : { [key]: hashes[key] };
}

/** The ID contributing properties of an SCO as the object the UUIDv5 name is built from; undefined when none are present. */
export function idContributingObject(object: { type: string; [k: string]: unknown }): Record<string, unknown> | undefined {
  const props = Object.hasOwn(ID_CONTRIBUTING_PROPERTIES, object.type) ? ID_CONTRIBUTING_PROPERTIES[object.type] : undefined;
  if (!props) return undefined;
  const out: Record<string, unknown> = {};
  for (const prop of props) {
    const value = object[prop];
    if (value === undefined || value === null) continue;
    if (prop === 'hashes') {
      const one = typeof value === 'object' && !Array.isArray(value) ? pickHash(value as Record<string, unknown>) : undefined;
      if (one) out.hashes = one;
    } else {
      out[prop] = value;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The id an SCO should carry: UUIDv5 over the canonical JSON of its ID contributing properties, or
 * a random UUIDv4 when it has none (process always; custom SCO types too).
 * @example scoId({ type: 'ipv4-addr', value: '198.51.100.3' }) // 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd'
 */
export function scoId(object: { type: string; [k: string]: unknown }): StixId {
  const contributing = idContributingObject(object);
  if (!contributing) return newId(object.type);
  return `${object.type}--${uuidv5(canonicalJson(contributing), SCO_ID_NAMESPACE)}` as StixId;
}
