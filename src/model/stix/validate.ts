/**
 * A STIX 2.1 validator written from the specification (no JSON Schema engine in the product path).
 * Per-type rule tables are built once at load; validating an object walks its own properties once.
 * It reports every problem it finds (errors for MUSTs, warnings for SHOULDs and open vocabularies)
 * with a JSON path (`objects[3].valid_from: required`) and never mutates its input, so custom
 * properties and extensions pass through untouched.
 * @module
 */
import { isIPv6 } from 'node:net';
import { ID_CONTRIBUTING_PROPERTIES, idType, idVersion, scoId } from './ids.ts';
import { compareTimestamps, timestampProblem, type TimestampPrecision } from './timestamps.ts';
import { ENUMERATIONS, inOpenVocabulary, isSpecRelationshipType, type Enumeration, type OpenVocabulary } from './vocab.ts';
import { META_TYPES, SCO_TYPES, SDO_TYPES, SRO_TYPES } from './types.ts';

export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `objects[3].valid_from`; '' for the root. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `objects[3].valid_from: required` */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

// ---------------------------------------------------------------------------------------------
// Building blocks

type Obj = Record<string, unknown>;
type Issues = ValidationIssue[];
type Check = (value: unknown, path: string, out: Issues) => void;

const error = (out: Issues, path: string, message: string): void => void out.push({ path, message, severity: 'error' });
const warn = (out: Issues, path: string, message: string): void => void out.push({ path, message, severity: 'warning' });
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string): boolean => o[k] !== undefined;

const SDO = new Set<string>(SDO_TYPES);
const SRO = new Set<string>(SRO_TYPES);
const SCO = new Set<string>(SCO_TYPES);
const META = new Set<string>(META_TYPES);

/** Section 3.1 (type names) and 11.1 (custom property names). */
const TYPE_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PROPERTY_NAME_RE = /^[a-z0-9_]{3,250}$/;
const DICT_KEY_RE = /^[a-zA-Z0-9_-]{1,250}$/;
const EXT_DEF_KEY_RE = /^extension-definition--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const CUSTOM_EXT_KEY_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-ext$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const HEX_RE = /^(?:[a-fA-F0-9]{2})+$/;
const URL_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
const LANG_RE = /^(?:[a-zA-Z]{2,8}|[xXiI])(?:-[a-zA-Z0-9]{1,8})*$/;
const IPV4_RE = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\/(?:3[0-2]|[12]?\d))?$/;
const MAC_RE = /^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$/;
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

const str: Check = (v, p, out) => {
  if (typeof v !== 'string') error(out, p, 'must be a string');
};
const bool: Check = (v, p, out) => {
  if (typeof v !== 'boolean') error(out, p, 'must be a boolean');
};
const outOfRange = (v: number, min?: number, max?: number): string | undefined => {
  if ((min === undefined || v >= min) && (max === undefined || v <= max)) return undefined;
  if (max === undefined) return `must be ${min} or more`;
  return min === undefined ? `must be ${max} or less` : `must be between ${min} and ${max}`;
};
const int = (min?: number, max?: number): Check => (v, p, out) => {
  if (typeof v !== 'number' || !Number.isInteger(v)) return error(out, p, 'must be an integer');
  const problem = outOfRange(v, min, max);
  if (problem) error(out, p, problem);
};
const num = (min?: number, max?: number): Check => (v, p, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return error(out, p, 'must be a number');
  const problem = outOfRange(v, min, max);
  if (problem) error(out, p, problem);
};
const ts = (precision: TimestampPrecision = 'any'): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a timestamp string');
  const problem = timestampProblem(v, precision);
  if (problem) error(out, p, problem);
};
const matching = (re: RegExp, what: string, severity: 'error' | 'warning' = 'error'): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a string');
  if (!re.test(v)) (severity === 'error' ? error : warn)(out, p, `must be ${what}`);
};
const bin = matching(BASE64_RE, 'base64 (RFC 4648)');
const hex = matching(HEX_RE, 'an even number of hex digits');
const url = matching(URL_RE, 'a URL (RFC 3986)');
const lang = matching(LANG_RE, 'an RFC 5646 language tag');

/** Open vocabulary: any string is allowed, values outside the vocabulary warn. */
const ov = (vocab: OpenVocabulary): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be a string');
  if (!inOpenVocabulary(vocab, v)) warn(out, p, `"${v}" is not in ${vocab}`);
};
const enumOf = (name: Enumeration): Check => {
  const allowed = new Set<string>(ENUMERATIONS[name]);
  return (v, p, out) => {
    if (typeof v !== 'string') return error(out, p, 'must be a string');
    if (!allowed.has(v)) error(out, p, `must be one of ${name}`);
  };
};

/** Reference target rule: allowed types, or types it must not be. */
type RefRule = { only?: ReadonlySet<string>; not?: ReadonlySet<string>; label: string };
const refTo = (...types: string[]): RefRule => ({ only: new Set(types), label: types.join(' or ') });
const refNot = (types: Iterable<string>, label: string): RefRule => ({ not: new Set(types), label });
const ANY: RefRule = { label: 'any object' };

const ref = (rule: RefRule = ANY): Check => (v, p, out) => {
  if (typeof v !== 'string') return error(out, p, 'must be an identifier string');
  const t = idType(v);
  if (t === undefined) return error(out, p, 'must be an identifier (type--UUID, RFC 4122)');
  if ((rule.only && !rule.only.has(t)) || rule.not?.has(t)) error(out, p, `must reference ${rule.label}, not ${t}`);
};

