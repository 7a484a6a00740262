/**
 * A claim: a record of what someone said about a cyber operation (political claims analysis:
 * claimant -> form/stance -> addressee -> object). "The US attributes Volt Typhoon to China",
 * "China denies it", "China accuses the US of attacking its telecoms", "the US warns of serious
 * consequences" are four claims, each with its claimant, date, source report and exact passage.
 *
 * A claim is an immutable fact about what was said, not about what happened: a correction is a new
 * version (same id, later `modified`), never an edit in place. In STIX it is a new SDO of type
 * `x-opstrack-claim` defined by OpsTrack's extension-definition (src/claims/extension-definition.ts
 * says why a new SDO rather than a property extension on opinion/note).
 * @module
 */
import type { StixObject, StixTimestamp } from './stix/core.ts';

export const CLAIM_TYPE = 'x-opstrack-claim';
/** Fixed forever (a UUIDv4 drawn once, as OASIS does for TLP 2.0): every install publishes the same id. */
export const CLAIM_EXTENSION_ID = 'extension-definition--709ace5a-c8fd-4551-b42f-4c8c91f77d15';

export const CLAIM_STANCES = ['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for', 'overlaps'] as const;
/**
 * `attributes`: names who is behind an operation; `accuses`: charges a party with hostile activity
 * (a counter-accusation is one); `denies`/`confirms`: rejects or endorses earlier claims; `warns`:
 * threatens consequences; `calls-for`: demands an action; `overlaps`: a vendor says two clusters
 * overlap (never a merge: the entities stay two).
 */
export type ClaimStance = (typeof CLAIM_STANCES)[number];

/** EuRepoC's distinction of technical, political and legal attribution, plus intelligence and media. */
export const CLAIM_BASES = ['technical', 'intelligence', 'legal', 'political', 'media'] as const;
export type ClaimBasis = (typeof CLAIM_BASES)[number];

export const CLAIM_MEASURES = [
  'sanction',
  'indictment',
  'expulsion',
  'warning',
  'advisory',
  'disruption',
  'diplomatic-protest',
  'countermeasure',
] as const;
export type ClaimMeasure = (typeof CLAIM_MEASURES)[number];

/** Stances that put the blame on someone: the "for" side of a subject and the matrix's cells. */
export const ACCUSING_STANCES: readonly ClaimStance[] = ['attributes', 'accuses'];
export const DENYING_STANCES: readonly ClaimStance[] = ['denies'];

/** What a claim may be about (besides described activity in `subject_description`). */
export const SUBJECT_TYPES = ['intrusion-set', 'campaign', 'incident', 'threat-actor', 'malware', 'attack-pattern', 'tool'] as const;
/** Who a claim may point at, speak for or be made by. */
export const PARTY_TYPES = ['identity', 'location'] as const;

export interface ClaimEvidence {
  /** The passage exactly as it stands in the source's stored text: `text === stored.slice(start, end)`. */
  text: string;
  /** UTF-16 code-unit offsets (JavaScript string indices) into the report's stored text. */
  start?: number;
  end?: number;
  /** BCP 47 language of the passage (`vi`, `en`, `zh`...). */
  lang: string;
  translation?: { lang: string; text: string };
}

/** What a claim says, without the STIX envelope (no index signature, so Omit/Partial keep the fields). */
export interface ClaimFields {
  /** Who recorded the claim (an analyst's organisation), not who made it. */
  created_by_ref?: string;
  object_marking_refs?: string[];
  revoked?: boolean;
  /** Who made the claim: a state, a government body, a person speaking for one, a vendor. */
  claimant_ref: string;
  /** The state or body a person speaks for; the claim's party in the matrix (else the claimant). */
  speaks_for_ref?: string;
  stance: ClaimStance;
  /** Intrusion sets, campaigns, incidents, threat actors the claim is about. */
  subject_refs?: string[];
  /** The activity in words when no STIX object stands for it ("large-scale attacks on China's telecoms"). */
  subject_description?: string;
  /** The addressee: who is accused (attributes/accuses), cleared (denies), warned (warns) or called on. */
  addressee_refs?: string[];
  /** Victim side, where stated: STIX industry-sector-ov values and ISO 3166-1 alpha-2 codes. */
  targeted_sectors?: string[];
  targeted_countries?: string[];
  /** Day the claim was made, YYYY-MM-DD. */
  made_on: string;
  /** The report (article, statement, advisory) the claim was read from. */
  source_ref: string;
  evidence: ClaimEvidence;
  basis?: ClaimBasis;
  /** Earlier claims this one answers: a denial answers an attribution. */
  responds_to_refs?: string[];
  /** For responses: the measure announced. */
  measure?: ClaimMeasure;
  /** Event-data codes so CAMEO/PLOVER users can join: 112/1125 accuse, 016 deny, 13x threaten, 163 sanction. */
  cameo_code?: string;
  plover_code?: string;
  /** STIX's common property: confidence (0-100) that the claim holds as stated by its claimant. */
  confidence?: number;
}

