/**
 * JSON Schemas of the draft review routes (contract: docs/drafts-api.md). Request parts are TypeBox
 * schemas; each request type is `Static<typeof ...>` of the schema the route validates with.
 */
import { Type, type Static, type TUnsafe } from '@sinclair/typebox';
import { commonErrors, errorSchema } from '../../schemas.ts';

/** A string enum as JSON Schema's `enum`, typed as its union. */
function StringEnum<T extends readonly string[]>(values: T, extra: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...extra });
}

const TLP = StringEnum(['clear', 'green', 'amber', 'amber+strict', 'red'] as const);
const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } as const;
const DraftId = Type.String({ pattern: '^draft--[0-9a-f-]{36}$' });
const draftParams = Type.Object({ id: DraftId });

export const itemSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    label: { type: 'string' },
    status: { type: 'string', enum: ['proposed', 'accepted', 'rejected'] },
    confidence: { type: 'number' },
    spans: { type: 'array', items: span },
    entity_id: { type: 'string' },
    data: { type: 'object', additionalProperties: true },
  },
} as const;

const summaryProps = {
  id: { type: 'string' },
  status: { type: 'string', enum: ['processing', 'ready', 'failed', 'published'] },
  title: { type: ['string', 'null'] },
  language: { type: ['string', 'null'] },
  created: { type: 'string' },
  updated: { type: 'string' },
  tlp: TLP,
  report_id: { type: 'string' },
  published: { type: ['string', 'null'], description: "The source's publication date, when known." },
  source: { type: 'object', properties: { url: { type: 'string' }, filename: { type: 'string' }, contentHash: { type: 'string' } } },
} as const;

export const draftSchema = {
  type: 'object',
  properties: {
    ...summaryProps,
    progress: { type: 'object', properties: { stage: { type: 'string' }, percent: { type: 'integer' } } },
    error: { type: 'string' },
    extraction_mode: { type: 'string', enum: ['rules', 'rules+llm'], description: 'How claims were extracted: the rules alone, or the rules with the LLM.' },
    warnings: { type: 'array', items: { type: 'string' }, description: 'What the reviewer should know about how the draft was made (e.g. the LLM endpoint failed and the claims are the rules\' only).' },
    text: { type: 'string' },
    duplicate: { type: 'boolean' },
    items: { type: 'array', items: itemSchema },
  },
} as const;

export const createSchema = {
  tags: ['drafts'],
  summary: 'Ingest a document (text, URL or uploaded file) as a draft report; needs role editor',
  consumes: ['application/json', 'multipart/form-data'],
  // documented, and checked in the handler: a multipart upload has no JSON body to validate
  openapiBody: Type.Object(
    {
      text: Type.Optional(Type.String({ minLength: 1, description: 'The document text (plain).' })),
      title: Type.Optional(Type.String({ maxLength: 500 })),
      url: Type.Optional(Type.String({ maxLength: 4000, description: 'An http(s) URL to fetch.' })),
      tlp: Type.Optional(TLP),
      extraction: Type.Optional(StringEnum(['rules', 'rules+llm'] as const, {
        description: 'How claims are extracted: `rules` (default) or `rules+llm`, the rules with the operator\'s LLM, offered only when one is configured (GET /drafts/options). Also a multipart field.',
      })),
      published: Type.Optional(Type.String({
        maxLength: 40,
        description: "The source's publication date (YYYY-MM-DD or an ISO 8601 timestamp); wins over the document's metadata. Claims whose text names no date get it. Also a multipart field.",
      })),
    },
    { additionalProperties: false },
  ),
  response: { 202: draftSchema, 200: draftSchema, ...commonErrors, 404: errorSchema, 413: errorSchema, 415: errorSchema },
} as const;

export const optionsSchema = {
  tags: ['drafts'],
  summary: 'How drafts may be extracted on this server: `rules`, and `rules+llm` when the operator configured an LLM endpoint (with its model)',
  response: {
    200: {
      type: 'object', required: ['extraction'],
      properties: { extraction: { type: 'array', items: { type: 'string', enum: ['rules', 'rules+llm'] } }, llm_model: { type: 'string' } },
    },
    ...commonErrors,
  },
} as const;

