/**
 * One valid object of every STIX 2.1 type (written for these tests from the spec's property
 * tables), so validator and oracle tests also cover the types the reference examples lack.
 */
import { scoId } from '../../../src/model/stix/ids.ts';

type Obj = Record<string, unknown>;

const ID = (type: string, n: number): string => `${type}--${n.toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-0c1d2e3f4a5b`;
const T0 = '2024-03-01T10:00:00.000Z';
const T1 = '2024-03-02T11:30:00.000Z';
const IDENTITY = ID('identity', 1);
const MARKING = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da';
const EXT_DEF = ID('extension-definition', 2);

const common = (type: string, n: number): Obj => ({
  type,
  spec_version: '2.1',
  id: ID(type, n),
  created: T0,
  modified: T1,
  created_by_ref: IDENTITY,
  object_marking_refs: [MARKING],
});

const sco = (o: Obj): Obj => ({ spec_version: '2.1', ...o, id: scoId(o as { type: string }) });

export const SAMPLE_SDOS: Obj[] = [
  {
    ...common('attack-pattern', 10),
    name: 'Spear Phishing Attachment',
    external_references: [{ source_name: 'capec', external_id: 'CAPEC-163' }],
    kill_chain_phases: [{ kill_chain_name: 'lockheed-martin-cyber-kill-chain', phase_name: 'delivery' }],
  },
  { ...common('campaign', 11), name: 'Operation Example', first_seen: '2023-01-01T00:00:00Z', last_seen: '2023-06-01T00:00:00Z', objective: 'espionage' },
  { ...common('course-of-action', 12), name: 'Block the C2 domain', description: 'Sinkhole it.' },
  { ...common('grouping', 13), name: 'Triage', context: 'suspicious-activity', object_refs: [ID('indicator', 18), ID('malware', 20)] },
  { ...common('identity', 14), name: 'Ministry of Example', identity_class: 'organization', sectors: ['government-national'], roles: ['victim'] },
  { ...common('incident', 15), name: 'Breach at the ministry', kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'initial-access' }] },
  {
    ...common('indicator', 18),
    name: 'C2 address',
    indicator_types: ['malicious-activity'],
    pattern: "[ipv4-addr:value = '198.51.100.3']",
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: T0,
    valid_until: '2025-03-01T10:00:00Z',
    confidence: 80,
    lang: 'en',
  },
  { ...common('infrastructure', 19), name: 'C2 server', infrastructure_types: ['command-and-control'], first_seen: T0 },
  {
    ...common('intrusion-set', 16),
    name: 'APT Example',
    aliases: ['Example Group'],
    resource_level: 'government',
    primary_motivation: 'organizational-gain',
    goals: ['steal secrets'],
  },
  { ...common('location', 17), name: 'Hanoi', country: 'VN', latitude: 21.0285, longitude: 105.8542, precision: 1000, region: 'south-eastern-asia' },
  {
    ...common('malware', 20),
    name: 'PlugX',
    is_family: true,
    malware_types: ['remote-access-trojan'],
    implementation_languages: ['c++'],
    architecture_execution_envs: ['x86'],
    capabilities: ['communicates-with-c2'],
  },
  { ...common('malware-analysis', 21), product: 'examplescan', result: 'malicious', analysis_sco_refs: [ID('file', 3)], submitted: T0 },
  { ...common('note', 22), abstract: 'Attribution', content: 'Overlaps with earlier activity.', authors: ['analyst'], object_refs: [ID('intrusion-set', 16)] },
  {
    ...common('observed-data', 23),
    first_observed: T0,
    last_observed: T1,
    number_observed: 3,
    object_refs: [ID('ipv4-addr', 4)],
  },
  { ...common('opinion', 24), opinion: 'agree', explanation: 'Consistent with telemetry.', object_refs: [ID('report', 25)] },
  { ...common('report', 25), name: 'Quarterly threat report', report_types: ['threat-report'], published: T1, object_refs: [ID('indicator', 18)] },
  {
    ...common('threat-actor', 26),
    name: 'Unit Example',
    threat_actor_types: ['nation-state'],
    roles: ['sponsor'],
    sophistication: 'expert',
    resource_level: 'government',
    primary_motivation: 'ideology',
    secondary_motivations: ['dominance'],
  },
  { ...common('tool', 27), name: 'Cobalt Strike', tool_types: ['remote-access'], tool_version: '4.9' },
  {
    ...common('vulnerability', 28),
    name: 'CVE-2021-44228',
    external_references: [{ source_name: 'cve', external_id: 'CVE-2021-44228' }],
  },
  {
    ...common('relationship', 29),
    relationship_type: 'uses',
    source_ref: ID('intrusion-set', 16),
    target_ref: ID('malware', 20),
    start_time: T0,
    stop_time: T1,
  },
  {
    ...common('sighting', 30),
    sighting_of_ref: ID('indicator', 18),
    count: 5,
    first_seen: T0,
    last_seen: T1,
    observed_data_refs: [ID('observed-data', 23)],
    where_sighted_refs: [IDENTITY],
    summary: false,
  },
  {
    ...common('language-content', 31),
    object_ref: ID('campaign', 11),
    object_modified: T1,
    contents: { vi: { name: 'Chiến dịch ví dụ' } },
  },
  {
    ...common('extension-definition', 32),
    id: EXT_DEF,
    name: 'Claims extension',
    schema: 'https://example.org/claims.json',
    version: '1.0.0',
    extension_types: ['property-extension'],
  },
  {
    type: 'marking-definition',
    spec_version: '2.1',
    id: ID('marking-definition', 33),
    created: T0,
    definition_type: 'statement',
    definition: { statement: 'Copyright Example' },
  },
];

