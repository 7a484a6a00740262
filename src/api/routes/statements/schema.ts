/**
 * Schemas of the statement routes: statements (one statement, many sources; src/claims/statement-*.ts)
 * as the caller sees them, and one statement with all its sources and passages. Each statement
 * carries its sentence (src/model/claim-sentence.ts) and the names of the ids it cites.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_STANCES } from '../../../model/claim.ts';
import { CLAIMANT_KINDS } from '../../../model/claim-sentence.ts';
import type { StatementFilter } from '../../../claims/statement-queries.ts';
import { commonErrors, errorSchema, STIX_ID_PATTERN } from '../../schemas.ts';
import { claimSchema } from '../claims/schema.ts';

const tags = ['claims'];
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const Ref = (description: string) => Type.Optional(Type.String({ pattern: STIX_ID_PATTERN, description }));

export const StatementQuery = Type.Object(
  {
    subject: Ref('Statements about this subject.'),
    claimant: Ref('Made by this claimant.'),
    party: Ref('Made by this party (the claimant or the state/body it speaks for); with rollup, also by its agencies.'),
    addressee: Ref('Addressed at this party; with rollup, also at its agencies.'),
    source: Ref('Reported by this source report.'),
    stance: Type.Optional(Type.Array(Type.Union(CLAIM_STANCES.map((s) => Type.Literal(s))), { maxItems: 10, description: 'Stances (repeat the parameter).' })),
    kind: Type.Optional(Type.Array(Type.Union(CLAIMANT_KINDS.map((k) => Type.Literal(k))), { maxItems: 5, description: 'Claimant kinds: state, agency, vendor, media, other.' })),
    sector: Type.Optional(Type.String({ maxLength: 100, description: 'With a claim naming this targeted sector (industry-sector-ov).' })),
    from: Type.Optional(Type.String({ pattern: DATE, description: 'Last reported on or after (YYYY-MM-DD).' })),
    to: Type.Optional(Type.String({ pattern: DATE, description: 'First reported on or before (YYYY-MM-DD).' })),
    rollup: Type.Optional(Type.Boolean({ default: false, description: 'Agencies count as their state for party and addressee.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type StatementQuery = Static<typeof StatementQuery>;

/** The statement filter the query string asks for (GET /statements and the statement exports). */
export function statementFilterOf(q: Partial<StatementQuery>): StatementFilter {
  return {
    subject: q.subject, claimant: q.claimant, party: q.party, addressee: q.addressee, source: q.source,
    stances: q.stance, kinds: q.kind, sector: q.sector, from: q.from, to: q.to, rollup: q.rollup, limit: q.limit, offset: q.offset,
  };
}

const report = { type: 'object', properties: { claim_id: { type: 'string' }, source_ref: { type: 'string' }, made_on: { type: 'string' } } } as const;

export const statementSchema = {
  type: 'object',
  required: ['id', 'stance', 'sources', 'claims', 'sentence'],
  properties: {
    id: { type: 'string' },
    sentence: { type: 'string', description: 'The statement as one sentence: party (office, speaker), stance, subject, date, sources.' },
    claimant_ref: { type: 'string' }, speaks_for_ref: { type: 'string' }, party_ref: { type: 'string' }, state_ref: { type: 'string' },
    claimant_kind: { type: 'string', enum: [...CLAIMANT_KINDS] },
    stance: { type: 'string', enum: [...CLAIM_STANCES] },
    subject_refs: { type: 'array', items: { type: 'string' } },
    subject_description: { type: 'string' },
    addressee_refs: { type: 'array', items: { type: 'string' } },
    made_on: { type: 'string' }, made_on_precision: { type: 'string' }, made_on_source: { type: 'string' },
    sources: { type: 'integer', description: 'Independent sources (distinct reports) the caller can see.' },
    copies: { type: 'integer', description: 'Claims the caller can see.' },
    first: report,
    latest: report,
    claims: { type: 'array', items: claimSchema },
  },
} as const;

const names = { type: 'object', additionalProperties: { type: 'string' }, description: 'Display names of the ids cited.' } as const;

export const listSchema = {
  tags,
  summary: 'Statements (claims grouped across sources) visible to the caller, latest first',
  querystring: StatementQuery,
  response: {
    200: { type: 'object', required: ['items', 'total'], properties: { items: { type: 'array', items: statementSchema }, total: { type: 'integer' }, names } },
    ...commonErrors,
  },
} as const;

export interface ListReq {
  Querystring: StatementQuery;
}

export const StatementParams = Type.Object({ id: Type.String({ pattern: STIX_ID_PATTERN }) });

export const getSchema = {
  tags,
  summary: 'One statement with every source and passage the caller can see (by statement id, or by a claim id)',
  params: StatementParams,
  response: { 200: { type: 'object', required: ['statement'], properties: { statement: statementSchema, names } }, ...commonErrors, 404: errorSchema },
} as const;

export interface GetReq {
  Params: Static<typeof StatementParams>;
}