export const listSchema = {
  tags: ['drafts'],
  summary: "The organisation's drafts, newest first",
  querystring: Type.Object({ status: Type.Optional(StringEnum(['processing', 'ready', 'failed', 'published'] as const)) }, { additionalProperties: false }),
  response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: summaryProps } } } }, ...commonErrors },
} as const;

export const getSchema = {
  tags: ['drafts'],
  summary: 'One draft with its text and proposed items',
  params: draftParams,
  response: { 200: draftSchema, ...commonErrors, 404: errorSchema },
} as const;

export const updateItemSchema = {
  tags: ['drafts'],
  summary: 'Accept, reject or edit one proposed item; needs role editor',
  params: Type.Object({ id: DraftId, item: Type.String({ pattern: '^[a-z-]+-[0-9]+$' }) }),
  body: Type.Object(
    {
      status: Type.Optional(StringEnum(['proposed', 'accepted', 'rejected'] as const)),
      data: Type.Optional(Type.Record(Type.String(), Type.Unknown(), {
        description: 'Edited fields (claims: claimant, stance, target, about, evidence {start,end}, confidence).',
      })),
    },
    { additionalProperties: false },
  ),
  response: { 200: itemSchema, ...commonErrors, 404: errorSchema },
} as const;

const ItemStatus = StringEnum(['proposed', 'accepted', 'rejected'] as const);

export const reviewItemsSchema = {
  tags: ['drafts'],
  summary: 'Accept, reject or reset many items in one request (one transaction); needs role editor',
  params: draftParams,
  body: Type.Object(
    { status: ItemStatus, items: Type.Array(Type.String({ pattern: '^[a-z-]+-[0-9]+$' }), { minItems: 1, maxItems: 20000, uniqueItems: true }) },
    { additionalProperties: false },
  ),
  response: {
    200: { type: 'object', required: ['updated', 'items'], properties: { updated: { type: 'integer' }, items: { type: 'array', items: itemSchema } } },
    ...commonErrors, 404: errorSchema,
  },
} as const;

export const addClaimSchema = {
  tags: ['drafts'],
  summary: "Add a claim the extraction missed, from a passage of the draft's text (accepted at once); needs role editor",
  params: draftParams,
  body: Type.Object(
    {
      kind: Type.Literal('claim'),
      data: Type.Record(Type.String(), Type.Unknown(), {
        description: 'claimant (ISO alpha-2 or a name), stance, evidence {start,end} (offsets into the text); optionally target, speaker, about, confidence (0-1), made_on, made_on_precision, made_on_source.',
      }),
    },
    { additionalProperties: false },
  ),
  response: { 201: itemSchema, ...commonErrors, 404: errorSchema },
} as const;

const PublishOptions = Type.Object(
  { tlp: Type.Optional(TLP), include_proposed: Type.Optional(Type.Boolean({ description: 'Also publish items left proposed (default: accepted only).' })) },
  { additionalProperties: false },
);

export const publishSchema = {
  tags: ['drafts'],
  summary: 'Publish the accepted items as STIX objects and claims in one transaction; needs role editor',
  params: draftParams,
  // an object or no body at all (`type: ['object', 'null']`, as Fastify sees an empty POST)
  body: Type.Unsafe<Static<typeof PublishOptions> | null>({ ...PublishOptions, type: ['object', 'null'] }),
  response: {
    200: { type: 'object', properties: { report_id: { type: 'string' }, objects: { type: 'integer' }, claims: { type: 'integer' } } },
    ...commonErrors, 404: errorSchema, 409: errorSchema,
  },
} as const;

export const deleteSchema = {
  tags: ['drafts'],
  summary: 'Delete a draft; needs role editor',
  params: draftParams,
  response: { 204: { type: 'null' }, ...commonErrors, 404: errorSchema },
} as const;

export interface CreateReq { Body: Static<typeof createSchema.openapiBody> }
export interface IdReq { Params: Static<typeof draftParams> }
export interface ListReq { Querystring: Static<typeof listSchema.querystring> }
export interface ItemReq { Params: Static<typeof updateItemSchema.params>; Body: Static<typeof updateItemSchema.body> }
export interface PublishReq { Params: Static<typeof draftParams>; Body: Static<typeof publishSchema.body> }
export interface ReviewItemsReq { Params: Static<typeof draftParams>; Body: Static<typeof reviewItemsSchema.body> }
export interface AddClaimReq { Params: Static<typeof draftParams>; Body: Static<typeof addClaimSchema.body> }
