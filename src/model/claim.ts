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
import { Type, type SchemaOptions, type Static, type TArray, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { schemaProblems, withoutProblems, type SchemaProblem } from './schema-problems.ts';
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

/** The OASIS identifier pattern (a UUID of version 1-5, RFC 4122 variant) after `type--`. */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
const TS_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$';
const LANG_PATTERN = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/**
 * `problem`: what the validator says when a value breaks this node (claim-schema.ts turns ajv's
 * errors into `path: problem`); it is an annotation, stripped from the schemas Fastify compiles.
 */
interface Problem {
  problem?: string;
}

/** A string enum as JSON Schema's `enum` (one error, "must be one of ..."), typed as its union. */
function StringEnum<T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/** A STIX id of one of `types`. */
function Ref<T extends string = string>(types: readonly string[], options: SchemaOptions = {}): TUnsafe<T> {
  const pattern = `^(${types.join('|')})--${UUID}$`;
  return Type.Unsafe<T>(Type.String({ ...options, pattern, problem: `must reference ${types.join(' or ')}` } as SchemaOptions & Problem));
}

/** A non-empty array of distinct values. */
function Refs<T extends TSchema>(items: T, options: SchemaOptions = {}): TArray<T> {
  return Type.Array(items, { ...options, minItems: 1, uniqueItems: true, problem: 'must be a non-empty array' } as SchemaOptions & Problem);
}

const Timestamp = Type.Unsafe<StixTimestamp>(Type.String({ pattern: TS_PATTERN, problem: 'must be an RFC 3339 UTC timestamp' } as SchemaOptions & Problem));
const Lang = Type.String({ pattern: LANG_PATTERN, problem: 'must be a BCP 47 language tag' } as SchemaOptions & Problem);
const NonEmpty = (options: SchemaOptions = {}) => Type.String({ ...options, minLength: 1, problem: 'must be a non-empty string' } as SchemaOptions & Problem);

export const EVIDENCE_KINDS = ['quotation', 'summary'] as const;
/** How exact `made_on` is: the day, or the first day of the week, month or year the source gives. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
/**
 * Where `made_on` came from: the source's text (dateline, explicit or relative date), the source's
 * publication date, or nowhere (`unknown`: the claim has no `made_on`, and is shown as undated).
 */
export const DATE_SOURCES = ['text', 'publication', 'unknown'] as const;

export const ClaimEvidenceSchema = Type.Object(
  {
    /** The passage exactly as it stands in the source's stored text: `text === stored.slice(start, end)`. */
    text: NonEmpty({ description: "The passage exactly as in the report's stored text." }),
    /** UTF-16 code-unit offsets (JavaScript string indices) into the report's stored text. */
    start: Type.Optional(Type.Integer({ minimum: 0, problem: 'must be a non-negative integer', description: "UTF-16 code-unit offset of the passage in the report's stored text." } as SchemaOptions & Problem)),
    end: Type.Optional(Type.Integer({ minimum: 0, problem: 'must be a non-negative integer', description: 'UTF-16 code-unit offset just past the passage.' } as SchemaOptions & Problem)),
    /** BCP 47 language of the passage (`vi`, `en`, `zh`...). */
    lang: Lang,
    translation: Type.Optional(Type.Object({ lang: Lang, text: NonEmpty() }, { additionalProperties: false })),
    /**
     * `quotation` (the default): the source's own words. `summary`: words OpsTrack wrote to state what
     * the source says (default knowledge), never to be shown as a quotation.
     */
    kind: Type.Optional(StringEnum(EVIDENCE_KINDS, { description: "quotation (the source's words, the default) or summary (written by OpsTrack)." })),
  },
  { additionalProperties: false, dependentRequired: { start: ['end'], end: ['start'] } },
);
export type ClaimEvidence = Static<typeof ClaimEvidenceSchema>;

/**
 * What a claim says, without the STIX envelope: one schema gives the TypeScript type (Static),
 * the validator (claim-schema.ts, ajv), the API's input schema and the published JSON Schema.
 */
export const claimFieldProperties = {
  /** Who recorded the claim (an analyst's organisation), not who made it. */
  created_by_ref: Type.Optional(Ref(['identity'], { description: 'Who recorded the claim (not who made it).' })),
  object_marking_refs: Type.Optional(Type.Array(Type.String())),
  revoked: Type.Optional(Type.Boolean()),
  /** Who made the claim: a state, a government body, a person speaking for one, a vendor. */
  claimant_ref: Ref(['identity'], { description: 'Who made the claim: a state, a government body, a person speaking for one, a vendor.' }),
  /** The state or body a person speaks for; the claim's party in the matrix (else the claimant). */
  speaks_for_ref: Type.Optional(Ref(PARTY_TYPES, { description: 'The state or body the claimant speaks for.' })),
  stance: StringEnum(CLAIM_STANCES),
  /** Intrusion sets, campaigns, incidents, threat actors the claim is about. */
  subject_refs: Type.Optional(Refs(Ref(SUBJECT_TYPES))),
  /** The activity in words when no STIX object stands for it ("large-scale attacks on China's telecoms"). */
  subject_description: Type.Optional(NonEmpty({ description: 'The activity in words when no STIX object stands for it.' })),
  /** The addressee: who is accused (attributes/accuses), cleared (denies), warned (warns) or called on. */
  addressee_refs: Type.Optional(Refs(Ref(PARTY_TYPES), {
    description: 'Who is accused (attributes, accuses), cleared (denies), warned (warns) or called on (calls-for).',
  })),
  /** Victim side, where stated: STIX industry-sector-ov values and ISO 3166-1 alpha-2 codes. */
  targeted_sectors: Type.Optional(Refs(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', problem: 'must be a lowercase slug' } as SchemaOptions & Problem))),
  targeted_countries: Type.Optional(Refs(Type.String({ pattern: '^[A-Z]{2}$', problem: 'must be an ISO 3166-1 alpha-2 code' } as SchemaOptions & Problem))),
  /**
   * Day the claim was made, YYYY-MM-DD (with a coarser precision: the first day of its week, month or
   * year). Required unless `made_on_source` is `unknown`, when it is absent.
   */
  made_on: Type.Optional(Type.String({
    pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', problem: 'must be a date YYYY-MM-DD', description: 'Day the claim was made (absent when unknown).',
  } as SchemaOptions & Problem)),
  /** How exact `made_on` is (day when absent). */
  made_on_precision: Type.Optional(StringEnum(DATE_PRECISIONS, { description: 'How exact made_on is: day (the default), week, month or year.' })),
  /** Where `made_on` came from (text, publication) or `unknown` (no made_on). */
  made_on_source: Type.Optional(StringEnum(DATE_SOURCES, { description: "Where made_on came from: the source's text, its publication date, or unknown." })),
  /** The report (article, statement, advisory) the claim was read from. */
  source_ref: Ref(['report']),
  evidence: ClaimEvidenceSchema,
  basis: Type.Optional(StringEnum(CLAIM_BASES)),
  /** Earlier claims this one answers: a denial answers an attribution. */
  responds_to_refs: Type.Optional(Refs(Ref([CLAIM_TYPE]))),
  /** For responses: the measure announced. */
  measure: Type.Optional(StringEnum(CLAIM_MEASURES)),
  /** Event-data codes so CAMEO/PLOVER users can join: 112/1125 accuse, 016 deny, 13x threaten, 163 sanction. */
  cameo_code: Type.Optional(Type.String({ pattern: '^\\d{2,4}$', problem: 'must be a CAMEO code of 2-4 digits' } as SchemaOptions & Problem)),
  plover_code: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z_]*$', problem: 'must be a PLOVER event type in capitals' } as SchemaOptions & Problem)),
  /** STIX's common property: confidence (0-100) that the claim holds as stated by its claimant. */
  confidence: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, problem: 'must be an integer 0-100' } as SchemaOptions & Problem)),
};

