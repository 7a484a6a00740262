/**
 * Schemas of the object read routes: list, get, search, relationships, graph, export.
 */
import { commonErrors, errorSchema, stixIdParams, stixObjectSchema, timestampSchema, typesQuery } from '../../schemas.ts';

const tags = ['objects'];

export const listSchema = {
  tags,
  summary: 'List objects (latest versions) visible to the caller',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      type: typesQuery,
      since: { ...timestampSchema, description: 'Only versions modified (or created) at or after this time.' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
      cursor: { type: 'string', maxLength: 2000, description: 'The `next` of the previous page.' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: stixObjectSchema }, next: { type: 'string' } },
    },
    ...commonErrors,
  },
} as const;

export interface ListReq {
  Querystring: { type?: string[]; since?: string; limit?: number; cursor?: string };
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
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { type: 'string', maxLength: 40, description: '`last` (default), `first`, or a version timestamp.' },
    },
  },
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
  Params: { id: string };
  Querystring: { version?: string };
}

export const searchSchema = {
  tags,
  summary: 'Full-text search over names, descriptions and aliases',
  querystring: {
    type: 'object',
    additionalProperties: false,
    required: ['q'],
    properties: {
      q: { type: 'string', minLength: 1, maxLength: 500 },
      type: typesQuery,
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    },
  },
  response: {
    200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: stixObjectSchema } } },
    ...commonErrors,
  },
} as const;

export interface SearchReq {
  Querystring: { q: string; type?: string[]; limit?: number };
}

export const relationshipsSchema = {
  tags,
  summary: 'Relationships and sightings touching an object',
  params: stixIdParams,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      direction: { type: 'string', enum: ['source', 'target', 'both'], default: 'both' },
      relationship_type: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' }, maxItems: 20 },
    },
  },
  response: {
    200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: stixObjectSchema } } },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface RelationshipsReq {
  Params: { id: string };
  Querystring: { direction?: 'source' | 'target' | 'both'; relationship_type?: string[] };
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
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      depth: { type: 'integer', minimum: 1, maximum: 2, default: 1 },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 300, description: 'Most nodes returned.' },
    },
  },
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
  Params: { id: string };
  Querystring: { depth?: number; limit?: number };
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

export interface ExportReq {
  Querystring: { type?: string[]; since?: string };
}
