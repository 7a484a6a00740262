/**
 * TypeScript shapes of every STIX 2.1 object (OASIS STIX 2.1, sections 4-7 and 11). These describe
 * well-formed objects; validate.ts is what decides whether untrusted JSON is one. Every interface
 * keeps an index signature (via StixObject) so custom properties and extensions survive untouched.
 * @module
 */
import type { StixId, StixObject, StixTimestamp } from './core.ts';

export type { StixId, StixObject, StixTimestamp, Bundle } from './core.ts';

export type Identifier = StixId;
export type Hashes = Record<string, string>;
export type Dictionary = Record<string, unknown>;

export interface ExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  hashes?: Hashes;
  external_id?: string;
}

export interface KillChainPhase {
  kill_chain_name: string;
  phase_name: string;
}

export interface GranularMarking {
  selectors: string[];
  lang?: string;
  marking_ref?: StixId<'marking-definition'>;
}

/** Properties every SDO and SRO carries (section 3.2). */
interface DomainCommon<T extends string> extends StixObject {
  type: T;
  id: StixId<T>;
  spec_version: '2.1';
  created: StixTimestamp;
  modified: StixTimestamp;
  created_by_ref?: StixId<'identity'>;
  revoked?: boolean;
  labels?: string[];
  confidence?: number;
  lang?: string;
  external_references?: ExternalReference[];
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
}

/** Properties every SCO carries (section 6). */
interface ObservableCommon<T extends string> extends StixObject {
  type: T;
  id: StixId<T>;
  spec_version?: '2.1';
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  defanged?: boolean;
}

interface Named {
  name: string;
  description?: string;
}
interface Seen {
  first_seen?: StixTimestamp;
  last_seen?: StixTimestamp;
}

// ---- SDOs (section 4) ----
export interface AttackPattern extends DomainCommon<'attack-pattern'>, Named {
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
}
export interface Campaign extends DomainCommon<'campaign'>, Named, Seen {
  aliases?: string[];
  objective?: string;
}
export interface CourseOfAction extends DomainCommon<'course-of-action'>, Named {}
export interface Grouping extends DomainCommon<'grouping'> {
  name?: string;
  description?: string;
  context: string;
  object_refs: StixId[];
}
export interface Identity extends DomainCommon<'identity'>, Named {
  roles?: string[];
  identity_class?: string;
  sectors?: string[];
  contact_information?: string;
}
export interface Incident extends DomainCommon<'incident'>, Named {
  kill_chain_phases?: KillChainPhase[];
}
export interface Indicator extends DomainCommon<'indicator'> {
  name?: string;
  description?: string;
  indicator_types?: string[];
  pattern: string;
  pattern_type: string;
  pattern_version?: string;
  valid_from: StixTimestamp;
  valid_until?: StixTimestamp;
  kill_chain_phases?: KillChainPhase[];
}
export interface Infrastructure extends DomainCommon<'infrastructure'>, Named, Seen {
  infrastructure_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
}
export interface IntrusionSet extends DomainCommon<'intrusion-set'>, Named, Seen {
  aliases?: string[];
  goals?: string[];
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
}
export interface Location extends DomainCommon<'location'> {
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  precision?: number;
  region?: string;
  country?: string;
  administrative_area?: string;
  city?: string;
  street_address?: string;
  postal_code?: string;
}
export interface Malware extends DomainCommon<'malware'>, Seen {
  name?: string;
  description?: string;
  malware_types?: string[];
  is_family: boolean;
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  operating_system_refs?: StixId<'software'>[];
  architecture_execution_envs?: string[];
  implementation_languages?: string[];
  capabilities?: string[];
  sample_refs?: StixId<'file' | 'artifact'>[];
}
export interface MalwareAnalysis extends DomainCommon<'malware-analysis'> {
  product: string;
  version?: string;
  host_vm_ref?: StixId<'software'>;
  operating_system_ref?: StixId<'software'>;
  installed_software_refs?: StixId<'software'>[];
  configuration_version?: string;
  modules?: string[];
  analysis_engine_version?: string;
  analysis_definition_version?: string;
  submitted?: StixTimestamp;
  analysis_started?: StixTimestamp;
  analysis_ended?: StixTimestamp;
  result_name?: string;
  result?: string;
  analysis_sco_refs?: StixId[];
  sample_ref?: StixId<'file' | 'artifact' | 'network-traffic'>;
}
export interface Note extends DomainCommon<'note'> {
  abstract?: string;
  content: string;
  authors?: string[];
  object_refs: StixId[];
}
export interface ObservedData extends DomainCommon<'observed-data'> {
  first_observed: StixTimestamp;
  last_observed: StixTimestamp;
  number_observed: number;
  /** Deprecated in 2.1; exactly one of objects/object_refs. */
  objects?: Record<string, StixObject>;
  object_refs?: StixId[];
}
export type OpinionValue = 'strongly-disagree' | 'disagree' | 'neutral' | 'agree' | 'strongly-agree';
export interface Opinion extends DomainCommon<'opinion'> {
  explanation?: string;
  authors?: string[];
  opinion: OpinionValue;
  object_refs: StixId[];
}
export interface Report extends DomainCommon<'report'>, Named {
  report_types?: string[];
  published: StixTimestamp;
  object_refs: StixId[];
}
export interface ThreatActor extends DomainCommon<'threat-actor'>, Named, Seen {
  threat_actor_types?: string[];
  aliases?: string[];
  roles?: string[];
  goals?: string[];
  sophistication?: string;
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
  personal_motivations?: string[];
}
export interface Tool extends DomainCommon<'tool'>, Named {
  tool_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  tool_version?: string;
}
export interface Vulnerability extends DomainCommon<'vulnerability'>, Named {}

