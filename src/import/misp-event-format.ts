/**
 * The MISP core format (draft-dulaunoy-misp-core-format) as far as OpsTrack reads and writes it: an
 * Event with its Attributes, Objects (each with its own Attributes), Tags and Galaxies (each with its
 * GalaxyClusters). `parseMispEvent` checks an input and names the first bad field by its path
 * (`Event.Attribute[3].value: required`), so a bad file is refused before anything is written.
 * Also here, shared by the way in and the way out: which attribute types become which STIX cyber
 * observable, which galaxy types become which STIX object, and TLP tags.
 * @module
 */
import { Errors } from '../errors.ts';
import type { TlpLevel } from '../model/tlp.ts';

export interface MispTag {
  name: string;
  colour?: string;
}

export interface MispAttribute {
  uuid: string;
  type: string;
  category?: string;
  value: string;
  to_ids?: boolean;
  distribution?: string;
  comment?: string;
  timestamp?: string;
  first_seen?: string;
  last_seen?: string;
  object_relation?: string;
  Tag?: MispTag[];
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category'?: string;
  template_uuid?: string;
  template_version?: string;
  distribution?: string;
  comment?: string;
  timestamp?: string;
  Attribute: MispAttribute[];
}

export interface MispGalaxyCluster {
  uuid: string;
  type?: string;
  value: string;
  tag_name?: string;
  description?: string;
  meta?: Record<string, unknown>;
}

export interface MispGalaxy {
  uuid?: string;
  name?: string;
  type: string;
  namespace?: string;
  description?: string;
  GalaxyCluster: MispGalaxyCluster[];
}

export interface MispOrg {
  name: string;
  uuid?: string;
}

export interface MispEvent {
  uuid: string;
  info: string;
  /** YYYY-MM-DD */
  date: string;
  threat_level_id?: string;
  analysis?: string;
  distribution?: string;
  published?: boolean;
  /** Seconds since the epoch, as a string (MISP's own form). */
  timestamp?: string;
  Orgc?: MispOrg;
  Attribute: MispAttribute[];
  Object: MispObject[];
  Tag: MispTag[];
  Galaxy: MispGalaxy[];
}