/** A claim needs at least one of these (what it is about). */
export const CLAIM_SUBJECT_ALTERNATIVES = ['subject_refs', 'subject_description'] as const;

export const ClaimFieldsSchema = Type.Object(claimFieldProperties, { additionalProperties: false });
/** What a claim says, without the STIX envelope (no index signature, so Omit/Partial keep the fields). */
export type ClaimFields = Static<typeof ClaimFieldsSchema>;

const EXTENSIONS_PROBLEM = `must hold {"${CLAIM_EXTENSION_ID}": {"extension_type": "new-sdo"}}`;

/** The whole claim: the STIX envelope and common properties, then the claim's own fields. */
export const ClaimSchema = Type.Object(
  {
    type: Type.Literal(CLAIM_TYPE),
    id: Ref<`${typeof CLAIM_TYPE}--${string}`>([CLAIM_TYPE]),
    spec_version: Type.Literal('2.1'),
    created: Timestamp,
    modified: Timestamp,
    // STIX common properties a claim may carry (checked by the OASIS core schema where published).
    labels: Type.Optional(Type.Unknown()),
    lang: Type.Optional(Type.Unknown()),
    external_references: Type.Optional(Type.Unknown()),
    granular_markings: Type.Optional(Type.Unknown()),
    ...claimFieldProperties,
    extensions: Type.Object(
      { [CLAIM_EXTENSION_ID]: Type.Object({ extension_type: Type.Literal('new-sdo') }) },
      { problem: EXTENSIONS_PROBLEM } as SchemaOptions & Problem,
    ),
  },
  {
    additionalProperties: false,
    anyOf: CLAIM_SUBJECT_ALTERNATIVES.map((k) => ({ required: [k] })),
    // made_on is required unless the source gives no date (made_on_source: unknown), when it is absent
    if: { required: ['made_on_source'], properties: { made_on_source: { const: 'unknown' } } },
    then: { not: { anyOf: [{ required: ['made_on'] }, { required: ['made_on_precision'] }] } },
    else: { required: ['made_on'] },
  },
);

