/**
 * Schemas of the object read routes: list, get, relationships, graph, export.
 */
import { Type, type Static } from '@sinclair/typebox';
import { commonErrors, errorSchema, itemList, StixIdParams, stixIdParams, stixObjectSchema, Timestamp, timestampSchema, TypesQuery, typesQuery } from '../../schemas.ts';

const tags = ['objects'];

export const listSchema = {
  tags,
  summary: 'List objects (latest versions) visible to the caller',
  querystring: Type.Object(
    {
      type: Type.Optional(TypesQuery),
      since: Type.Optional(Type.String({ ...Timestamp, description: 'Only versions modified (or created) at or after this time.' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
      cursor: Type.Optional(Type.String({ maxLength: 2000, description: 'The `next` of the previous page.' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: itemList(stixObjectSchema, { next: { type: 'string' } }),
    ...commonErrors,
  },
} as const;

export interface ListReq {
  Querystring: Static<typeof listSchema.querystring>;
}

const versionInfo = {
  type: 'object',
  properties: {
    version: { type: 'string' }, dateAdded: { type: 'string' }, specVersion: { type: 'string' }, mediaType: { type: 'string' },
  },
} as const;

export const getSchema = {
  tags,
  summary: 'One object: the selected version and the list of its versions',
  params: stixIdParams,
  querystring: Type.Object(
    { version: Type.Optional(Type.String({ maxLength: 40, description: '`last` (default), `first`, or a version timestamp.' })) },
    { additionalProperties: false },
  ),
  response: {
    200: {
      type: 'object',
      required: ['object', 'versions'],
      properties: {
        object: stixObjectSchema,
        tlp: { type: 'string' },
        dateAdded: { type: 'string' },
        versions: { type: 'array', items: versionInfo },
      },
    },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface GetReq {
  Params: Static<typeof StixIdParams>;
  Querystring: Static<typeof getSchema.querystring>;
}

export const relationshipsSchema = {
  tags,
  summary: 'Relationships and sightings touching an object',
  params: stixIdParams,
  querystring: Type.Object(
    {
      direction: Type.Optional(Type.Union([Type.Literal('source'), Type.Literal('target'), Type.Literal('both')], { default: 'both' })),
      relationship_type: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,99}$' }), { maxItems: 20 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: itemList(stixObjectSchema),
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface RelationshipsReq {
  Params: Static<typeof StixIdParams>;
  Querystring: Static<typeof relationshipsSchema.querystring>;
}

const node = {
  type: 'object',
  required: ['id', 'type'],
  properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, tlp: { type: 'string' }, depth: { type: 'integer' } },
} as const;
const edge = {
  type: 'object',
  required: ['id', 'source', 'target', 'relationship_type'],
  properties: { id: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, relationship_type: { type: 'string' } },
} as const;

export const graphSchema = {
  tags,
  summary: 'The neighbourhood of an object as nodes and edges (for the UI graph)',
  params: stixIdParams,
  querystring: Type.Object(
    {
      depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 2, default: 1 })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 300, description: 'Most nodes returned.' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: {
      type: 'object',
      required: ['nodes', 'edges', 'truncated'],
      properties: { nodes: { type: 'array', items: node }, edges: { type: 'array', items: edge }, truncated: { type: 'boolean' } },
    },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface GraphReq {
  Params: Static<typeof StixIdParams>;
  Querystring: Static<typeof graphSchema.querystring>;
}

export const exportSchema = {
  tags: ['import-export'],
  summary: 'A STIX bundle of every object (latest versions) the caller can see',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { type: typesQuery, since: timestampSchema },
  },
  response: {
    200: {
      description: 'A STIX 2.1 bundle, streamed.',
      type: 'object',
      properties: { type: { const: 'bundle' }, id: { type: 'string' }, objects: { type: 'array', items: stixObjectSchema } },
    },
    ...commonErrors,
  },
} as const;

export const exportPlainSchema = {
  tags: ['import-export'],
  summary: 'The plain-STIX mapping of the claims the caller can see (no x-opstrack-claim), for tools that ignore extensions',
  response: {
    200: {
      description: 'A STIX 2.1 bundle: attribution relationships, opinions and notes created by the claimants, and the objects they reference.',
      type: 'object',
      properties: { type: { const: 'bundle' }, id: { type: 'string' }, objects: { type: 'array', items: stixObjectSchema } },
    },
    ...commonErrors,
  },
} as const;

export interface ExportReq {
  Querystring: { type?: string[]; since?: string };
}