export interface Claim extends StixObject, ClaimFields {
  type: typeof CLAIM_TYPE;
  id: `${typeof CLAIM_TYPE}--${string}`;
  spec_version: '2.1';
  created: StixTimestamp;
  modified: StixTimestamp;
  created_by_ref?: string;
  object_marking_refs?: string[];
  extensions: Record<string, unknown>;
}

/** The OASIS identifier pattern (a UUID of version 1-5, RFC 4122 variant). */
const ID_RE = /^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANG_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const KNOWN = new Set([
  'type', 'id', 'spec_version', 'created', 'modified', 'created_by_ref', 'revoked', 'labels', 'confidence', 'lang',
  'external_references', 'object_marking_refs', 'granular_markings', 'extensions',
  'claimant_ref', 'speaks_for_ref', 'stance', 'subject_refs', 'subject_description', 'addressee_refs',
  'targeted_sectors', 'targeted_countries', 'made_on', 'source_ref', 'evidence', 'basis', 'responds_to_refs',
  'measure', 'cameo_code', 'plover_code',
]);

export function isClaim(object: { type?: unknown }): object is Claim {
  return object.type === CLAIM_TYPE;
}

function typeOf(ref: string): string {
  return ref.slice(0, ref.indexOf('--'));
}

/**
 * Every problem with a would-be claim, each naming its JSON path (`claims[2].evidence.end: ...`).
 * Empty when valid. Unknown properties are refused so a typo never silently drops a field.
 */