export type Claim = Static<typeof ClaimSchema> & StixObject & { extensions: Record<string, unknown> };

export function isClaim(object: { type?: unknown }): object is Claim {
  return object.type === CLAIM_TYPE;
}

/** The published JSON Schema's `$id` (the extension-definition's `schema` points here). */
export const CLAIM_SCHEMA_URL = 'https://raw.githubusercontent.com/opstrack/opstrack/main/src/claims/claim.schema.json';
const OASIS_CORE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/core.json';

/**
 * The claim's published JSON Schema (src/claims/claim.schema.json is this, written by
 * `node --import tsx scripts/claim-schema.ts`; a test keeps the file in step): the claim schema
 * with OASIS's STIX core beside it.
 */
export function claimJsonSchema(): Record<string, unknown> {
  return {
    $id: CLAIM_SCHEMA_URL,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: CLAIM_TYPE,
    description:
      'A claim: who (claimant) said what (stance) about which operations (subjects), against whom (addressees), when, in which source ' +
      `report, on which exact passage. Defined by OpsTrack's ${CLAIM_EXTENSION_ID} as a new SDO. Claims are immutable records of ` +
      'statements; a correction is a new version with the same id and a later modified.',
    allOf: [{ $ref: OASIS_CORE }],
    ...withoutProblems(ClaimSchema),
  };
}

let compiled: ValidateFunction | undefined;
/** The claim validator, compiled on first use (importing the model stays cheap for `opstrack extract`). */
function validateClaim(value: unknown): boolean {
  // allErrors: every problem at once (a claim is small); verbose: errors carry their schema node.
  compiled ??= new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, keywords: ['problem'] }).compile<unknown>(ClaimSchema);
  return compiled(value);
}

/** Checks no schema can state: they relate two fields. */
function crossFieldProblems(c: Record<string, unknown>, path: string): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const at = (k: string) => `${path}.${k}`;
  if (typeof c.created === 'string' && typeof c.modified === 'string' && c.modified < c.created) {
    out.push({ path: at('modified'), problem: 'must not be before created' });
  }
  if (c.made_on_source === 'unknown') {
    if (c.made_on !== undefined) out.push({ path: at('made_on'), problem: 'must be absent when made_on_source is unknown' });
    if (c.made_on_precision !== undefined) out.push({ path: at('made_on_precision'), problem: 'must be absent when made_on_source is unknown' });
  } else if (c.made_on === undefined) {
    out.push({ path: at('made_on'), problem: 'required (or made_on_source: unknown)' });
  }
  if (c.stance === 'overlaps' && (!Array.isArray(c.subject_refs) || c.subject_refs.length < 2)) {
    out.push({ path: at('subject_refs'), problem: 'an overlap claim names at least two subjects' });
  }
  const e = c.evidence as Record<string, unknown> | undefined;
  if (e && typeof e === 'object' && Number.isSafeInteger(e.start) && Number.isSafeInteger(e.end) && typeof e.text === 'string') {
    if ((e.end as number) - (e.start as number) !== e.text.length) {
      out.push({ path: at('evidence.end'), problem: "end - start must equal the passage's length" });
    }
  }
  if (typeof c.id === 'string' && Array.isArray(c.responds_to_refs) && c.responds_to_refs.includes(c.id)) {
    out.push({ path: at('responds_to_refs'), problem: 'a claim cannot answer itself' });
  }
  return out;
}

/**
 * Every problem with a would-be claim, each naming its JSON path (`claims[2].evidence.end`), from
 * the claim schema and then the cross-field checks. Empty when valid. Unknown properties are
 * refused so a typo never silently drops a field.
 */
export function claimIssues(value: unknown, path = 'claim'): SchemaProblem[] {
  if (validateClaim(value)) return crossFieldProblems(value as Record<string, unknown>, path);
  const out = schemaProblems(ClaimSchema, compiled?.errors, path);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) out.push(...crossFieldProblems(value as Record<string, unknown>, path));
  return out;
}

/** The problems as lines, `<path>: <problem>` (`claims[2].evidence.end: ...`). Empty when valid. */
export function claimProblems(value: unknown, path = 'claim'): string[] {
  return claimIssues(value, path).map((p) => `${p.path}: ${p.problem}`);
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