export const SAMPLE_SCOS: Obj[] = [
  sco({ type: 'artifact', mime_type: 'text/plain', payload_bin: 'aGVsbG8gd29ybGQ=' }),
  sco({ type: 'autonomous-system', number: 15139, name: 'Example AS' }),
  sco({ type: 'directory', path: 'C:\\Windows\\System32' }),
  sco({ type: 'domain-name', value: 'example.com' }),
  sco({ type: 'email-addr', value: 'john@example.com', display_name: 'John Doe' }),
  sco({ type: 'email-message', is_multipart: false, subject: 'Hello', body: 'Hi there', from_ref: ID('email-addr', 5), date: T0 }),
  sco({
    type: 'file',
    name: 'payload.exe',
    hashes: { 'SHA-256': 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' },
    size: 1024,
    extensions: { 'windows-pebinary-ext': { pe_type: 'exe', number_of_sections: 4 } },
  }),
  sco({ type: 'ipv4-addr', value: '198.51.100.3' }),
  sco({ type: 'ipv6-addr', value: '2001:db8::1' }),
  sco({ type: 'mac-addr', value: 'd2:fb:49:24:37:18' }),
  sco({ type: 'mutex', name: '__CLEANSWEEP__' }),
  sco({ type: 'network-traffic', src_ref: ID('ipv4-addr', 4), dst_port: 443, protocols: ['ipv4', 'tcp'], start: T0, end: T1, is_active: false }),
  { type: 'process', spec_version: '2.1', id: ID('process', 6), pid: 1221, command_line: 'gedit --new-window' },
  sco({ type: 'software', name: 'Word', cpe: 'cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*', vendor: 'Microsoft', version: '2002' }),
  sco({ type: 'url', value: 'https://example.com/research/index.html' }),
  sco({ type: 'user-account', user_id: '1001', account_login: 'jdoe', account_type: 'unix', extensions: { 'unix-account-ext': { gid: 1001, shell: '/bin/bash' } } }),
  sco({ type: 'windows-registry-key', key: 'HKEY_LOCAL_MACHINE\\System\\Foo', values: [{ name: 'Foo', data: 'qwerty', data_type: 'REG_SZ' }] }),
  sco({ type: 'x509-certificate', serial_number: '36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06', issuer: 'CN=Example CA' }),
];

/** A custom object defined through an extension-definition (section 7.3, new-sdo). */
export const SAMPLE_EXTENDED: Obj[] = [
  {
    ...common('x-example-claim', 34),
    statement: 'Ministry A accuses group B',
    extensions: { [EXT_DEF]: { extension_type: 'new-sdo' } },
  },
  {
    ...common('campaign', 35),
    name: 'Extended campaign',
    extensions: { [EXT_DEF]: { extension_type: 'property-extension', claim_strength: 3 } },
  },
];

export const SAMPLES: Obj[] = [...SAMPLE_SDOS, ...SAMPLE_SCOS, ...SAMPLE_EXTENDED];
