/**
 * Schemas of the claim routes (src/claims): list and query, record, contested subjects, the
 * accuser-by-accused matrix, the timeline, claims about a subject and claims citing a report.
 * Claim bodies are checked field by field by the claim validator (it names the JSON path and
 * refuses unknown properties), so the body schema here documents them and checks shapes only.
 */
import {
  CLAIM_BASES, CLAIM_MEASURES, CLAIM_STANCES, type ClaimStance,
} from '../../../model/claim.ts';
import { commonErrors, errorSchema, STIX_ID_PATTERN } from '../../schemas.ts';

const tags = ['claims'];
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const ref = { type: 'string', pattern: STIX_ID_PATTERN } as const;
const refs = { type: 'array', items: ref, minItems: 1 } as const;

/** A stored claim (x-opstrack-claim SDO), passed through whole. */
export const claimSchema = {
  type: 'object',
  required: ['type', 'id', 'claimant_ref', 'stance', 'made_on', 'source_ref', 'evidence'],
  properties: {
    type: { const: 'x-opstrack-claim' },
    id: { type: 'string' },
    stance: { type: 'string', enum: [...CLAIM_STANCES] },
  },
  additionalProperties: true,
} as const;

/** What a caller sends to record a claim; the server adds id (unless given), timestamps and the extension. */
export const claimInputSchema = {
  type: 'object',
  required: ['claimant_ref', 'stance', 'made_on', 'source_ref', 'evidence'],
  properties: {
    id: { type: 'string', pattern: '^x-opstrack-claim--', description: 'Optional: give it to answer the claim within the same request.' },
    claimant_ref: { ...ref, description: 'identity who made the claim (state, government body, spokesperson, vendor)' },
    speaks_for_ref: { ...ref, description: 'identity or location the claimant speaks for (the matrix party)' },
    stance: { type: 'string', enum: [...CLAIM_STANCES] },
    subject_refs: { ...refs, description: 'intrusion sets, campaigns, incidents, threat actors the claim is about' },
    subject_description: { type: 'string', minLength: 1, description: 'the activity in words when no object stands for it' },
    addressee_refs: { ...refs, description: 'accused, cleared, warned or called-on parties (identity or location)' },
    targeted_sectors: { type: 'array', items: { type: 'string' }, minItems: 1 },
    targeted_countries: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' }, minItems: 1 },
    made_on: { type: 'string', pattern: DATE },
    source_ref: { ...ref, description: 'the report the claim was read from' },
    evidence: {
      type: 'object',
      required: ['text', 'lang'],
      properties: {
        text: { type: 'string', minLength: 1 },
        start: { type: 'integer', minimum: 0, description: "UTF-16 offset in the report's stored text" },
        end: { type: 'integer', minimum: 0 },
        lang: { type: 'string' },
        translation: { type: 'object', required: ['lang', 'text'], properties: { lang: { type: 'string' }, text: { type: 'string' } } },
      },
    },
    basis: { type: 'string', enum: [...CLAIM_BASES] },
    responds_to_refs: refs,
    measure: { type: 'string', enum: [...CLAIM_MEASURES] },
    cameo_code: { type: 'string', pattern: '^\\d{2,4}$' },
    plover_code: { type: 'string' },
    confidence: { type: 'integer', minimum: 0, maximum: 100 },
    object_marking_refs: refs,
  },
  additionalProperties: true,
} as const;

const filterProperties = {
  subject: { ...ref, description: 'Claims naming this subject.' },
  claimant: { ...ref, description: 'Made by this claimant identity.' },
  party: { ...ref, description: 'Made by this party (claimant or the state/body it speaks for).' },
  addressee: { ...ref, description: 'Addressed at this party (accused, warned...).' },
  source: { ...ref, description: 'Citing this source report.' },
  responds_to: { type: 'string', pattern: '^x-opstrack-claim--', description: 'Answering this claim.' },
  stance: { type: 'array', items: { type: 'string', enum: [...CLAIM_STANCES] }, maxItems: 10 },
  from: { type: 'string', pattern: DATE, description: 'Made on or after (YYYY-MM-DD).' },
  to: { type: 'string', pattern: DATE, description: 'Made on or before (YYYY-MM-DD).' },
  sector: { type: 'string', maxLength: 100 },
  country: { type: 'string', pattern: '^[A-Z]{2}$' },
} as const;

const pageProperties = {
  limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;

export interface FilterQuery {
  subject?: string; claimant?: string; party?: string; addressee?: string; source?: string; responds_to?: string;
  stance?: ClaimStance[]; from?: string; to?: string; sector?: string; country?: string; limit?: number; offset?: number;
}

const claimPage = {
  type: 'object',
  required: ['items', 'total'],
  properties: { items: { type: 'array', items: claimSchema }, total: { type: 'integer' } },
} as const;

export const listSchema = {
  tags,
  summary: 'Claims matching the filters (latest versions, newest first) visible to the caller',
  querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, ...pageProperties } },
  response: { 200: claimPage, ...commonErrors },
} as const;