export type Sdo =
  | AttackPattern | Campaign | CourseOfAction | Grouping | Identity | Incident | Indicator | Infrastructure
  | IntrusionSet | Location | Malware | MalwareAnalysis | Note | ObservedData | Opinion | Report
  | ThreatActor | Tool | Vulnerability;

// ---- SROs (section 5) ----
export interface Relationship extends DomainCommon<'relationship'> {
  relationship_type: string;
  description?: string;
  source_ref: StixId;
  target_ref: StixId;
  start_time?: StixTimestamp;
  stop_time?: StixTimestamp;
}
export interface Sighting extends DomainCommon<'sighting'>, Seen {
  description?: string;
  count?: number;
  sighting_of_ref: StixId;
  observed_data_refs?: StixId<'observed-data'>[];
  where_sighted_refs?: StixId<'identity' | 'location'>[];
  summary?: boolean;
}
export type Sro = Relationship | Sighting;

// ---- SCOs (section 6) ----
export interface Artifact extends ObservableCommon<'artifact'> {
  mime_type?: string;
  payload_bin?: string;
  url?: string;
  hashes?: Hashes;
  encryption_algorithm?: 'AES-256-GCM' | 'ChaCha20-Poly1305' | 'mime-type-indicated';
  decryption_key?: string;
}
export interface AutonomousSystem extends ObservableCommon<'autonomous-system'> {
  number: number;
  name?: string;
  rir?: string;
}
export interface Directory extends ObservableCommon<'directory'> {
  path: string;
  path_enc?: string;
  ctime?: StixTimestamp;
  mtime?: StixTimestamp;
  atime?: StixTimestamp;
  contains_refs?: StixId<'file' | 'directory'>[];
}
export interface DomainName extends ObservableCommon<'domain-name'> {
  value: string;
  resolves_to_refs?: StixId<'ipv4-addr' | 'ipv6-addr' | 'domain-name'>[];
}
export interface EmailAddr extends ObservableCommon<'email-addr'> {
  value: string;
  display_name?: string;
  belongs_to_ref?: StixId<'user-account'>;
}
export interface EmailMimePart {
  body?: string;
  body_raw_ref?: StixId<'artifact' | 'file'>;
  content_type?: string;
  content_disposition?: string;
}
export interface EmailMessage extends ObservableCommon<'email-message'> {
  is_multipart: boolean;
  date?: StixTimestamp;
  content_type?: string;
  from_ref?: StixId<'email-addr'>;
  sender_ref?: StixId<'email-addr'>;
  to_refs?: StixId<'email-addr'>[];
  cc_refs?: StixId<'email-addr'>[];
  bcc_refs?: StixId<'email-addr'>[];
  message_id?: string;
  subject?: string;
  received_lines?: string[];
  additional_header_fields?: Record<string, string | string[]>;
  body?: string;
  body_multipart?: EmailMimePart[];
  raw_email_ref?: StixId<'artifact'>;
}
export interface File extends ObservableCommon<'file'> {
  hashes?: Hashes;
  size?: number;
  name?: string;
  name_enc?: string;
  magic_number_hex?: string;
  mime_type?: string;
  ctime?: StixTimestamp;
  mtime?: StixTimestamp;
  atime?: StixTimestamp;
  parent_directory_ref?: StixId<'directory'>;
  contains_refs?: StixId[];
  content_ref?: StixId<'artifact'>;
}
export interface Ipv4Addr extends ObservableCommon<'ipv4-addr'> {
  value: string;
  resolves_to_refs?: StixId<'mac-addr'>[];
  belongs_to_refs?: StixId<'autonomous-system'>[];
}
export interface Ipv6Addr extends ObservableCommon<'ipv6-addr'> {
  value: string;
  resolves_to_refs?: StixId<'mac-addr'>[];
  belongs_to_refs?: StixId<'autonomous-system'>[];
}
export interface MacAddr extends ObservableCommon<'mac-addr'> {
  value: string;
}
export interface Mutex extends ObservableCommon<'mutex'> {
  name: string;
}
export interface NetworkTraffic extends ObservableCommon<'network-traffic'> {
  start?: StixTimestamp;
  end?: StixTimestamp;
  is_active?: boolean;
  src_ref?: StixId<'ipv4-addr' | 'ipv6-addr' | 'mac-addr' | 'domain-name'>;
  dst_ref?: StixId<'ipv4-addr' | 'ipv6-addr' | 'mac-addr' | 'domain-name'>;
  src_port?: number;
  dst_port?: number;
  protocols: string[];
  src_byte_count?: number;
  dst_byte_count?: number;
  src_packets?: number;
  dst_packets?: number;
  ipfix?: Record<string, string | number>;
  src_payload_ref?: StixId<'artifact'>;
  dst_payload_ref?: StixId<'artifact'>;
  encapsulates_refs?: StixId<'network-traffic'>[];
  encapsulated_by_ref?: StixId<'network-traffic'>;
}
export interface Process extends ObservableCommon<'process'> {
  is_hidden?: boolean;
  pid?: number;
  created_time?: StixTimestamp;
  cwd?: string;
  command_line?: string;
  environment_variables?: Record<string, string>;
  opened_connection_refs?: StixId<'network-traffic'>[];
  creator_user_ref?: StixId<'user-account'>;
  image_ref?: StixId<'file'>;
  parent_ref?: StixId<'process'>;
  child_refs?: StixId<'process'>[];
}
export interface Software extends ObservableCommon<'software'> {
  name: string;
  cpe?: string;
  swid?: string;
  languages?: string[];
  vendor?: string;
  version?: string;
}
export interface Url extends ObservableCommon<'url'> {
  value: string;
}
export interface UserAccount extends ObservableCommon<'user-account'> {
  user_id?: string;
  credential?: string;
  account_login?: string;
  account_type?: string;
  display_name?: string;
  is_service_account?: boolean;
  is_privileged?: boolean;
  can_escalate_privs?: boolean;
  is_disabled?: boolean;
  account_created?: StixTimestamp;
  account_expires?: StixTimestamp;
  credential_last_changed?: StixTimestamp;
  account_first_login?: StixTimestamp;
  account_last_login?: StixTimestamp;
}
export interface WindowsRegistryValue {
  name?: string;
  data?: string;
  data_type?: string;
}
export interface WindowsRegistryKey extends ObservableCommon<'windows-registry-key'> {
  key?: string;
  values?: WindowsRegistryValue[];
  modified_time?: StixTimestamp;
  creator_user_ref?: StixId<'user-account'>;
  number_of_subkeys?: number;
}
export interface X509Certificate extends ObservableCommon<'x509-certificate'> {
  is_self_signed?: boolean;
  hashes?: Hashes;
  version?: string;
  serial_number?: string;
  signature_algorithm?: string;
  issuer?: string;
  validity_not_before?: StixTimestamp;
  validity_not_after?: StixTimestamp;
  subject?: string;
  subject_public_key_algorithm?: string;
  subject_public_key_modulus?: string;
  subject_public_key_exponent?: number;
  x509_v3_extensions?: Record<string, string>;
}
export type Sco =
  | Artifact | AutonomousSystem | Directory | DomainName | EmailAddr | EmailMessage | File | Ipv4Addr
  | Ipv6Addr | MacAddr | Mutex | NetworkTraffic | Process | Software | Url | UserAccount
  | WindowsRegistryKey | X509Certificate;

