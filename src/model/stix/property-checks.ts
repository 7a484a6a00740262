/**
 * Building blocks of the STIX validator: typed property checks (string, integer ranges, timestamps,
 * references, lists, dictionaries, hashes), object shapes, and the custom-property rules of
 * section 11.1. Each check pushes issues with the JSON path it was handed; none mutates input.
 * @module
 */
import { idType } from './ids.ts';
import { timestampProblem, type TimestampPrecision } from './timestamps.ts';
import { ENUMERATIONS, inOpenVocabulary, type Enumeration, type OpenVocabulary } from './vocab.ts';
import { META_TYPES, SCO_TYPES, SDO_TYPES, SRO_TYPES } from './types.ts';

export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `objects[3].valid_from`; '' for the root. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export type Obj = Record<string, unknown>;
export type Issues = ValidationIssue[];
export type Check = (value: unknown, path: string, out: Issues) => void;

export const error = (out: Issues, path: string, message: string): void => void out.push({ path, message, severity: 'error' });
export const warn = (out: Issues, path: string, message: string): void => void out.push({ path, message, severity: 'warning' });
export const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const has = (o: Obj, k: string): boolean => o[k] !== undefined;
/** Table lookup by a key from the input: never reach Object.prototype (`valueOf`, `constructor`, ...). */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export const SDO = new Set<string>(SDO_TYPES);
export const SRO = new Set<string>(SRO_TYPES);
export const SCO = new Set<string>(SCO_TYPES);
export const META = new Set<string>(META_TYPES);

/** Section 3.1 (type names) and 11.1 (custom property names). */
export const TYPE_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PROPERTY_NAME_RE = /^[a-z0-9_]{3,250}$/;
const DICT_KEY_RE = /^[a-zA-Z0-9_-]{1,250}$/;
export const EXT_DEF_KEY_RE = /^extension-definition--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
export const CUSTOM_EXT_KEY_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-ext$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const HEX_RE = /^(?:[a-fA-F0-9]{2})+$/;
const URL_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
export const LANG_RE = /^(?:[a-zA-Z]{2,8}|[xXiI])(?:-[a-zA-Z0-9]{1,8})*$/;
export const IPV4_RE = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\/(?:3[0-2]|[12]?\d))?$/;
export const MAC_RE = /^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$/;
const HASH_PATTERNS: Record<string, RegExp> = {
  MD5: /^[a-fA-F0-9]{32}$/,
  'SHA-1': /^[a-fA-F0-9]{40}$/,
  'SHA-256': /^[a-fA-F0-9]{64}$/,
  'SHA-512': /^[a-fA-F0-9]{128}$/,
  'SHA3-256': /^[a-fA-F0-9]{64}$/,
  'SHA3-512': /^[a-fA-F0-9]{128}$/,
  SSDEEP: /^[a-zA-Z0-9/+:.]{1,128}$/,
  TLSH: /^[a-zA-Z0-9]{70}$/,
};
const HASH_KEY_RE = /^[a-zA-Z0-9_-]{3,250}$/;
/** Section 3.1: names no object may use, reserved for future versions. */
const RESERVED_PROPERTIES = new Set(['severity', 'action', 'username', 'phone_numbers']);

export const str: Check = (v, p, out) => {
  if (typeof v !== 'string') error(out, p, 'must be a string');
};
export const bool: Check = (v, p, out) => {
  if (typeof v !== 'boolean') error(out, p, 'must be a boolean');
};
const outOfRange = (v: number, min?: number, max?: number): string | undefined => {
  if ((min === undefined || v >= min) && (max === undefined || v <= max)) return undefined;
  if (max === undefined) return `must be ${min} or more`;
  return min === undefined ? `must be ${max} or less` : `must be between ${min} and ${max}`;
};
export const int = (min?: number, max?: number): Check => (v, p, out) => {
  if (typeof v !== 'number' || !Number.isInteger(v)) return error(out, p, 'must be an integer');
  const problem = outOfRange(v, min, max);
  if (problem) error(out, p, problem);
};
export const num = (min?: number, max?: number): Check => (v, p, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return error(out, p, 'must be a number');
  const problem = outOfRange(v, min, max);
  if (problem) error(out, p, problem);
};
export const ts = (precision: TimestampPrecision = 'any'): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a timestamp string');
  const problem = timestampProblem(v, precision);
  if (problem) error(out, p, problem);
};
export const matching = (re: RegExp, what: string, severity: 'error' | 'warning' = 'error'): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a string');
  if (!re.test(v)) (severity === 'error' ? error : warn)(out, p, `must be ${what}`);
};
export const bin = matching(BASE64_RE, 'base64 (RFC 4648)');
export const hex = matching(HEX_RE, 'an even number of hex digits');
export const url = matching(URL_RE, 'a URL (RFC 3986)');
export const lang = matching(LANG_RE, 'an RFC 5646 language tag');

/** Open vocabulary: any string is allowed, values outside the vocabulary warn. */
export const ov = (vocab: OpenVocabulary): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a string');
  if (!inOpenVocabulary(vocab, v)) warn(out, p, `"${v}" is not in ${vocab}`);
};
export const enumOf = (name: Enumeration): Check => {
  const allowed = new Set<string>(ENUMERATIONS[name]);
  return (v, p, out) => {
    if (typeof v !== 'string') return error(out, p, 'must be a string');
    if (!allowed.has(v)) error(out, p, `must be one of ${name}`);
  };
};

