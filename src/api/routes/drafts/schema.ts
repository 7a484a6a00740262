/** JSON Schemas of the draft review routes (contract: docs/drafts-api.md). */
import { commonErrors, errorSchema } from '../../schemas.ts';

const TLP = { type: 'string', enum: ['clear', 'green', 'amber', 'amber+strict', 'red'] } as const;
const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } as const;
const draftParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^draft--[0-9a-f-]{36}$' } } } as const;

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
  source: { type: 'object', properties: { url: { type: 'string' }, filename: { type: 'string' }, contentHash: { type: 'string' } } },
} as const;

export const draftSchema = {
  type: 'object',
  properties: {
    ...summaryProps,
    progress: { type: 'object', properties: { stage: { type: 'string' }, percent: { type: 'integer' } } },
    error: { type: 'string' },
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
  openapiBody: {
    type: 'object',
    additionalProperties: false,
    properties: {
      text: { type: 'string', minLength: 1, description: 'The document text (plain).' },
      title: { type: 'string', maxLength: 500 },
      url: { type: 'string', maxLength: 4000, description: 'An http(s) URL to fetch.' },
      allowPrivate: { type: 'boolean', description: 'Allow fetching private/loopback addresses.' },
      tlp: TLP,
    },
  },
  response: { 202: draftSchema, 200: draftSchema, ...commonErrors, 404: errorSchema, 413: errorSchema, 415: errorSchema },
} as const;

export const listSchema = {
  tags: ['drafts'],
  summary: "The organisation's drafts, newest first",
  querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: ['processing', 'ready', 'failed', 'published'] } } },
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
  params: { type: 'object', required: ['id', 'item'], properties: { id: draftParams.properties.id, item: { type: 'string', pattern: '^[a-z-]+-[0-9]+$' } } },
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: ['proposed', 'accepted', 'rejected'] },
      data: { type: 'object', additionalProperties: true, description: 'Edited fields (claims: claimant, stance, target, about, evidence {start,end}, confidence).' },
    },
  },
  response: { 200: itemSchema, ...commonErrors, 404: errorSchema },
} as const;

export const publishSchema = {
  tags: ['drafts'],
  summary: 'Publish the accepted items as STIX objects and claims in one transaction; needs role editor',
  params: draftParams,
  body: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { tlp: TLP, include_proposed: { type: 'boolean', description: 'Also publish items left proposed (default: accepted only).' } },
  },
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

export interface CreateReq { Body: { text?: string; title?: string; url?: string; allowPrivate?: boolean; tlp?: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red' } }
export interface IdReq { Params: { id: string } }
export interface ListReq { Querystring: { status?: 'processing' | 'ready' | 'failed' | 'published' } }
export interface ItemReq { Params: { id: string; item: string }; Body: { status?: 'proposed' | 'accepted' | 'rejected'; data?: Record<string, unknown> } }
export interface PublishReq { Params: { id: string }; Body: { tlp?: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red'; include_proposed?: boolean } | null }