/** What MISP exports: `{"Event": {...}}`; its REST search wraps events in `{"response": [...]}`. */
export interface MispEventDocument {
  Event: MispEvent;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a parsed JSON value is a MISP event document (cheap: the wrapper only). */
export function isMispEventDocument(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (v.Event && typeof v.Event === 'object') return true;
  const first = Array.isArray(v.response) ? (v.response[0] as Record<string, unknown> | undefined) : undefined;
  return !!first && typeof first === 'object' && !!first.Event;
}

function bad(path: string, why: string): Error {
  return new Errors.INPUT_INVALID(`${path}: ${why}`, { field: path });
}

function str(v: unknown, path: string, required: boolean): string | undefined {
  if (v === undefined || v === null || v === '') {
    if (required) throw bad(path, 'required');
    return undefined;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw bad(path, 'must be a string');
  return v;
}

function uuid(v: unknown, path: string): string {
  const s = str(v, path, true)!;
  if (!UUID.test(s)) throw bad(path, `'${s}' is not a UUID`);
  return s.toLowerCase();
}

function bool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true' || v === 'True';
}

function list(v: unknown, path: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw bad(path, 'must be an array');
  return v;
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw bad(path, 'must be an object');
  return v as Record<string, unknown>;
}

function tags(v: unknown, path: string): MispTag[] {
  return list(v, path).map((t, i) => {
    const o = obj(t, `${path}[${i}]`);
    const colour = str(o.colour, `${path}[${i}].colour`, false);
    return { name: str(o.name, `${path}[${i}].name`, true)!, ...(colour ? { colour } : {}) };
  });
}

function optional<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function attribute(v: unknown, path: string, inObject: boolean): MispAttribute {
  const o = obj(v, path);
  const type = str(o.type, `${path}.type`, true)!;
  const a: MispAttribute = optional({
    uuid: uuid(o.uuid, `${path}.uuid`),
    type,
    category: str(o.category, `${path}.category`, false),
    value: str(o.value, `${path}.value`, true)!,
    to_ids: bool(o.to_ids),
    distribution: str(o.distribution, `${path}.distribution`, false),
    comment: str(o.comment, `${path}.comment`, false),
    timestamp: str(o.timestamp, `${path}.timestamp`, false),
    first_seen: str(o.first_seen, `${path}.first_seen`, false),
    last_seen: str(o.last_seen, `${path}.last_seen`, false),
    object_relation: str(o.object_relation, `${path}.object_relation`, inObject),
  });
  const t = tags(o.Tag, `${path}.Tag`);
  if (t.length) a.Tag = t;
  return a;
}

/**
 * The event in a MISP JSON document, checked.
 * @throws OPS_ERR_INPUT_INVALID naming the first bad field, e.g. `Event.Object[0].Attribute[2].uuid: required`.
 */
export function parseMispEvent(input: unknown): MispEvent {
  if (!isMispEventDocument(input)) throw bad('Event', 'not a MISP event (expected {"Event": {...}})');
  const root = input as Record<string, unknown>;
  const e = obj(root.Event ?? (root.response as Array<Record<string, unknown>>)[0]!.Event, 'Event');
  const date = str(e.date, 'Event.date', true)!;
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw bad('Event.date', `'${date}' is not a date YYYY-MM-DD`);
  const orgc = e.Orgc === undefined ? undefined : obj(e.Orgc, 'Event.Orgc');
  const event: MispEvent = optional({
    uuid: uuid(e.uuid, 'Event.uuid'),
    info: str(e.info, 'Event.info', true)!,
    date,
    threat_level_id: str(e.threat_level_id, 'Event.threat_level_id', false),
    analysis: str(e.analysis, 'Event.analysis', false),
    distribution: str(e.distribution, 'Event.distribution', false),
    published: e.published === undefined ? undefined : bool(e.published),
    timestamp: str(e.timestamp, 'Event.timestamp', false),
    Orgc: orgc ? optional({ name: str(orgc.name, 'Event.Orgc.name', true)!, uuid: orgc.uuid === undefined ? undefined : uuid(orgc.uuid, 'Event.Orgc.uuid') }) : undefined,
    Attribute: list(e.Attribute, 'Event.Attribute').map((a, i) => attribute(a, `Event.Attribute[${i}]`, false)),
    Object: list(e.Object, 'Event.Object').map((v, i) => {
      const p = `Event.Object[${i}]`;
      const o = obj(v, p);
      return optional({
        uuid: uuid(o.uuid, `${p}.uuid`),
        name: str(o.name, `${p}.name`, true)!,
        'meta-category': str(o['meta-category'], `${p}.meta-category`, false),
        template_uuid: str(o.template_uuid, `${p}.template_uuid`, false),
        template_version: str(o.template_version, `${p}.template_version`, false),
        distribution: str(o.distribution, `${p}.distribution`, false),
        comment: str(o.comment, `${p}.comment`, false),
        timestamp: str(o.timestamp, `${p}.timestamp`, false),
        Attribute: list(o.Attribute, `${p}.Attribute`).map((a, j) => attribute(a, `${p}.Attribute[${j}]`, true)),
      });
    }),
    Tag: tags(e.Tag, 'Event.Tag'),
    Galaxy: list(e.Galaxy, 'Event.Galaxy').map((v, i) => {
      const p = `Event.Galaxy[${i}]`;
      const g = obj(v, p);
      return optional({
        uuid: g.uuid === undefined ? undefined : uuid(g.uuid, `${p}.uuid`),
        name: str(g.name, `${p}.name`, false),
        type: str(g.type, `${p}.type`, true)!,
        namespace: str(g.namespace, `${p}.namespace`, false),
        description: str(g.description, `${p}.description`, false),
        GalaxyCluster: list(g.GalaxyCluster, `${p}.GalaxyCluster`).map((c, j) => {
          const q = `${p}.GalaxyCluster[${j}]`;
          const o = obj(c, q);
          return optional({
            uuid: uuid(o.uuid, `${q}.uuid`),
            type: str(o.type, `${q}.type`, false),
            value: str(o.value, `${q}.value`, true)!,
            tag_name: str(o.tag_name, `${q}.tag_name`, false),
            description: str(o.description, `${q}.description`, false),
            meta: o.meta === undefined ? undefined : obj(o.meta, `${q}.meta`),
          });
        }),
      });
    }),
  });
  for (const [i, a] of event.Attribute.entries()) if (a.object_relation) throw bad(`Event.Attribute[${i}].object_relation`, 'only attributes inside an Object have one');
  return event;
}

/** STIX hash algorithm names (hash-algorithm-ov) of MISP's hash attribute types. */
export const HASH_TYPES: Readonly<Record<string, string>> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
  ssdeep: 'SSDEEP',
  tlsh: 'TLSH',
};