/** Lists: section 2.8, empty lists are prohibited. */
const list = (item: Check): Check => (v, p, out) => {
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
const dict = (value: Check = checkGenericValue): Check => (v, p, out) => {
  if (!isObj(v)) return error(out, p, 'must be a dictionary (JSON object)');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  for (const k of keys) {
    if (!DICT_KEY_RE.test(k)) error(out, join(p, k), 'dictionary key must be 1-250 characters of a-z, A-Z, 0-9, _ or -');
    value(v[k], join(p, k), out);
  }
};
const dictOf = (check: Check): Check => dict((v, p, out) => (v === null ? error(out, p, 'must not be null') : check(v, p, out)));

/** Section 2.6 hashes: hash-algorithm-ov keys with their formats, or custom keys; values strings. */
const hashes: Check = (v, p, out) => {
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
    const pattern = HASH_PATTERNS[k];
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

interface Shape {
  props: Record<string, Check>;
  required?: readonly string[];
  /** At least one of these must be present. */
  atLeastOne?: readonly string[];
  /** Exactly one of these must be present. */
  exactlyOne?: readonly string[];
  rules?: (o: Obj, path: string, out: Issues) => void;
}

/** `custom`: properties the shape does not define are custom properties (top-level objects). */
function checkShape(o: Obj, shape: Shape, path: string, out: Issues, custom = false): void {
  for (const r of shape.required ?? []) if (!has(o, r)) error(out, join(path, r), 'required');
  if (shape.atLeastOne && !shape.atLeastOne.some((k) => has(o, k))) {
    error(out, path, `must contain at least one of ${shape.atLeastOne.join(', ')}`);
  }
  if (shape.exactlyOne && shape.exactlyOne.filter((k) => has(o, k)).length !== 1) {
    error(out, path, `must contain exactly one of ${shape.exactlyOne.join(', ')}`);
  }
  const props = shape.props;
  for (const k in o) {
    const check = props[k];
    const v = o[k];
    if (check !== undefined) {
      if (v !== null) check(v, join(path, k), out);
      else if (check !== upFront) error(out, join(path, k), 'must not be null');
    } else if (custom) checkCustomProperty(k, v, join(path, k), out);
  }
  shape.rules?.(o, path, out);
}

const embedded = (shape: Shape): Check => (v, p, out) => {
  if (!isObj(v)) return error(out, p, 'must be an object');
  checkShape(v, shape, p, out);
};

const killChainPhase = embedded({
  props: {
    kill_chain_name: (v, p, out) => {
      str(v, p, out);
      if (typeof v === 'string' && !/^[a-z0-9-]+$/.test(v)) warn(out, p, 'SHOULD be lowercase with hyphens');
    },
    phase_name: (v, p, out) => {
      str(v, p, out);
      if (typeof v === 'string' && !/^[a-z0-9-]+$/.test(v)) warn(out, p, 'SHOULD be lowercase with hyphens');
    },
  },
  required: ['kill_chain_name', 'phase_name'],
});

const externalReference = embedded({
  props: { source_name: str, description: str, url, hashes, external_id: str },
  required: ['source_name'],
  rules(o, p, out) {
    if (!has(o, 'description') && !has(o, 'url') && !has(o, 'external_id')) {
      error(out, p, 'must contain at least one of description, url, external_id');
    }
    // Section 2.5 / 4.19: CVE and CAPEC references carry their identifier in external_id.
    if (o.source_name === 'cve' && !(typeof o.external_id === 'string' && /^CVE-\d{4}-(?:0\d{3}|[1-9]\d{3,})$/.test(o.external_id))) {
      error(out, join(p, 'external_id'), 'a "cve" reference needs the CVE identifier (CVE-YYYY-NNNN)');
    }
    if (o.source_name === 'capec' && !(typeof o.external_id === 'string' && /^CAPEC-\d+$/.test(o.external_id))) {
      error(out, join(p, 'external_id'), 'a "capec" reference needs the CAPEC identifier (CAPEC-N)');
    }
  },
});

const SELECTOR_RE = /^(?:[a-z0-9_-]{3,249}(?:\.(?:\[\d+\]|[a-z0-9_-]{1,250}))*|id)$/;
const granularMarking = embedded({
  props: {
    selectors: list(matching(SELECTOR_RE, 'a selector like description or external_references.[0].url')),
    lang,
    marking_ref: ref(refTo('marking-definition')),
  },
  required: ['selectors'],
  exactlyOne: ['lang', 'marking_ref'],
});

/** Section 7.2.3.1: every selector must resolve to a property or list item of the marked object. */
function checkSelectors(o: Obj, path: string, out: Issues): void {
  const gms = o.granular_markings;
  if (gms === undefined || !Array.isArray(gms)) return;
  gms.forEach((gm, i) => {
    if (!isObj(gm) || !Array.isArray(gm.selectors)) return;
    gm.selectors.forEach((sel, j) => {
      if (typeof sel !== 'string' || !SELECTOR_RE.test(sel)) return;
      let cur: unknown = o;
      for (const step of sel.split('.')) {
        const idx = /^\[(\d+)\]$/.exec(step);
        cur = idx ? (Array.isArray(cur) ? cur[Number(idx[1])] : undefined) : isObj(cur) ? cur[step] : undefined;
        if (cur === undefined) break;
      }
      if (cur === undefined) error(out, `${path ? path + '.' : ''}granular_markings[${i}].selectors[${j}]`, `"${sel}" selects nothing in this object`);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Extensions (section 7.3 and the predefined SCO extensions of section 6)

const extensionTypeEnum = enumOf('extension-type-enum');

/** Bodies of custom and extension-definition extensions follow the custom-property rules. */
function checkCustomBody(v: unknown, p: string, out: Issues, known: Record<string, Check> = {}): void {
  if (!isObj(v)) return error(out, p, 'must be an object');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  for (const k of keys) {
    const check = known[k];
    if (check) check(v[k], join(p, k), out);
    else checkCustomProperty(k, v[k], join(p, k), out);
  }
}

const PREDEFINED_EXTENSIONS: Record<string, Record<string, Shape>> = {
  file: {
    'ntfs-ext': {
      props: {
        sid: str,
        alternate_data_streams: list(embedded({ props: { name: str, hashes, size: int(0) }, required: ['name'] })),
      },
      atLeastOne: ['sid', 'alternate_data_streams'],
    },
    'raster-image-ext': {
      props: {
        image_height: int(),
        image_width: int(),
        bits_per_pixel: int(),
        exif_tags: dictOf((v, p, out) => {
          if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v))) error(out, p, 'must be a string or an integer');
        }),
      },
      atLeastOne: ['image_height', 'image_width', 'bits_per_pixel', 'exif_tags'],
    },
    'pdf-ext': {
      props: { version: str, is_optimized: bool, document_info_dict: dictOf(str), pdfid0: str, pdfid1: str },
      atLeastOne: ['version', 'is_optimized', 'document_info_dict', 'pdfid0', 'pdfid1'],
    },
    'archive-ext': {
      props: { contains_refs: list(ref(refTo('file', 'directory'))), comment: str },
      required: ['contains_refs'],
    },
    'windows-pebinary-ext': {
      props: {
        pe_type: ov('windows-pebinary-type-ov'),
        imphash: str,
        machine_hex: hex,
        number_of_sections: int(0),
        time_date_stamp: ts('second'),
        pointer_to_symbol_table_hex: hex,
        number_of_symbols: int(0),
        size_of_optional_header: int(0),
        characteristics_hex: hex,
        file_header_hashes: hashes,
        optional_header: (v, p, out) => peOptionalHeader(v, p, out),
        sections: list(embedded({ props: { name: str, size: int(0), entropy: num(), hashes }, required: ['name'] })),
      },
      required: ['pe_type'],
      // Section 6.7.6: at least one property other than pe_type.
      atLeastOne: [
        'imphash', 'machine_hex', 'number_of_sections', 'time_date_stamp', 'pointer_to_symbol_table_hex', 'number_of_symbols',
        'size_of_optional_header', 'characteristics_hex', 'file_header_hashes', 'optional_header', 'sections',
      ],
    },
  },
  'network-traffic': {
    'http-request-ext': {
      props: {
        request_method: str,
        request_value: str,
        request_version: str,
        request_header: dictOf(list(str)),
        message_body_length: int(0),
        message_body_data_ref: ref(refTo('artifact')),
      },
      required: ['request_method', 'request_value'],
    },
    'icmp-ext': { props: { icmp_type_hex: hex, icmp_code_hex: hex }, required: ['icmp_type_hex', 'icmp_code_hex'] },
    'socket-ext': {
      props: {
        address_family: enumOf('network-socket-address-family-enum'),
        is_blocking: bool,
        is_listening: bool,
        options: dictOf(int()),
        socket_type: enumOf('network-socket-type-enum'),
        socket_descriptor: int(0),
        socket_handle: int(),
      },
      required: ['address_family'],
    },
    'tcp-ext': { props: { src_flags_hex: hex, dst_flags_hex: hex }, atLeastOne: ['src_flags_hex', 'dst_flags_hex'] },
  },
  process: {
    'windows-process-ext': {
      props: {
        aslr_enabled: bool,
        dep_enabled: bool,
        priority: str,
        owner_sid: str,
        window_title: str,
        startup_info: dict(),
        integrity_level: enumOf('windows-integrity-level-enum'),
      },
      atLeastOne: ['aslr_enabled', 'dep_enabled', 'priority', 'owner_sid', 'window_title', 'startup_info', 'integrity_level'],
    },
    'windows-service-ext': {
      props: {
        service_name: str,
        descriptions: list(str),
        display_name: str,
        group_name: str,
        start_type: enumOf('windows-service-start-type-enum'),
        service_dll_refs: list(ref(refTo('file'))),
        service_type: enumOf('windows-service-type-enum'),
        service_status: enumOf('windows-service-status-enum'),
      },
      atLeastOne: ['service_name', 'descriptions', 'display_name', 'group_name', 'start_type', 'service_dll_refs', 'service_type', 'service_status'],
    },
  },
  'user-account': {
    'unix-account-ext': {
      props: { gid: int(), groups: list(str), home_dir: str, shell: str },
      atLeastOne: ['gid', 'groups', 'home_dir', 'shell'],
    },
  },
};

const PE_OPTIONAL_HEADER_PROPS: Record<string, Check> = {
  magic_hex: hex, major_linker_version: int(), minor_linker_version: int(), size_of_code: int(0),
  size_of_initialized_data: int(0), size_of_uninitialized_data: int(0), address_of_entry_point: int(), base_of_code: int(),
  base_of_data: int(), image_base: int(), section_alignment: int(), file_alignment: int(), major_os_version: int(),
  minor_os_version: int(), major_image_version: int(), minor_image_version: int(), major_subsystem_version: int(),
  minor_subsystem_version: int(), win32_version_value_hex: hex, size_of_image: int(0), size_of_headers: int(0),
  checksum_hex: hex, subsystem_hex: hex, dll_characteristics_hex: hex, size_of_stack_reserve: int(0),
  size_of_stack_commit: int(0), size_of_heap_reserve: int(0), size_of_heap_commit: int(0), loader_flags_hex: hex,
  number_of_rva_and_sizes: int(), hashes,
};
const peOptionalHeader = embedded({ props: PE_OPTIONAL_HEADER_PROPS, atLeastOne: Object.keys(PE_OPTIONAL_HEADER_PROPS) });

/** The `extensions` property for an object of `type` (sco: whether predefined SCO extensions apply). */
function checkExtensions(v: unknown, p: string, out: Issues, type: string, allowCustomExt: boolean): void {
  if (!isObj(v)) return error(out, p, 'must be a dictionary of extensions');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  const predefined = PREDEFINED_EXTENSIONS[type];
  for (const k of keys) {
    const kp = join(p, k);
    const body = v[k];
    const shape = predefined?.[k];
    if (shape) {
      if (!isObj(body)) error(out, kp, 'must be an object');
      else checkShape(body, shape, kp, out);
    } else if (EXT_DEF_KEY_RE.test(k)) {
      checkCustomBody(body, kp, out, { extension_type: extensionTypeEnum });
      if (isObj(body) && !has(body, 'extension_type')) error(out, join(kp, 'extension_type'), 'required');
    } else if (allowCustomExt && CUSTOM_EXT_KEY_RE.test(k)) {
      // 2.1 keeps pre-extension-definition custom extensions (deprecated, section 11.3).
      warn(out, kp, 'custom extension key (deprecated): use an extension-definition id');
      checkCustomBody(body, kp, out);
    } else {
      error(out, kp, 'extension key must be an extension-definition id or a predefined extension name');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Custom properties (section 11.1)

function checkCustomProperty(name: string, v: unknown, p: string, out: Issues): void {
  if (RESERVED_PROPERTIES.has(name)) return error(out, p, 'reserved property name');
  if (!PROPERTY_NAME_RE.test(name)) error(out, p, 'property name must be 3-250 characters of a-z, 0-9 and _');
  checkGenericValue(v, p, out);
  // Section 2.1/2.11: custom binary and hex properties are named for their encoding.
  if (name.endsWith('_bin')) bin(v, p, out);
  else if (name.endsWith('_hex')) hex(v, p, out);
}

// ---------------------------------------------------------------------------------------------
// Per-type tables

type Family = 'sdo' | 'sro' | 'sco' | 'marking' | 'meta';
interface TypeRules extends Shape {
  family: Family;
  /** Timestamp pairs where the second must not be before the first (strict: must be after). */
  order?: readonly (readonly [string, string, 'strict'?])[];
}

const NOT_SRO_OR_META = refNot([...SRO, ...META, 'bundle'], 'an SDO or SCO');
const SCO_OR_SRO: RefRule = { only: new Set([...SCO, ...SRO]), label: 'an SCO or SRO' };
const idAny = ref();

/** type, id and spec_version are checked up front by validateInto. */
const upFront: Check = () => {};

const SDO_COMMON: Record<string, Check> = {
  type: upFront,
  spec_version: upFront,
  id: upFront,
  created_by_ref: ref(refTo('identity')),
  created: ts('millisecond'),
  modified: ts('millisecond'),
  revoked: bool,
  labels: list(str),
  confidence: int(0, 100),
  lang,
  external_references: list(externalReference),
  object_marking_refs: list(ref(refTo('marking-definition'))),
  granular_markings: list(granularMarking),
  extensions: str, // replaced per type below
};
const SCO_COMMON: Record<string, Check> = {
  type: upFront,
  spec_version: upFront,
  id: upFront,
  object_marking_refs: list(ref(refTo('marking-definition'))),
  granular_markings: list(granularMarking),
  defanged: bool,
  extensions: str, // replaced per type below
};

const named = { name: str, description: str };
const seen = { first_seen: ts(), last_seen: ts() };
const kcp = list(killChainPhase);
const strList = list(str);
const ovList = (v: OpenVocabulary): Check => list(ov(v));

const SPECIFIC: Record<string, Omit<TypeRules, 'family'>> = {
  // SDOs (section 4)
  'attack-pattern': { props: { ...named, aliases: strList, kill_chain_phases: kcp }, required: ['name'] },
  campaign: { props: { ...named, ...seen, aliases: strList, objective: str }, required: ['name'], order: [['first_seen', 'last_seen']] },
  'course-of-action': { props: { ...named }, required: ['name'] },
  grouping: {
    props: { ...named, context: ov('grouping-context-ov'), object_refs: list(idAny) },
    required: ['context', 'object_refs'],
  },
  identity: {
    props: {
      ...named,
      roles: strList,
      identity_class: ov('identity-class-ov'),
      sectors: ovList('industry-sector-ov'),
      contact_information: str,
    },
    required: ['name'],
  },
  incident: { props: { ...named, kill_chain_phases: kcp }, required: ['name'] },
  indicator: {
    props: {
      ...named,
      indicator_types: ovList('indicator-type-ov'),
      pattern: str,
      pattern_type: ov('pattern-type-ov'),
      pattern_version: str,
      valid_from: ts(),
      valid_until: ts(),
      kill_chain_phases: kcp,
    },
    required: ['pattern', 'pattern_type', 'valid_from'],
    order: [['valid_from', 'valid_until', 'strict']],
  },
  infrastructure: {
    props: { ...named, ...seen, infrastructure_types: ovList('infrastructure-type-ov'), aliases: strList, kill_chain_phases: kcp },
    required: ['name'],
    order: [['first_seen', 'last_seen']],
  },
  'intrusion-set': {
    props: {
      ...named,
      ...seen,
      aliases: strList,
      goals: strList,
      resource_level: ov('attack-resource-level-ov'),
      primary_motivation: ov('attack-motivation-ov'),
      secondary_motivations: ovList('attack-motivation-ov'),
    },
    required: ['name'],
    order: [['first_seen', 'last_seen']],
  },
  location: {
    props: {
      ...named,
      latitude: num(-90, 90),
      longitude: num(-180, 180),
      precision: num(0),
      region: ov('region-ov'),
      country: (v, p, out) => {
        str(v, p, out);
        if (typeof v === 'string' && !/^[A-Za-z]{2}$/.test(v)) warn(out, p, 'SHOULD be an ISO 3166-1 alpha-2 code');
      },
      administrative_area: str,
      city: str,
      street_address: str,
      postal_code: str,
    },
    rules(o, p, out) {
      const lat = has(o, 'latitude');
      const lon = has(o, 'longitude');
      if (!has(o, 'region') && !has(o, 'country') && !(lat && lon)) {
        error(out, p, 'must contain region, country, or latitude and longitude');
      }
      if (lat !== lon) error(out, join(p, lat ? 'longitude' : 'latitude'), 'required when the other coordinate is present');
      if (has(o, 'precision') && !(lat && lon)) error(out, join(p, 'precision'), 'only allowed with latitude and longitude');
    },
  },
  malware: {
    props: {
      ...named,
      ...seen,
      malware_types: ovList('malware-type-ov'),
      is_family: bool,
      aliases: strList,
      kill_chain_phases: kcp,
      operating_system_refs: list(ref(refTo('software'))),
      architecture_execution_envs: ovList('processor-architecture-ov'),
      implementation_languages: ovList('implementation-language-ov'),
      capabilities: ovList('malware-capabilities-ov'),
      sample_refs: list(ref(refTo('file', 'artifact'))),
    },
    required: ['is_family'],
    order: [['first_seen', 'last_seen']],
    rules(o, p, out) {
      if (o.is_family === true && !has(o, 'name')) error(out, join(p, 'name'), 'required when is_family is true');
    },
  },
  'malware-analysis': {
    props: {
      product: str,
      version: str,
      host_vm_ref: ref(refTo('software')),
      operating_system_ref: ref(refTo('software')),
      installed_software_refs: list(ref(refTo('software'))),
      configuration_version: str,
      modules: strList,
      analysis_engine_version: str,
      analysis_definition_version: str,
      submitted: ts(),
      analysis_started: ts(),
      analysis_ended: ts(),
      result_name: str,
      result: ov('malware-result-ov'),
      analysis_sco_refs: list(ref({ only: SCO, label: 'an SCO' })),
      sample_ref: ref(refTo('file', 'artifact', 'network-traffic')),
    },
    required: ['product'],
    atLeastOne: ['result', 'analysis_sco_refs'],
  },
  note: { props: { abstract: str, content: str, authors: strList, object_refs: list(idAny) }, required: ['content', 'object_refs'] },
  'observed-data': {
    props: {
      first_observed: ts(),
      last_observed: ts(),
      number_observed: int(1, 999_999_999),
      objects: dict((v, p, out) => (isObj(v) ? validateInto(v, p, out, 'sco') : error(out, p, 'must be a cyber-observable object'))),
      object_refs: list(ref(SCO_OR_SRO)),
    },
    required: ['first_observed', 'last_observed', 'number_observed'],
    exactlyOne: ['objects', 'object_refs'],
    order: [['first_observed', 'last_observed']],
  },
  opinion: {
    props: { explanation: str, authors: strList, opinion: enumOf('opinion-enum'), object_refs: list(idAny) },
    required: ['opinion', 'object_refs'],
  },
  report: {
    props: { ...named, report_types: ovList('report-type-ov'), published: ts(), object_refs: list(idAny) },
    required: ['name', 'published', 'object_refs'],
  },
  'threat-actor': {
    props: {
      ...named,
      ...seen,
      threat_actor_types: ovList('threat-actor-type-ov'),
      aliases: strList,
      roles: ovList('threat-actor-role-ov'),
      goals: strList,
      sophistication: ov('threat-actor-sophistication-ov'),
      resource_level: ov('attack-resource-level-ov'),
      primary_motivation: ov('attack-motivation-ov'),
      secondary_motivations: ovList('attack-motivation-ov'),
      personal_motivations: ovList('attack-motivation-ov'),
    },
    required: ['name'],
    order: [['first_seen', 'last_seen']],
  },
  tool: {
    props: { ...named, tool_types: ovList('tool-type-ov'), aliases: strList, kill_chain_phases: kcp, tool_version: str },
    required: ['name'],
  },
  vulnerability: { props: { ...named }, required: ['name'] },

  // SROs (section 5)
  relationship: {
    props: {
      relationship_type: matching(/^[a-z0-9-]+$/, 'lowercase a-z, 0-9 and hyphens'),
      description: str,
      source_ref: ref(NOT_SRO_OR_META),
      target_ref: ref(NOT_SRO_OR_META),
      start_time: ts(),
      stop_time: ts(),
    },
    required: ['relationship_type', 'source_ref', 'target_ref'],
    order: [['start_time', 'stop_time', 'strict']],
    rules(o, p, out) {
      const rt = o.relationship_type;
      if (typeof rt === 'string' && /^[a-z0-9-]+$/.test(rt)) {
        const src = idType(o.source_ref);
        if (!isSpecRelationshipType(rt, src)) warn(out, join(p, 'relationship_type'), `"${rt}" is not a relationship type the spec defines for ${src ?? 'this source'}`);
      }
    },
  },
  sighting: {
    props: {
      description: str,
      ...seen,
      count: int(0, 999_999_999),
      sighting_of_ref: ref(refNot([...SRO, ...META, ...SCO, 'bundle'], 'an SDO')),
      observed_data_refs: list(ref(refTo('observed-data'))),
      where_sighted_refs: list(ref(refTo('identity', 'location'))),
      summary: bool,
    },
    required: ['sighting_of_ref'],
    order: [['first_seen', 'last_seen']],
  },

  // SCOs (section 6)
  artifact: {
    props: {
      mime_type: matching(/^(?:application|audio|font|image|message|model|multipart|text|video)\/[a-zA-Z0-9.+_-]+/, 'an IANA media type', 'warning'),
      payload_bin: bin,
      url,
      hashes,
      encryption_algorithm: enumOf('encryption-algorithm-enum'),
      decryption_key: str,
    },
    exactlyOne: ['payload_bin', 'url'],
    rules(o, p, out) {
      if (has(o, 'url') && !has(o, 'hashes')) error(out, join(p, 'hashes'), 'required when url is present');
      if (has(o, 'decryption_key') && !has(o, 'encryption_algorithm')) error(out, join(p, 'encryption_algorithm'), 'required when decryption_key is present');
    },
  },
  'autonomous-system': { props: { number: int(), name: str, rir: str }, required: ['number'] },
  directory: {
    props: {
      path: str,
      path_enc: matching(/^[a-zA-Z0-9/.+_:-]{2,250}$/, 'an IANA character set name'),
      ctime: ts(),
      mtime: ts(),
      atime: ts(),
      contains_refs: list(ref(refTo('file', 'directory'))),
    },
    required: ['path'],
  },
  'domain-name': {
    props: {
      value: matching(/^(?=.{1,253}$)[^\s./]{1,63}(?:\.[^\s./]{1,63})*\.?$/, 'a domain name'),
      resolves_to_refs: list(ref(refTo('ipv4-addr', 'ipv6-addr', 'domain-name'))),
    },
    required: ['value'],
  },
  'email-addr': {
    props: { value: matching(/^[^\s@]+@[^\s@]+$/, 'an email address (addr-spec)'), display_name: str, belongs_to_ref: ref(refTo('user-account')) },
    required: ['value'],
  },
  'email-message': {
    props: {
      is_multipart: bool,
      date: ts(),
      content_type: str,
      from_ref: ref(refTo('email-addr')),
      sender_ref: ref(refTo('email-addr')),
      to_refs: list(ref(refTo('email-addr'))),
      cc_refs: list(ref(refTo('email-addr'))),
      bcc_refs: list(ref(refTo('email-addr'))),
      message_id: str,
      subject: str,
      received_lines: strList,
      additional_header_fields: dictOf((v, p, out) => (Array.isArray(v) ? list(str)(v, p, out) : str(v, p, out))),
      body: str,
      body_multipart: list(
        embedded({
          props: { body: str, body_raw_ref: ref(refTo('artifact', 'file')), content_type: str, content_disposition: str },
          exactlyOne: ['body', 'body_raw_ref'],
        }),
      ),
      raw_email_ref: ref(refTo('artifact')),
    },
    required: ['is_multipart'],
    rules(o, p, out) {
      if (o.is_multipart === true && has(o, 'body')) error(out, join(p, 'body'), 'not allowed when is_multipart is true (use body_multipart)');
      if (o.is_multipart === false && has(o, 'body_multipart')) error(out, join(p, 'body_multipart'), 'not allowed when is_multipart is false');
    },
  },
  file: {
    props: {
      hashes,
      size: int(0),
      name: str,
      name_enc: matching(/^[a-zA-Z0-9/.+_:-]{2,250}$/, 'an IANA character set name'),
      magic_number_hex: hex,
      mime_type: str,
      ctime: ts(),
      mtime: ts(),
      atime: ts(),
      parent_directory_ref: ref(refTo('directory')),
      contains_refs: list(ref({ only: SCO, label: 'an SCO' })),
      content_ref: ref(refTo('artifact')),
    },
    atLeastOne: ['hashes', 'name'],
  },
  'ipv4-addr': {
    props: {
      value: matching(IPV4_RE, 'an IPv4 address or CIDR block'),
      resolves_to_refs: list(ref(refTo('mac-addr'))),
      belongs_to_refs: list(ref(refTo('autonomous-system'))),
    },
    required: ['value'],
  },
  'ipv6-addr': {
    props: {
      value: (v, p, out) => {
        if (typeof v !== 'string') return error(out, p, 'must be a string');
        const [addr, prefix, extra] = v.split('/');
        if (extra !== undefined || !isIPv6(addr) || (prefix !== undefined && !/^(?:12[0-8]|1[01]\d|[1-9]?\d)$/.test(prefix))) {
          error(out, p, 'must be an IPv6 address or CIDR block');
        }
      },
      resolves_to_refs: list(ref(refTo('mac-addr'))),
      belongs_to_refs: list(ref(refTo('autonomous-system'))),
    },
    required: ['value'],
  },
  'mac-addr': { props: { value: matching(MAC_RE, 'a lowercase colon-separated MAC-48 address') }, required: ['value'] },
  mutex: { props: { name: str }, required: ['name'] },
  'network-traffic': {
    props: {
      start: ts(),
      end: ts(),
      is_active: bool,
      src_ref: ref(refTo('ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name')),
      dst_ref: ref(refTo('ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name')),
      src_port: int(0, 65535),
      dst_port: int(0, 65535),
      protocols: list(str),
      src_byte_count: int(0),
      dst_byte_count: int(0),
      src_packets: int(0),
      dst_packets: int(0),
      ipfix: dictOf((v, p, out) => {
        if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v))) error(out, p, 'must be a string or an integer');
      }),
      src_payload_ref: ref(refTo('artifact')),
      dst_payload_ref: ref(refTo('artifact')),
      encapsulates_refs: list(ref(refTo('network-traffic'))),
      encapsulated_by_ref: ref(refTo('network-traffic')),
    },
    required: ['protocols'],
    atLeastOne: ['src_ref', 'dst_ref'],
    order: [['start', 'end']],
    rules(o, p, out) {
      if (o.is_active === true && has(o, 'end')) error(out, join(p, 'end'), 'not allowed when is_active is true');
    },
  },
  process: {
    props: {
      is_hidden: bool,
      pid: int(),
      created_time: ts(),
      cwd: str,
      command_line: str,
      environment_variables: dictOf(str),
      opened_connection_refs: list(ref(refTo('network-traffic'))),
      creator_user_ref: ref(refTo('user-account')),
      image_ref: ref(refTo('file')),
      parent_ref: ref(refTo('process')),
      child_refs: list(ref(refTo('process'))),
    },
    // Section 6.13: at least one property other than type (from the object or its extensions).
    atLeastOne: [
      'extensions', 'is_hidden', 'pid', 'created_time', 'cwd', 'command_line', 'environment_variables',
      'opened_connection_refs', 'creator_user_ref', 'image_ref', 'parent_ref', 'child_refs',
    ],
  },
  software: {
    props: {
      name: str,
      cpe: matching(/^cpe:2\.3:[aho*-]:/, 'a CPE 2.3 formatted string'),
      swid: str,
      languages: list(matching(/^[a-z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, 'an ISO 639-2 language code', 'warning')),
      vendor: str,
      version: str,
    },
    required: ['name'],
  },
  url: { props: { value: url }, required: ['value'] },
  'user-account': {
    props: {
      user_id: str,
      credential: str,
      account_login: str,
      account_type: ov('account-type-ov'),
      display_name: str,
      is_service_account: bool,
      is_privileged: bool,
      can_escalate_privs: bool,
      is_disabled: bool,
      account_created: ts(),
      account_expires: ts(),
      credential_last_changed: ts(),
      account_first_login: ts(),
      account_last_login: ts(),
    },
    atLeastOne: [
      'extensions', 'user_id', 'credential', 'account_login', 'account_type', 'display_name', 'is_service_account',
      'is_privileged', 'can_escalate_privs', 'is_disabled', 'account_created', 'account_expires',
      'credential_last_changed', 'account_first_login', 'account_last_login',
    ],
  },
  'windows-registry-key': {
    props: {
      key: (v, p, out) => {
        str(v, p, out);
        if (typeof v === 'string' && /^(?:HKLM|HKCC|HKCR|HKCU|HKU)(?:\\|$)/i.test(v)) error(out, p, 'must use the full hive name, not an abbreviation');
      },
      values: list(
        embedded({
          props: { name: str, data: str, data_type: enumOf('windows-registry-datatype-enum') },
          atLeastOne: ['name', 'data', 'data_type'],
        }),
      ),
      modified_time: ts(),
      creator_user_ref: ref(refTo('user-account')),
      number_of_subkeys: int(0),
    },
    atLeastOne: ['key', 'values', 'modified_time', 'creator_user_ref', 'number_of_subkeys'],
  },
  'x509-certificate': {
    props: {
      is_self_signed: bool,
      hashes,
      version: str,
      serial_number: str,
      signature_algorithm: str,
      issuer: str,
      validity_not_before: ts(),
      validity_not_after: ts(),
      subject: str,
      subject_public_key_algorithm: str,
      subject_public_key_modulus: str,
      subject_public_key_exponent: int(),
      x509_v3_extensions: (v, p, out) => x509Extensions(v, p, out),
    },
    atLeastOne: [
      'is_self_signed', 'hashes', 'version', 'serial_number', 'signature_algorithm', 'issuer', 'validity_not_before',
      'validity_not_after', 'subject', 'subject_public_key_algorithm', 'subject_public_key_modulus',
      'subject_public_key_exponent', 'x509_v3_extensions',
    ],
  },

  // Meta objects (section 7)
  'language-content': {
    props: {
      object_ref: ref(refNot(['bundle', 'language-content'], 'a STIX object other than language-content')),
      object_modified: ts(),
      contents: (v, p, out) => {
        dict((tv, tp, o2) => (isObj(tv) ? dict()(tv, tp, o2) : error(o2, tp, 'must be a dictionary of translated properties')))(v, p, out);
        if (isObj(v)) for (const k of Object.keys(v)) if (!LANG_RE.test(k)) error(out, join(p, k), 'key must be an RFC 5646 language tag');
      },
    },
    required: ['object_ref', 'contents'],
  },
  'extension-definition': {
    props: {
      name: str,
      description: str,
      schema: str,
      version: str,
      extension_types: list(extensionTypeEnum),
      extension_properties: strList,
    },
    // Section 7.3: created_by_ref is required for extension definitions.
    required: ['created_by_ref', 'name', 'schema', 'version', 'extension_types'],
    rules(o, p, out) {
      const types = Array.isArray(o.extension_types) ? o.extension_types : [];
      if (has(o, 'extension_properties') && !types.includes('toplevel-property-extension')) {
        error(out, join(p, 'extension_properties'), 'only allowed with a toplevel-property-extension');
      }
    },
  },
  'marking-definition': {
    props: {
      type: upFront,
      spec_version: upFront,
      id: upFront,
      created_by_ref: ref(refTo('identity')),
      created: ts(),
      external_references: list(externalReference),
      object_marking_refs: list(ref(refTo('marking-definition'))),
      granular_markings: list(granularMarking),
      name: str,
      definition_type: str,
      definition: (v, p, out) => void (isObj(v) || error(out, p, 'must be an object')),
      extensions: (v, p, out) => checkExtensions(v, p, out, 'marking-definition', false),
    },
    required: ['spec_version', 'created'],
    rules: checkMarkingDefinition,
  },
};

const x509Extensions = embedded({
  props: {
    basic_constraints: str, name_constraints: str, policy_constraints: str, key_usage: str, extended_key_usage: str,
    subject_key_identifier: str, authority_key_identifier: str, subject_alternative_name: str, issuer_alternative_name: str,
    subject_directory_attributes: str, crl_distribution_points: str, inhibit_any_policy: str,
    private_key_usage_period_not_before: ts(), private_key_usage_period_not_after: ts(), certificate_policies: str,
    policy_mappings: str,
  },
  atLeastOne: [
    'basic_constraints', 'name_constraints', 'policy_constraints', 'key_usage', 'extended_key_usage', 'subject_key_identifier',
    'authority_key_identifier', 'subject_alternative_name', 'issuer_alternative_name', 'subject_directory_attributes',
    'crl_distribution_points', 'inhibit_any_policy', 'private_key_usage_period_not_before',
    'private_key_usage_period_not_after', 'certificate_policies', 'policy_mappings',
  ],
});

/** Section 7.2.1.4: the four TLP 1.0 marking definitions are fixed objects, reproduced exactly. */
const TLP1: Record<string, string> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};
const TLP1_KEYS = new Set(['type', 'spec_version', 'id', 'created', 'definition_type', 'name', 'definition']);

function checkMarkingDefinition(o: Obj, p: string, out: Issues): void {
  const dt = o.definition_type;
  const def = o.definition;
  if (!has(o, 'extensions')) {
    // Section 7.2.1: without an extension, the marking is carried by definition_type + definition.
    if (!has(o, 'definition_type')) error(out, join(p, 'definition_type'), 'required (unless the marking is defined by an extension)');
    if (!has(o, 'definition')) error(out, join(p, 'definition'), 'required (unless the marking is defined by an extension)');
  }
  if (dt === 'statement') {
    if (isObj(def) && typeof def.statement !== 'string') error(out, join(p, 'definition.statement'), 'required (a string)');
  } else if (dt === 'tlp') {
    const colour = isObj(def) ? def.tlp : undefined;
    const id = typeof colour === 'string' ? TLP1[colour] : undefined;
    const exact =
      id !== undefined &&
      o.id === id &&
      o.name === `TLP:${(colour as string).toUpperCase()}` &&
      o.created === '2017-01-20T00:00:00.000Z' &&
      o.spec_version === '2.1' &&
      Object.keys(def as Obj).length === 1 &&
      Object.keys(o).every((k) => TLP1_KEYS.has(k));
    if (!exact) error(out, p, 'a tlp marking-definition must be exactly one of the four standard TLP objects (section 7.2.1.4)');
  } else if (typeof dt === 'string') {
    warn(out, join(p, 'definition_type'), `"${dt}" is not a definition type this specification defines`);
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled tables

interface Compiled {
  family: Family;
  props: Record<string, Check>;
  required: readonly string[];
  shape: Shape;
  order: readonly (readonly [string, string, 'strict'?])[];
}

function familyOf(type: string): Family {
  if (SDO.has(type)) return 'sdo';
  if (SRO.has(type)) return 'sro';
  if (SCO.has(type)) return 'sco';
  return type === 'marking-definition' ? 'marking' : 'meta';
}

const CREATED_MODIFIED: [string, string] = ['created', 'modified'];

function compile(type: string, family: Family, specific: Omit<TypeRules, 'family'>): Compiled {
  const base = family === 'sco' ? SCO_COMMON : family === 'marking' ? {} : SDO_COMMON;
  const props: Record<string, Check> = { ...base, ...specific.props };
  if (family !== 'marking') props.extensions = (v, p, out) => checkExtensions(v, p, out, type, true);
  const commonRequired = family === 'sco' ? [] : family === 'marking' ? [] : ['spec_version', 'created', 'modified'];
  const required = [...commonRequired, ...(specific.required ?? [])];
  return {
    family,
    props,
    required,
    shape: { props, required, atLeastOne: specific.atLeastOne, exactlyOne: specific.exactlyOne, rules: specific.rules },
    order: [...(family === 'sco' || family === 'marking' ? [] : [CREATED_MODIFIED]), ...(specific.order ?? [])],
  };
}

const TABLE = new Map<string, Compiled>(Object.entries(SPECIFIC).map(([t, s]) => [t, compile(t, familyOf(t), s)]));
const CUSTOM_SDO = compile('x-custom', 'sdo', { props: {} });
const CUSTOM_SCO = compile('x-custom', 'sco', { props: {} });

/** Section 11: a custom object is SDO-like (created/modified) unless it declares or looks like an SCO. */
function customRules(o: Obj): Compiled {
  if (isObj(o.extensions)) {
    for (const body of Object.values(o.extensions)) {
      if (isObj(body) && body.extension_type === 'new-sco') return CUSTOM_SCO;
      if (isObj(body) && (body.extension_type === 'new-sdo' || body.extension_type === 'new-sro')) return CUSTOM_SDO;
    }
  }
  return has(o, 'created') || has(o, 'modified') ? CUSTOM_SDO : CUSTOM_SCO;
}

function definesNewType(o: Obj): boolean {
  return isObj(o.extensions) && Object.entries(o.extensions).some(([k, b]) => EXT_DEF_KEY_RE.test(k) && isObj(b) && /^new-s[dcr]o$/.test(String(b.extension_type)));
}

// ---------------------------------------------------------------------------------------------
// Entry points

function validateInto(o: Obj, path: string, out: Issues, expect?: 'sco'): void {
  const type = o.type;
  if (type === undefined) error(out, join(path, 'type'), 'required');
  else if (typeof type !== 'string') error(out, join(path, 'type'), 'must be a string');
  else if (type.length < 3 || type.length > 250 || !TYPE_NAME_RE.test(type)) error(out, join(path, 'type'), 'must be 3-250 characters of a-z, 0-9 and single hyphens');
  else if (type === 'action' || type === 'bundle') error(out, join(path, 'type'), `"${type}" is not an object type`);
  const typeName = typeof type === 'string' ? type : '';

  let rules = TABLE.get(typeName);
  if (!rules) {
    rules = customRules(o);
    if (TYPE_NAME_RE.test(typeName) && typeName !== 'action' && typeName !== 'bundle' && !typeName.startsWith('x-') && !definesNewType(o)) {
      warn(out, join(path, 'type'), `unknown type "${typeName}": custom object types SHOULD start with x- or be defined by an extension`);
    }
  }
  if (expect === 'sco' && rules.family !== 'sco') error(out, join(path, 'type'), 'must be a cyber-observable type');

  // id: section 2.9
  const id = o.id;
  if (id === undefined) error(out, join(path, 'id'), 'required');
  else if (typeof id !== 'string') error(out, join(path, 'id'), 'must be a string');
  else {
    const idPart = idType(id);
    if (idPart === undefined) error(out, join(path, 'id'), 'must be type--UUID with an RFC 4122 UUID');
    else if (typeName && idPart !== typeName) error(out, join(path, 'id'), `type part "${idPart}" must match type "${typeName}"`);
    else if (rules.family === 'sco') checkScoId(o, id, join(path, 'id'), out);
    else if (idVersion(id) !== 4 && idVersion(id) !== 1) warn(out, join(path, 'id'), 'SHOULD use a UUIDv4');
  }

  // spec_version: section 3.2
  const sv = o.spec_version;
  if (sv !== undefined && sv !== '2.1') error(out, join(path, 'spec_version'), 'must be "2.1"');

  checkShape(o, rules.shape, path, out, true);

  for (const [a, b, strict] of rules.order) {
    const av = o[a];
    const bv = o[b];
    if (typeof av !== 'string' || typeof bv !== 'string' || timestampProblem(av) !== undefined || timestampProblem(bv) !== undefined) continue;
    const c = compareTimestamps(bv, av);
    if (strict ? c <= 0 : c < 0) error(out, join(path, b), `must be ${strict ? 'later than' : 'later than or equal to'} ${a}`);
  }
  checkSelectors(o, path, out);
}

function checkScoId(o: Obj, id: string, p: string, out: Issues): void {
  const props = ID_CONTRIBUTING_PROPERTIES[o.type as string];
  if (!props || props.length === 0) return;
  if (idVersion(id) !== 5) return warn(out, p, 'SHOULD be a UUIDv5 from the ID contributing properties');
  if (!props.some((k) => has(o, k))) return;
  try {
    const expected = scoId(o as { type: string });
    if (expected !== id) warn(out, p, `does not match the deterministic id ${expected}`);
  } catch {
    // Malformed contributing values are reported by their own checks.
  }
}

/**
 * Validates one STIX object; returns every error and warning (empty when clean).
 * @param path JSON path prefix for issue paths, e.g. `objects[3]`.
 * @example validateObject({ type: 'indicator', ... }, 'objects[3]') // [{ path: 'objects[3].valid_from', message: 'required', severity: 'error' }]
 */
export function validateObject(obj: unknown, path = ''): ValidationIssue[] {
  const out: Issues = [];
  if (!isObj(obj)) error(out, path, 'must be a JSON object');
  else validateInto(obj, path, out);
  return out;
}

/** Validates a bundle (section 8) and every object in it, paths rooted at `objects[i]`. */
export function validateBundle(bundle: unknown): ValidationIssue[] {
  const out: Issues = [];
  if (!isObj(bundle)) {
    error(out, '', 'must be a JSON object');
    return out;
  }
  if (bundle.type !== 'bundle') error(out, 'type', bundle.type === undefined ? 'required' : 'must be "bundle"');
  if (bundle.id === undefined) error(out, 'id', 'required');
  else if (idType(bundle.id) !== 'bundle') error(out, 'id', 'must be bundle--UUID with an RFC 4122 UUID');
  if (bundle.spec_version !== undefined) warn(out, 'spec_version', 'bundles carry no spec_version in STIX 2.1');
  const objects = bundle.objects;
  if (objects === undefined) return out;
  if (!Array.isArray(objects)) {
    error(out, 'objects', 'must be a list');
    return out;
  }
  if (objects.length === 0) error(out, 'objects', 'must not be empty');
  const versions = new Map<string, number>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (!isObj(o)) {
      error(out, `objects[${i}]`, 'must be a JSON object');
      continue;
    }
    validateInto(o, `objects[${i}]`, out);
    // The same version twice is legal but usually a producer bug; different versions are normal.
    if (typeof o.id === 'string') {
      const key = `${o.id} ${typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : ''}`;
      const first = versions.get(key);
      if (first === undefined) versions.set(key, i);
      else warn(out, `objects[${i}]`, `same id and version as objects[${first}]`);
    }
  }
  return out;
}