export function claimProblems(value: unknown, path = 'claim'): string[] {
  const out: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: must be an object`];
  const c = value as Record<string, unknown>;
  const at = (k: string) => `${path}.${k}`;
  const str = (k: string, required: boolean, re?: RegExp, what = 'a string'): string | undefined => {
    const v = c[k];
    if (v === undefined) {
      if (required) out.push(`${at(k)}: required`);
      return undefined;
    }
    if (typeof v !== 'string' || v.length === 0 || (re && !re.test(v))) {
      out.push(`${at(k)}: must be ${what}`);
      return undefined;
    }
    return v;
  };
  const ref = (k: string, required: boolean, types: readonly string[]) => {
    const v = str(k, required, ID_RE, 'a STIX id');
    if (v && !types.includes(typeOf(v))) out.push(`${at(k)}: must reference ${types.join(' or ')}`);
  };
  const list = (k: string, check: (v: unknown, p: string) => string | undefined) => {
    const v = c[k];
    if (v === undefined) return;
    if (!Array.isArray(v) || v.length === 0) return void out.push(`${at(k)}: must be a non-empty array`);
    if (new Set(v).size !== v.length) out.push(`${at(k)}: must not repeat values`);
    v.forEach((item, i) => {
      const problem = check(item, `${at(k)}[${i}]`);
      if (problem) out.push(problem);
    });
  };
  const refOf = (types: readonly string[]) => (v: unknown, p: string) =>
    typeof v !== 'string' || !ID_RE.test(v) || !types.includes(typeOf(v)) ? `${p}: must reference ${types.join(' or ')}` : undefined;

  for (const k of Object.keys(c)) {
    if (!KNOWN.has(k)) out.push(`${at(k)}: unknown property`);
  }
  if (c.type !== CLAIM_TYPE) out.push(`${at('type')}: must be '${CLAIM_TYPE}'`);
  const id = str('id', true, ID_RE, 'a STIX id');
  if (id && typeOf(id) !== CLAIM_TYPE) out.push(`${at('id')}: must start with '${CLAIM_TYPE}--'`);
  if (c.spec_version !== '2.1') out.push(`${at('spec_version')}: must be '2.1'`);
  const created = str('created', true, TS_RE, 'an RFC 3339 UTC timestamp');
  const modified = str('modified', true, TS_RE, 'an RFC 3339 UTC timestamp');
  if (created && modified && modified < created) out.push(`${at('modified')}: must not be before created`);
  ref('created_by_ref', false, ['identity']);
  if (c.revoked !== undefined && typeof c.revoked !== 'boolean') out.push(`${at('revoked')}: must be a boolean`);
  ref('claimant_ref', true, ['identity']);
  ref('speaks_for_ref', false, PARTY_TYPES);
  if (!CLAIM_STANCES.includes(c.stance as ClaimStance)) out.push(`${at('stance')}: must be one of ${CLAIM_STANCES.join(', ')}`);
  list('subject_refs', refOf(SUBJECT_TYPES));
  str('subject_description', false);
  if (c.subject_refs === undefined && c.subject_description === undefined) out.push(`${at('subject_refs')}: required (or subject_description)`);
  if (c.stance === 'overlaps' && (!Array.isArray(c.subject_refs) || c.subject_refs.length < 2)) {
    out.push(`${at('subject_refs')}: an overlap claim names at least two subjects`);
  }
  list('addressee_refs', refOf(PARTY_TYPES));
  list('targeted_sectors', (v, p) => (typeof v === 'string' && SLUG_RE.test(v) ? undefined : `${p}: must be a lowercase slug`));
  list('targeted_countries', (v, p) => (typeof v === 'string' && COUNTRY_RE.test(v) ? undefined : `${p}: must be an ISO 3166-1 alpha-2 code`));
  str('made_on', true, DATE_RE, 'a date YYYY-MM-DD');
  ref('source_ref', true, ['report']);
  const ev = c.evidence;
  if (ev === undefined) out.push(`${at('evidence')}: required`);
  else if (typeof ev !== 'object' || ev === null || Array.isArray(ev)) out.push(`${at('evidence')}: must be an object`);
  else {
    const e = ev as Record<string, unknown>;
    for (const k of Object.keys(e)) {
      if (!['text', 'start', 'end', 'lang', 'translation'].includes(k)) out.push(`${at('evidence')}.${k}: unknown property`);
    }
    if (typeof e.text !== 'string' || e.text.length === 0) out.push(`${at('evidence')}.text: must be a non-empty string`);
    if (typeof e.lang !== 'string' || !LANG_RE.test(e.lang)) out.push(`${at('evidence')}.lang: must be a BCP 47 language tag`);
    if ((e.start === undefined) !== (e.end === undefined)) out.push(`${at('evidence')}.end: start and end go together`);
    if (e.start !== undefined || e.end !== undefined) {
      const okStart = Number.isSafeInteger(e.start) && (e.start as number) >= 0;
      const okEnd = Number.isSafeInteger(e.end);
      if (!okStart) out.push(`${at('evidence')}.start: must be a non-negative integer`);
      if (!okEnd) out.push(`${at('evidence')}.end: must be an integer`);
      if (okStart && okEnd && typeof e.text === 'string' && (e.end as number) - (e.start as number) !== e.text.length) {
        out.push(`${at('evidence')}.end: end - start must equal the passage's length`);
      }
    }
    if (e.translation !== undefined) {
      const t = e.translation as Record<string, unknown>;
      if (typeof t !== 'object' || t === null || Array.isArray(t)) out.push(`${at('evidence')}.translation: must be an object`);
      else {
        if (typeof t.text !== 'string' || t.text.length === 0) out.push(`${at('evidence')}.translation.text: must be a non-empty string`);
        if (typeof t.lang !== 'string' || !LANG_RE.test(t.lang)) out.push(`${at('evidence')}.translation.lang: must be a BCP 47 language tag`);
        for (const k of Object.keys(t)) if (k !== 'text' && k !== 'lang') out.push(`${at('evidence')}.translation.${k}: unknown property`);
      }
    }
  }
  if (c.basis !== undefined && !CLAIM_BASES.includes(c.basis as ClaimBasis)) out.push(`${at('basis')}: must be one of ${CLAIM_BASES.join(', ')}`);
  list('responds_to_refs', refOf([CLAIM_TYPE]));
  if (id && Array.isArray(c.responds_to_refs) && c.responds_to_refs.includes(id)) out.push(`${at('responds_to_refs')}: a claim cannot answer itself`);
  if (c.measure !== undefined && !CLAIM_MEASURES.includes(c.measure as ClaimMeasure)) {
    out.push(`${at('measure')}: must be one of ${CLAIM_MEASURES.join(', ')}`);
  }
  str('cameo_code', false, /^\d{2,4}$/, 'a CAMEO code of 2-4 digits');
  str('plover_code', false, /^[A-Z][A-Z_]*$/, 'a PLOVER event type in capitals');
  if (c.confidence !== undefined && !(Number.isInteger(c.confidence) && (c.confidence as number) >= 0 && (c.confidence as number) <= 100)) {
    out.push(`${at('confidence')}: must be an integer 0-100`);
  }
  const ext = c.extensions as Record<string, { extension_type?: unknown }> | undefined;
  if (typeof ext !== 'object' || ext === null || ext[CLAIM_EXTENSION_ID]?.extension_type !== 'new-sdo') {
    out.push(`${at('extensions')}: must hold {"${CLAIM_EXTENSION_ID}": {"extension_type": "new-sdo"}}`);
  }
  return out;
}

/** The claim's party: the state or body it speaks for, else the claimant itself (matrix rows). */
export function claimParty(claim: Pick<Claim, 'claimant_ref' | 'speaks_for_ref'>): string {
  return claim.speaks_for_ref ?? claim.claimant_ref;
}

/** Whether a claim stands for or against the subjects it names (neutral: warnings, calls, overlaps). */
export function stanceSide(stance: ClaimStance): 'for' | 'against' | 'neutral' {
  if (ACCUSING_STANCES.includes(stance) || stance === 'confirms') return 'for';
  if (DENYING_STANCES.includes(stance)) return 'against';
  return 'neutral';
}

/** Whether the evidence offsets reproduce the passage in the report's stored text. */
export function evidenceMatches(evidence: ClaimEvidence, storedText: string): boolean {
  if (evidence.start === undefined || evidence.end === undefined) return storedText.includes(evidence.text);
  return storedText.slice(evidence.start, evidence.end) === evidence.text;
}

/** Default CAMEO codes by stance, for producers that want one (claims never get one silently). */
export const CAMEO_BY_STANCE: Partial<Record<ClaimStance, string>> = {
  attributes: '112',
  accuses: '112',
  denies: '016',
  warns: '130',
  'calls-for': '100',
};