/** MISP attribute types that become a STIX cyber observable, by the SCO type. */
export const SCO_OF_TYPE: Readonly<Record<string, string>> = {
  'ip-src': 'ip',
  'ip-dst': 'ip',
  domain: 'domain-name',
  hostname: 'domain-name',
  url: 'url',
  link: 'url',
  email: 'email-addr',
  'email-src': 'email-addr',
  'email-dst': 'email-addr',
  filename: 'file',
  mutex: 'mutex',
  'mac-address': 'mac-addr',
  ...Object.fromEntries(Object.keys(HASH_TYPES).flatMap((h) => [[h, 'file'], [`filename|${h}`, 'file']])),
};

/** Attribute types that are detection rules: a to_ids one becomes an indicator in that pattern language. */
export const RULE_TYPES: Readonly<Record<string, string>> = { yara: 'yara', snort: 'snort', sigma: 'sigma', pcre: 'pcre' };

/** MISP's category for an attribute type when a STIX object does not say (MISP requires one). */
export function defaultCategory(type: string): string {
  if (/^(ip-|domain|hostname|url|link|mac-address)/.test(type)) return 'Network activity';
  if (/^(email|filename|md5|sha|ssdeep|tlsh)/.test(type)) return 'Payload delivery';
  if (type === 'mutex') return 'Artifacts dropped';
  if (type in RULE_TYPES) return 'Payload installation';
  if (type === 'vulnerability') return 'External analysis';
  return 'Other';
}

/**
 * Galaxy types OpsTrack turns into STIX objects (others stay tags). The misp-galaxy repository's
 * names: threat actors and ATT&CK groups are intrusion sets (as the MISP galaxy importer reads
 * them), malware families (ATT&CK, Malpedia and the family galaxies) malware, and so on.
 */
export const GALAXY_STIX_TYPE: Readonly<Record<string, string>> = {
  'threat-actor': 'intrusion-set',
  'mitre-intrusion-set': 'intrusion-set',
  'mitre-enterprise-attack-intrusion-set': 'intrusion-set',
  'microsoft-activity-group': 'intrusion-set',
  'mitre-malware': 'malware',
  'mitre-enterprise-attack-malware': 'malware',
  malpedia: 'malware',
  ransomware: 'malware',
  rat: 'malware',
  banker: 'malware',
  stealer: 'malware',
  backdoor: 'malware',
  botnet: 'malware',
  'exploit-kit': 'malware',
  android: 'malware',
  'mitre-tool': 'tool',
  'mitre-enterprise-attack-tool': 'tool',
  tool: 'tool',
  'mitre-attack-pattern': 'attack-pattern',
  'mitre-enterprise-attack-attack-pattern': 'attack-pattern',
  'mitre-course-of-action': 'course-of-action',
  'mitre-enterprise-attack-course-of-action': 'course-of-action',
  sector: 'identity',
  country: 'location',
};

/** The galaxy an OpsTrack object goes out in when it did not come from one. */
export const DEFAULT_GALAXY: Readonly<Record<string, string>> = {
  'intrusion-set': 'threat-actor',
  'threat-actor': 'threat-actor',
  malware: 'malpedia',
  tool: 'tool',
  'attack-pattern': 'mitre-attack-pattern',
  'course-of-action': 'mitre-course-of-action',
  identity: 'sector',
  location: 'country',
};

const TLP_TAG = /^tlp:(clear|white|green|amber|amber\+strict|red)$/i;

/** The TLP level a MISP tag names (`tlp:white` is TLP 2.0's clear), if it is a TLP tag. */
export function tlpOfTag(name: string): TlpLevel | undefined {
  const m = TLP_TAG.exec(name.trim());
  if (!m) return undefined;
  const level = m[1]!.toLowerCase();
  return (level === 'white' ? 'clear' : level) as TlpLevel;
}

/** A galaxy tag (`misp-galaxy:threat-actor="APT28"`): galaxies themselves carry that information. */
export function isGalaxyTag(name: string): boolean {
  return name.startsWith('misp-galaxy:');
}

export function galaxyTag(type: string, value: string): string {
  return `misp-galaxy:${type}="${value}"`;
}

/** MISP's seconds-since-epoch string for an ISO timestamp. */
export function epochOf(iso: string): string {
  return String(Math.floor(Date.parse(iso) / 1000));
}

/** An ISO timestamp for MISP's seconds-since-epoch (or an ISO string), else the fallback. */
export function isoOf(ts: string | undefined, fallback: string): string {
  if (ts && /^\d{1,12}$/.test(ts)) return new Date(Number(ts) * 1000).toISOString();
  if (ts && !Number.isNaN(Date.parse(ts))) return new Date(ts).toISOString();
  return fallback;
}