/** Reference target rule: allowed types, or types it must not be. */
export type RefRule = { only?: ReadonlySet<string>; not?: ReadonlySet<string>; label: string };
export const refTo = (...types: string[]): RefRule => ({ only: new Set(types), label: types.join(' or ') });
export const refNot = (types: Iterable<string>, label: string): RefRule => ({ not: new Set(types), label });
const ANY: RefRule = { label: 'any object' };

export const ref = (rule: RefRule = ANY): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be an identifier string');
  const t = idType(v);
  if (t === undefined) return error(out, p, 'must be an identifier (type--UUID, RFC 4122)');
  if ((rule.only && !rule.only.has(t)) || rule.not?.has(t)) error(out, p, `must reference ${rule.label}, not ${t}`);
};

/** Lists: section 2.8, empty lists are prohibited. */
export const list = (item: Check): Check => (v, p, out) => {
  if (!Array.isArray(v)) return error(out, p, 'must be a list');
  if (v.length === 0) return error(out, p, 'must not be empty');
  for (let i = 0; i < v.length; i++) item(v[i], `${p}[${i}]`, out);
};

/** A value anywhere in STIX: no nulls, no empty lists (section 2.8, 3.1). */
function checkGenericValue(v: unknown, p: string, out: Issues): void {
  if (v === null) error(out, p, 'must not be null');
  else if (Array.isArray(v) && v.length === 0) error(out, p, 'must not be empty');
}

/** Dictionaries (section 2.7): keys a-zA-Z0-9_- up to 250 characters, at least one entry. */
export const dict = (value: Check = checkGenericValue): Check => (v, p, out) => {
  if (!isObj(v)) return error(out, p, 'must be a dictionary (JSON object)');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  for (const k of keys) {
    if (!DICT_KEY_RE.test(k)) error(out, join(p, k), 'dictionary key must be 1-250 characters of a-z, A-Z, 0-9, _ or -');
    value(v[k], join(p, k), out);
  }
};
export const dictOf = (check: Check): Check => dict((v, p, out) => (v === null ? error(out, p, 'must not be null') : check(v, p, out)));

/** Section 2.6 hashes: hash-algorithm-ov keys with their formats, or custom keys; values strings. */
export const hashes: Check = (v, p, out) => {
  if (!isObj(v)) return error(out, p, 'must be a hashes dictionary');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  for (const k of keys) {
    const hp = join(p, k);
    const value = v[k];
    if (typeof value !== 'string') {
      error(out, hp, 'hash value must be a string');
      continue;
    }
    const pattern = own(HASH_PATTERNS, k);
    if (pattern) {
      if (!pattern.test(value)) error(out, hp, `not a valid ${k} value`);
    } else if (!HASH_KEY_RE.test(k)) {
      error(out, hp, 'custom hash key must be 3-250 characters of a-z, A-Z, 0-9, _ or -');
    } else {
      warn(out, hp, `"${k}" is not in hash-algorithm-ov`);
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Embedded object types

export interface Shape {
  props: Record<string, Check>;
  required?: readonly string[];
  /** At least one of these must be present. */
  atLeastOne?: readonly string[];
  /** Exactly one of these must be present. */
  exactlyOne?: readonly string[];
  rules?: (o: Obj, path: string, out: Issues) => void;
}

/** `custom`: properties the shape does not define are custom properties (top-level objects). */
export function checkShape(o: Obj, shape: Shape, path: string, out: Issues, custom = false): void {
  for (const r of shape.required ?? []) if (!has(o, r)) error(out, join(path, r), 'required');
  if (shape.atLeastOne && !shape.atLeastOne.some((k) => has(o, k))) {
    error(out, path, `must contain at least one of ${shape.atLeastOne.join(', ')}`);
  }
  if (shape.exactlyOne && shape.exactlyOne.filter((k) => has(o, k)).length !== 1) {
    error(out, path, `must contain exactly one of ${shape.exactlyOne.join(', ')}`);
  }
  const props = shape.props;
  for (const k in o) {
    const check = own(props, k);
    const v = o[k];
    if (check !== undefined) {
      if (v !== null) check(v, join(path, k), out);
      else if (check !== upFront) error(out, join(path, k), 'must not be null');
    } else if (custom) checkCustomProperty(k, v, join(path, k), out);
  }
  shape.rules?.(o, path, out);
}

export const embedded = (shape: Shape): Check => (v, p, out) => {
  if (!isObj(v)) return error(out, p, 'must be an object');
  checkShape(v, shape, p, out);
};

// ---------------------------------------------------------------------------------------------
// Custom properties (section 11.1)

export function checkCustomProperty(name: string, v: unknown, p: string, out: Issues): void {
  if (RESERVED_PROPERTIES.has(name)) return error(out, p, 'reserved property name');
  if (!PROPERTY_NAME_RE.test(name)) error(out, p, 'property name must be 3-250 characters of a-z, 0-9 and _');
  checkGenericValue(v, p, out);
  // Section 2.1/2.11: custom binary and hex properties are named for their encoding.
  if (name.endsWith('_bin')) bin(v, p, out);
  else if (name.endsWith('_hex')) hex(v, p, out);
}

/** type, id and spec_version: checked up front by validateInto, skipped by checkShape. */
export const upFront: Check = () => {};