// ---- Meta objects (section 7) ----
export interface MarkingDefinition extends StixObject {
  type: 'marking-definition';
  id: StixId<'marking-definition'>;
  spec_version: '2.1';
  created: StixTimestamp;
  created_by_ref?: StixId<'identity'>;
  name?: string;
  definition_type?: string;
  definition?: Dictionary;
  external_references?: ExternalReference[];
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
}
export interface LanguageContent extends DomainCommon<'language-content'> {
  object_ref: StixId;
  object_modified?: StixTimestamp;
  contents: Record<string, Dictionary>;
}
export type ExtensionType = 'new-sdo' | 'new-sco' | 'new-sro' | 'property-extension' | 'toplevel-property-extension';
export interface ExtensionDefinition extends DomainCommon<'extension-definition'> {
  created_by_ref: StixId<'identity'>;
  name: string;
  description?: string;
  schema: string;
  version: string;
  extension_types: ExtensionType[];
  extension_properties?: string[];
}
export type Meta = MarkingDefinition | LanguageContent | ExtensionDefinition;

/** Any standard STIX 2.1 object; narrow on `type`. Custom objects are plain StixObject. */
export type AnyStixObject = Sdo | Sro | Sco | Meta;
export type StixType = AnyStixObject['type'];

export interface StixBundle {
  type: 'bundle';
  id: StixId<'bundle'>;
  objects: (AnyStixObject | StixObject)[];
}

export const SDO_TYPES = [
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'identity', 'incident', 'indicator',
  'infrastructure', 'intrusion-set', 'location', 'malware', 'malware-analysis', 'note', 'observed-data',
  'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
] as const satisfies readonly Sdo['type'][];
export const SRO_TYPES = ['relationship', 'sighting'] as const satisfies readonly Sro['type'][];
export const SCO_TYPES = [
  'artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file',
  'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url',
  'user-account', 'windows-registry-key', 'x509-certificate',
] as const satisfies readonly Sco['type'][];
export const META_TYPES = ['marking-definition', 'language-content', 'extension-definition'] as const satisfies readonly Meta['type'][];
