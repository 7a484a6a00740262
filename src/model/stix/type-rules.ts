/**
 * Per-type rule tables for every STIX 2.1 object (sections 4-7), compiled once at load, and the
 * classification of custom objects (section 11.2).
 * @module
 */
import { isIPv6 } from 'node:net';
import { idType } from './ids.ts';
import { isSpecRelationshipType, type OpenVocabulary } from './vocab.ts';
import { bin, bool, dict, dictOf, embedded, enumOf, error, EXT_DEF_KEY_RE, has, hashes, hex, int, IPV4_RE, isObj, join, lang, LANG_RE, list, MAC_RE, matching, META, num, ov, own, ref, refNot, refTo, SCO, SDO, SRO, str, ts, upFront, url, warn, type Check, type Issues, type Obj, type RefRule, type Shape } from './property-checks.ts';
import { checkExtensions, extensionTypeEnum, externalReference, granularMarking, killChainPhase } from './embedded-rules.ts';

export type Family = 'sdo' | 'sro' | 'sco' | 'marking' | 'meta';
interface TypeRules extends Shape {
  family: Family;
  /** Timestamp pairs where the second must not be before the first (strict: must be after). */
  order?: readonly (readonly [string, string, 'strict'?])[];
}

const NOT_SRO_OR_META = refNot([...SRO, ...META, 'bundle'], 'an SDO or SCO');
const SCO_OR_SRO: RefRule = { only: new Set([...SCO, ...SRO]), label: 'an SCO or SRO' };
const idAny = ref();

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

/** `observable` validates an embedded SCO (deprecated observed-data `objects`); validate.ts supplies it. */
function specificRules(observable: Check): Record<string, Omit<TypeRules, 'family'>> {
  return {
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
      objects: dict((v, p, out) => (isObj(v) ? observable(v, p, out) : error(out, p, 'must be a cyber-observable object'))),
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
        const [addr = '', prefix, extra] = v.split('/');
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
}

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
    const id = typeof colour === 'string' ? own(TLP1, colour) : undefined;
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

export interface Compiled {
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

/** The rules of every standard type, by type name. */
export function compileTables(observable: Check): Map<string, Compiled> {
  return new Map(Object.entries(specificRules(observable)).map(([t, s]) => [t, compile(t, familyOf(t), s)]));
}
const CUSTOM_SDO = compile('x-custom', 'sdo', { props: {} });
const CUSTOM_SCO = compile('x-custom', 'sco', { props: {} });

/** Section 11: a custom object is SDO-like (created/modified) unless it declares or looks like an SCO. */
export function customRules(o: Obj): Compiled {
  if (isObj(o.extensions)) {
    for (const body of Object.values(o.extensions)) {
      if (isObj(body) && body.extension_type === 'new-sco') return CUSTOM_SCO;
      if (isObj(body) && (body.extension_type === 'new-sdo' || body.extension_type === 'new-sro')) return CUSTOM_SDO;
    }
  }
  return has(o, 'created') || has(o, 'modified') ? CUSTOM_SDO : CUSTOM_SCO;
}

export function definesNewType(o: Obj): boolean {
  return isObj(o.extensions) && Object.entries(o.extensions).some(([k, b]) => EXT_DEF_KEY_RE.test(k) && isObj(b) && /^new-s[dcr]o$/.test(String(b.extension_type)));
}
