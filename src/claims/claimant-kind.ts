/**
 * Who a claimant is, for the statement index's filters and the matrix's roll-up: a state (its
 * government, its country, an official speaking for it), a state agency (a ministry, an
 * intelligence service, a national cyber centre: FBI, CISA, GRU, UK NCSC...), a security vendor
 * (Microsoft, Mandiant, CrowdStrike...), a news medium, or other (researchers, NGOs, unknown
 * organisations). Read from the built-in knowledge (state bodies carry their state; attribution
 * sources are named) and from the stored identity (its name, its class), never from the request.
 */
import { CLAIMANT_KINDS, type ClaimantKind } from '../model/claim-sentence.ts';
import { defaultResolver } from '../knowledge/index.ts';
import { knowledgeId } from '../knowledge/ids.ts';
import { normalizeName } from '../knowledge/normalize.ts';
import { sourceIdentityId } from '../knowledge/to-stix.ts';

export { CLAIMANT_KINDS, type ClaimantKind };

/** Attribution sources of the built-in knowledge that are state agencies, with their state. */
const AGENCY_SOURCES: Readonly<Record<string, string>> = {
  'US Department of Justice': 'US', 'UK NCSC': 'GB', 'Australian Signals Directorate': 'AU', CISA: 'US', FBI: 'US',
  'NPA Japan': 'JP', SBU: 'UA', 'Netherlands AIVD': 'NL', 'US Cyber Command': 'US',
};
/** Attribution sources that are states themselves. */
const STATE_SOURCES: Readonly<Record<string, string>> = { 'US Government': 'US' };
const VENDORS = [
  'Microsoft', 'Mandiant', 'MITRE ATT&CK', 'MITRE', 'CrowdStrike', 'Sygnia', 'Trend Micro', 'Check Point', 'ESET', 'Lookout',
  'Recorded Future', 'Qihoo 360', 'Secureworks', 'Proofpoint', 'Symantec', 'Kaspersky', 'Google', 'Google Threat Intelligence',
  'Palo Alto Networks', 'Unit 42', 'Cisco Talos', 'Talos', 'Fortinet', 'SentinelOne', 'Sophos', 'Volexity', 'FireEye', 'Dragos',
  'Positive Technologies', 'Group-IB', 'QiAnXin', 'Qi An Xin', 'Antiy', 'Rising', '360', 'Bitdefender', 'Trellix', 'Cybereason',
];
const MEDIA = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'The New York Times',
  'New York Times', 'The Washington Post', 'Washington Post', 'The Guardian', 'Financial Times', 'The Wall Street Journal',
  'Wall Street Journal', 'Le Monde', 'Xinhua', 'Global Times', 'China Daily', 'CGTN', 'TASS', 'RIA Novosti', 'Interfax',
  'VOV', 'Voice of Vietnam', 'VnExpress', 'Tuoi Tre', 'Thanh Nien', 'The Record', 'BleepingComputer', 'Politico',
];

interface KindTables {
  /** Identity or location id -> the country location id it belongs to (states and their agencies). */
  stateOf: Map<string, string>;
  /** Ids that are a state (country locations, state governments). */
  states: Set<string>;
  /** Ids of agencies (state bodies). */
  agencies: Set<string>;
  vendors: Set<string>;
  media: Set<string>;
  /** A state's country location (and its government) -> its government identity: the voice of its named speakers. */
  governmentOf: Map<string, string>;
}

let tables: KindTables | undefined;

function build(): KindTables {
  const t: KindTables = { stateOf: new Map(), states: new Set(), agencies: new Set(), vendors: new Set(), media: new Set(), governmentOf: new Map() };
  const entities = defaultResolver().entities;
  const countryId = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'country' || !e.code) continue;
    countryId.set(e.code, e.id);
    const government = knowledgeId('identity', 'state-government', e.code);
    for (const id of [e.id, government]) {
      t.states.add(id);
      t.stateOf.set(id, e.id);
      t.governmentOf.set(id, government);
    }
  }
  for (const e of entities) {
    // State bodies: organisations the knowledge attributes to a state, with no sector (companies have one).
    if (e.kind !== 'organization' || e.sector) continue;
    const country = e.attributedTo?.[0]?.country;
    const location = country ? countryId.get(country) : undefined;
    if (!location) continue;
    t.agencies.add(e.id);
    t.stateOf.set(e.id, location);
    const source = sourceIdentityId(e.name);
    t.agencies.add(source);
    t.stateOf.set(source, location);
  }
  for (const [name, code] of Object.entries(AGENCY_SOURCES)) {
    const location = countryId.get(code);
    const id = sourceIdentityId(name);
    t.agencies.add(id);
    if (location) t.stateOf.set(id, location);
  }
  for (const [name, code] of Object.entries(STATE_SOURCES)) {
    const location = countryId.get(code);
    const id = sourceIdentityId(name);
    t.states.add(id);
    if (location) t.stateOf.set(id, location);
  }
  // by name (a stored identity) and by the id the knowledge gives an attribution source of that name
  for (const name of VENDORS) t.vendors.add(normalizeName(name)).add(sourceIdentityId(name));
  for (const name of MEDIA) t.media.add(normalizeName(name)).add(sourceIdentityId(name));
  return t;
}

function kindTables(): KindTables {
  tables ??= build();
  return tables;
}

/** What the index knows of a claimant identity (its stored latest version), when it is stored. */
export interface ClaimantIdentity {
  name?: string;
  identity_class?: string;
  sectors?: string[];
}

/**
 * The kind of a claim's claimant. `speaksFor`: the claim's speaks_for_ref (a person or body speaking
 * for a state makes the claim the state's, unless the body is itself an agency).
 */
export function claimantKind(claimantRef: string, speaksFor: string | undefined, identity?: ClaimantIdentity): ClaimantKind {
  const t = kindTables();
  if (t.states.has(claimantRef)) return 'state';
  if (t.agencies.has(claimantRef)) return 'agency';
  if (t.vendors.has(claimantRef)) return 'vendor';
  if (t.media.has(claimantRef)) return 'media';
  const name = identity?.name ? normalizeName(identity.name) : undefined;
  if (name && t.vendors.has(name)) return 'vendor';
  if (name && t.media.has(name)) return 'media';
  if (identity?.sectors?.includes('communications') && !identity.sectors.includes('technology')) return 'media';
  if (speaksFor) return t.agencies.has(speaksFor) ? 'agency' : t.states.has(speaksFor) ? 'state' : 'other';
  return 'other';
}

/** The state a party belongs to (itself when it is a state's country), or undefined. */
export function stateOf(ref: string): string | undefined {
  return kindTables().stateOf.get(ref);
}

/**
 * Whose voice a claim is for grouping into statements: a named speaker (a spokesperson, a
 * researcher: any claimant speaking for a party that is not itself a state or a state body) speaks
 * with the voice of the party, that is the state's government for a state, else the party itself;
 * so "Lin Jian denied" and "China's government denied" are one statement, while a state agency
 * (FBI, a ministry the knowledge lists) keeps its own voice. Anyone else is their own voice.
 */
export function claimantVoice(claimantRef: string, partyRef: string): string {
  if (claimantRef === partyRef) return claimantRef;
  const t = kindTables();
  if (t.states.has(claimantRef) || t.agencies.has(claimantRef)) return claimantRef;
  return t.governmentOf.get(partyRef) ?? partyRef;
}
