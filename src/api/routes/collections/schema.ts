/** Schemas of the collection routes (the sharing page's): TAXII collections, their grants and objects. */
import { Type, type Static } from '@sinclair/typebox';
import { commonErrors, errorSchema, STIX_ID_PATTERN, STIX_TYPE_PATTERN } from '../../schemas.ts';

const tags = ['sharing'];
const CollectionParams = Type.Object({ cid: Type.String({ minLength: 1, maxLength: 100, description: 'Collection id (UUID) or alias.' }) });
const ObjectParams = Type.Object({
  cid: Type.String({ minLength: 1, maxLength: 100 }),
  id: Type.String({ pattern: STIX_ID_PATTERN, description: 'A STIX id, `type--uuid`.' }),
});

const org = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } as const;
const orgs = { type: 'array', items: org } as const;

export const collectionAnswer = {
  type: 'object',
  required: ['id', 'title', 'is_default', 'everyone_read', 'everyone_write', 'readers', 'writers', 'can_read', 'can_write', 'created'],
  properties: {
    id: { type: 'string', description: 'The TAXII collection id: objects are at {api-root}collections/{id}/objects/.' },
    title: { type: 'string' },
    description: { type: 'string' },
    alias: { type: 'string' },
    is_default: { type: 'boolean', description: 'The default collection holds every object.' },
    everyone_read: { type: 'boolean' },
    everyone_write: { type: 'boolean' },
    owner: { ...org, description: 'The organisation that created it: reads and writes it without a grant. Absent: the installation.' },
    readers: { ...orgs, description: 'Organisations granted reading only.' },
    writers: { ...orgs, description: 'Organisations granted writing (and so reading).' },
    can_read: { type: 'boolean', description: 'The caller may read it.' },
    can_write: { type: 'boolean', description: 'The caller may add and remove objects.' },
    object_count: { type: 'integer', description: 'Objects in it the caller may see (absent for the default collection).' },
    created: { type: 'string' },
  },
} as const;

export const taxiiInfoSchema = {
  tags,
  summary: "Where this installation's TAXII 2.1 server answers: discovery and API root paths (absent: TAXII is off)",
  response: {
    200: {
      type: 'object',
      properties: {
        discovery: { type: 'string' }, api_root: { type: 'string' },
        plain_claims: { type: 'string', description: 'Id of the read-only collection of claims as plain STIX (docs/interchange.md).' },
      },
    },
    ...commonErrors,
  },
} as const;

export const listSchema = {
  tags,
  summary: 'TAXII collections the caller may read or write, with their grants',
  response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: collectionAnswer } } }, ...commonErrors },
} as const;

const OrgNames = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 200, description: 'Organisation names or ids.' });

export const createSchema = {
  tags,
  summary: "Create a collection owned by the caller's organisation; needs role editor (opening it to everyone: admin)",
  body: Type.Object({
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    alias: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    readers: Type.Optional({ ...OrgNames, description: 'Organisations granted reading only (names or ids).' }),
    writers: Type.Optional({ ...OrgNames, description: 'Organisations granted writing and reading (names or ids).' }),
    everyone_read: Type.Optional(Type.Boolean()),
    everyone_write: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }),
  response: { 201: collectionAnswer, ...commonErrors, 409: errorSchema },
} as const;
export interface CreateReq { Body: Static<typeof createSchema.body> }

export const getSchema = {
  tags, summary: 'One collection with its grants', params: CollectionParams,
  response: { 200: collectionAnswer, ...commonErrors, 404: errorSchema },
} as const;
export interface CollectionReq { Params: Static<typeof CollectionParams> }

const objectSummary = {
  type: 'object',
  required: ['id', 'type', 'date_added'],
  properties: {
    id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, tlp: { type: 'string' },
    modified: { type: 'string' }, date_added: { type: 'string' },
  },
} as const;

export const objectsSchema = {
  tags,
  summary: 'A page of the objects in a collection the caller may see (latest versions)',
  params: CollectionParams,
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
    cursor: Type.Optional(Type.String({ maxLength: 2000, description: "The previous page's `next`." })),
    type: Type.Optional(Type.Array(Type.String({ pattern: STIX_TYPE_PATTERN }), { maxItems: 50 })),
  }, { additionalProperties: false }),
  response: {
    200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: objectSummary }, next: { type: 'string' } } },
    ...commonErrors, 404: errorSchema,
  },
} as const;
export interface ObjectsReq { Params: Static<typeof CollectionParams>; Querystring: Static<typeof objectsSchema.querystring> }

export const addObjectsSchema = {
  tags,
  summary: 'Add objects the caller can see to a collection they may write (all or nothing)',
  params: CollectionParams,
  body: Type.Object({
    ids: Type.Array(Type.String({ pattern: STIX_ID_PATTERN }), { minItems: 1, maxItems: 500, description: 'STIX ids; the latest version the caller sees of each is added.' }),
  }, { additionalProperties: false }),
  response: {
    200: { type: 'object', required: ['collection', 'added'], properties: { collection: { type: 'string' }, added: { type: 'array', items: { type: 'string' } } } },
    ...commonErrors, 404: errorSchema, 409: errorSchema,
  },
} as const;
export interface AddObjectsReq { Params: Static<typeof CollectionParams>; Body: Static<typeof addObjectsSchema.body> }

export const removeObjectSchema = {
  tags,
  summary: 'Take an object out of a collection the caller may write (the object stays in the store)',
  params: ObjectParams,
  response: { ...commonErrors, 404: errorSchema, 409: errorSchema },
} as const;
export interface RemoveObjectReq { Params: Static<typeof ObjectParams> }