export interface ListReq {
  Querystring: FilterQuery;
}

export const createSchema = {
  tags,
  summary: 'Record claims (all or nothing); needs role editor',
  body: {
    type: 'object',
    required: ['claims'],
    additionalProperties: false,
    properties: { claims: { type: 'array', items: claimInputSchema, minItems: 1, maxItems: 1000 } },
  },
  response: { 201: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: claimSchema } } }, ...commonErrors, 404: errorSchema, 409: errorSchema, 422: errorSchema },
} as const;

export interface CreateReq {
  Body: { claims: Array<Record<string, unknown>> };
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: STIX_ID_PATTERN } },
} as const;

export const getSchema = {
  tags,
  summary: 'One claim (latest version) and, with history=true, all its versions',
  params: idParams,
  querystring: { type: 'object', additionalProperties: false, properties: { history: { type: 'boolean', default: false } } },
  response: {
    200: { type: 'object', required: ['claim'], properties: { claim: claimSchema, versions: { type: 'array', items: claimSchema } } },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface GetReq {
  Params: { id: string };
  Querystring: { history?: boolean };
}

export const contestedSchema = {
  tags,
  summary: 'Contested subjects: at least one attributes/accuses and one denies claim',
  querystring: { type: 'object', additionalProperties: false, properties: pageProperties },
  response: {
    200: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              subject_ref: { type: 'string' }, subject_name: { type: 'string' },
              accusing: { type: 'integer' }, denying: { type: 'integer' }, total: { type: 'integer' },
            },
          },
        },
      },
    },
    ...commonErrors,
  },
} as const;

export interface PageReq {
  Querystring: { limit?: number; offset?: number };
}

export const matrixSchema = {
  tags,
  summary: 'Accuser-by-accused matrix: counts of attributes/accuses claims by party and addressee',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      from: filterProperties.from, to: filterProperties.to, sector: filterProperties.sector,
      limit: { type: 'integer', minimum: 1, maximum: 100000, description: 'Only the largest cells (default all).' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['cells'],
      properties: {
        cells: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              party_ref: { type: 'string' }, party_name: { type: 'string' },
              addressee_ref: { type: 'string' }, addressee_name: { type: 'string' }, count: { type: 'integer' },
            },
          },
        },
      },
    },
    ...commonErrors,
  },
} as const;

export interface MatrixReq {
  Querystring: { from?: string; to?: string; sector?: string; limit?: number };
}

export const timelineSchema = {
  tags,
  summary: 'Claims per day or month and stance',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { ...filterProperties, interval: { type: 'string', enum: ['day', 'month'], default: 'month' } },
  },
  response: {
    200: {
      type: 'object',
      required: ['points'],
      properties: {
        points: {
          type: 'array',
          items: { type: 'object', properties: { period: { type: 'string' }, stance: { type: 'string' }, count: { type: 'integer' } } },
        },
      },
    },
    ...commonErrors,
  },
} as const;

export interface TimelineReq {
  Querystring: FilterQuery & { interval?: 'day' | 'month' };
}

const group = {
  type: 'object',
  properties: {
    stance: { type: 'string' }, claimant_ref: { type: 'string' }, claimant_name: { type: 'string' },
    claims: { type: 'array', items: claimSchema },
  },
} as const;

export const aboutSchema = {
  tags,
  summary: 'All claims about a subject, for and against, grouped by stance and claimant',
  params: idParams,
  querystring: { type: 'object', additionalProperties: false, properties: { from: filterProperties.from, to: filterProperties.to } },
  response: {
    200: {
      type: 'object',
      properties: {
        subject_ref: { type: 'string' }, subject_name: { type: 'string' }, total: { type: 'integer' },
        for: { type: 'array', items: group }, against: { type: 'array', items: group }, other: { type: 'array', items: group },
      },
    },
    ...commonErrors,
  },
} as const;

export interface AboutReq {
  Params: { id: string };
  Querystring: { from?: string; to?: string };
}

export const bySourceSchema = {
  tags,
  summary: 'Every claim citing a source report',
  params: idParams,
  querystring: { type: 'object', additionalProperties: false, properties: pageProperties },
  response: { 200: claimPage, ...commonErrors },
} as const;

export interface BySourceReq {
  Params: { id: string };
  Querystring: { limit?: number; offset?: number };
}

export const extensionSchema = {
  tags,
  summary: "OpsTrack's claim extension: its extension-definition and publisher identity (a STIX bundle), or its JSON schema",
  response: { 200: { type: 'object', additionalProperties: true } },
} as const;
