/**
 * Schemas of the claim routes (src/claims): list and query, record, contested subjects, the
 * accuser-by-accused matrix, the timeline, claims about a subject and claims citing a report.
 * Request schemas are TypeBox: each request type is `Static<typeof Schema>`, and the claim body is
 * built from the claim's own schema (src/model/claim.ts). The claim validator then checks what a
 * draft-07 schema cannot (cross-field rules) and refuses unknown properties, naming the JSON path.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_STANCES, CLAIM_TYPE, claimFieldProperties } from '../../../model/claim.ts';
import { forFastify } from '../../../model/schema-problems.ts';
import { MAX_OFFSET } from '../../../claims/claim-queries.ts';
import { commonErrors, errorSchema, itemList, STIX_ID_PATTERN } from '../../schemas.ts';

const tags = ['claims'];
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const Ref = (description?: string) => Type.String({ pattern: STIX_ID_PATTERN, ...(description ? { description } : {}) });

/** A stored claim (x-opstrack-claim SDO), passed through whole. */
export const claimSchema = {
  type: 'object',
  required: ['type', 'id', 'claimant_ref', 'stance', 'source_ref', 'evidence'],
  properties: {
    type: { const: 'x-opstrack-claim' },
    id: { type: 'string' },
    stance: { type: 'string', enum: [...CLAIM_STANCES] },
  },
  additionalProperties: true,
} as const;

/**
 * What a caller sends to record a claim: the claim's fields (their schemas are the claim's), and
 * optionally its id; the server adds timestamps and the extension. Unknown properties pass here and
 * are refused by the claim validator, which names them.
 */
export const ClaimInputSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: `^${CLAIM_TYPE}--`, description: 'Optional: give it to answer the claim within the same request.' })),
    ...claimFieldProperties,
  },
  { additionalProperties: true },
);

const FilterProperties = {
  subject: Type.Optional(Ref('Claims naming this subject.')),
  claimant: Type.Optional(Ref('Made by this claimant identity.')),
  party: Type.Optional(Ref('Made by this party (claimant or the state/body it speaks for).')),
  addressee: Type.Optional(Ref('Addressed at this party (accused, warned...).')),
  source: Type.Optional(Ref('Citing this source report.')),
  responds_to: Type.Optional(Type.String({ pattern: `^${CLAIM_TYPE}--`, description: 'Answering this claim.' })),
  stance: Type.Optional(Type.Array(claimFieldProperties.stance, { maxItems: 10 })),
  from: Type.Optional(Type.String({ pattern: DATE, description: 'Made on or after (YYYY-MM-DD).' })),
  to: Type.Optional(Type.String({ pattern: DATE, description: 'Made on or before (YYYY-MM-DD).' })),
  sector: Type.Optional(Type.String({ maxLength: 100 })),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
};

const PageProperties = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  // bounded: Infinity and 1e300 pass ajv's integer check, and must never reach the SQL text
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
};

export const FilterQuery = Type.Object({ ...FilterProperties, ...PageProperties }, { additionalProperties: false });
export type FilterQuery = Static<typeof FilterQuery>;

const claimPage = {
  type: 'object',
  required: ['items', 'total'],
  properties: { items: { type: 'array', items: claimSchema }, total: { type: 'integer' } },
} as const;

export const listSchema = {
  tags,
  summary: 'Claims matching the filters (latest versions, newest first) visible to the caller',
  querystring: forFastify(FilterQuery),
  response: { 200: claimPage, ...commonErrors },
} as const;

export interface ListReq {
  Querystring: FilterQuery;
}

export const CreateBody = Type.Object(
  { claims: Type.Array(ClaimInputSchema, { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);

export const createSchema = {
  tags,
  summary: 'Record claims (all or nothing); needs role editor',
  body: forFastify(CreateBody),
  response: { 201: itemList(claimSchema), ...commonErrors, 404: errorSchema, 409: errorSchema, 422: errorSchema },
} as const;

export interface CreateReq {
  Body: Static<typeof CreateBody>;
}

const IdParams = Type.Object({ id: Type.String({ pattern: STIX_ID_PATTERN }) });
const idParams = forFastify(IdParams);
const HistoryQuery = Type.Object({ history: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false });
const PageQuery = Type.Object(PageProperties, { additionalProperties: false });
const MatrixQuery = Type.Object(
  {
    from: FilterProperties.from, to: FilterProperties.to, sector: FilterProperties.sector,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, description: 'Only the largest cells (default all).' })),
    rollup: Type.Optional(Type.Boolean({ default: false, description: 'Agencies counted under their state (rows and columns).' })),
  },
  { additionalProperties: false },
);
const TimelineQuery = Type.Object(
  { ...FilterProperties, interval: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('month')], { default: 'month' })) },
  { additionalProperties: false },
);
const PeriodQuery = Type.Object({ from: FilterProperties.from, to: FilterProperties.to }, { additionalProperties: false });

export const getSchema = {
  tags,
  summary: 'One claim (latest version) and, with history=true, all its versions',
  params: idParams,
  querystring: forFastify(HistoryQuery),
  response: {
    200: { type: 'object', required: ['claim'], properties: { claim: claimSchema, versions: { type: 'array', items: claimSchema } } },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface GetReq {
  Params: Static<typeof IdParams>;
  Querystring: Static<typeof HistoryQuery>;
}

export const contestedSchema = {
  tags,
  summary: 'Contested subjects: at least one attributing/accusing and one denying statement (counts are statements, not copies)',
  querystring: forFastify(PageQuery),
  response: {
    200: itemList({
      type: 'object',
      properties: {
        subject_ref: { type: 'string' }, subject_name: { type: 'string' },
        accusing: { type: 'integer' }, denying: { type: 'integer' }, total: { type: 'integer' },
      },
    }),
    ...commonErrors,
  },
} as const;

export interface PageReq {
  Querystring: Static<typeof PageQuery>;
}

export const matrixSchema = {
  tags,
  summary: 'Accuser-by-accused matrix: counts of attributing/accusing statements (claims grouped across sources) by party and addressee',
  querystring: forFastify(MatrixQuery),
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
  Querystring: Static<typeof MatrixQuery>;
}

export const timelineSchema = {
  tags,
  summary: 'Statements per day or month (of their first report) and stance',
  querystring: forFastify(TimelineQuery),
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
  Querystring: Static<typeof TimelineQuery>;
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
  querystring: forFastify(PeriodQuery),
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
  Params: Static<typeof IdParams>;
  Querystring: Static<typeof PeriodQuery>;
}

export const bySourceSchema = {
  tags,
  summary: 'Every claim citing a source report',
  params: idParams,
  querystring: forFastify(PageQuery),
  response: { 200: claimPage, ...commonErrors },
} as const;

export interface BySourceReq {
  Params: Static<typeof IdParams>;
  Querystring: Static<typeof PageQuery>;
}

export const extensionSchema = {
  tags,
  summary: "OpsTrack's claim extension: its extension-definition and publisher identity (a STIX bundle), or its JSON schema",
  response: { 200: { type: 'object', additionalProperties: true } },
} as const;
