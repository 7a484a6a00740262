/**
 * Schemas of the entity routes (src/entities/entity-service.ts): edit, merge, split, delete and
 * history of an entity. Request parts are TypeBox; every write answers the new versions.
 */
import { Type, type Static } from '@sinclair/typebox';
import { commonErrors, errorSchema, STIX_ID_PATTERN, stixObjectSchema } from '../../schemas.ts';

const tags = ['entities'];
const Name = Type.String({ minLength: 1, maxLength: 300 });

export const EntityParams = Type.Object({ id: Type.String({ pattern: STIX_ID_PATTERN, description: 'The entity (identity, location, intrusion set...).' }) });
export type EntityParams = Static<typeof EntityParams>;

export const Alias = Type.Object(
  {
    name: Name,
    lang: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'BCP 47 language of the name.' })),
    source: Type.Optional(Type.String({ maxLength: 200 })),
    relation: Type.Optional(Type.Union([Type.Literal('same'), Type.Literal('overlap')])),
  },
  { additionalProperties: false },
);

export const EditBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 10_000 }), Type.Null()], { description: 'null removes it.' })),
    aliases: Type.Optional(Type.Array(Alias, { maxItems: 500, description: 'The whole list of aliases (replaces it).' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EditBody = Static<typeof EditBody>;

export const MergeBody = Type.Object(
  { from: Type.String({ pattern: STIX_ID_PATTERN, description: 'The duplicate: revoked, its names and references move to this entity.' }) },
  { additionalProperties: false },
);
export type MergeBody = Static<typeof MergeBody>;

export const SplitBody = Type.Object(
  {
    name: Name,
    aliases: Type.Optional(Type.Array(Name, { maxItems: 500, description: 'Aliases of this entity that move to the new one.' })),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    move: Type.Optional(Type.Array(Type.String({ pattern: STIX_ID_PATTERN }), {
      maxItems: 10_000, uniqueItems: true,
      description: 'Objects referencing this entity (GET .../references) that now reference the new one (new versions); each must be yours to write.',
    })),
  },
  { additionalProperties: false },
);
export type SplitBody = Static<typeof SplitBody>;

const writeErrors = { ...commonErrors, 404: errorSchema, 409: errorSchema } as const;
const objectAnswer = { type: 'object', required: ['object'], properties: { object: stixObjectSchema } } as const;

export const editSchema = {
  tags, summary: 'Edit an entity (name, description, aliases): a new version; needs role editor and an entity your organisation may write',
  params: EntityParams, body: EditBody, response: { 200: objectAnswer, ...writeErrors },
} as const;

export const mergeSchema = {
  tags,
  summary: 'Merge `from` into this entity: this one gains its names, objects you may write are re-pointed (new versions), `from` is revoked',
  params: EntityParams, body: MergeBody,
  response: {
    200: {
      type: 'object',
      required: ['survivor', 'revoked', 'repointed', 'kept'],
      properties: {
        survivor: stixObjectSchema, revoked: stixObjectSchema,
        repointed: { type: 'array', items: { type: 'string' } },
        kept: { type: 'array', items: { type: 'string' }, description: 'Referencing objects you may not write: unchanged.' },
      },
    },
    ...writeErrors,
  },
} as const;

export const splitSchema = {
  tags, summary: 'Split names off into a new entity (yours); this entity loses them (a new version)',
  params: EntityParams, body: SplitBody,
  response: {
    201: {
      type: 'object', required: ['original', 'created', 'moved'],
      properties: { original: stixObjectSchema, created: stixObjectSchema, moved: { type: 'array', items: { type: 'string' }, description: 'The references moved to the new entity.' } },
    },
    ...writeErrors,
  },
} as const;

export const referencesSchema = {
  tags, summary: "Objects you can see that reference this entity, with the entity's names each one's text uses (what a split may move)",
  params: EntityParams,
  response: {
    200: {
      type: 'object', required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object', required: ['id', 'type', 'label', 'names', 'writable'],
            properties: { id: { type: 'string' }, type: { type: 'string' }, label: { type: 'string' }, names: { type: 'array', items: { type: 'string' } }, writable: { type: 'boolean' } },
          },
        },
      },
    },
    ...commonErrors, 404: errorSchema,
  },
} as const;

export const deleteSchema = {
  tags, summary: 'Delete an entity made by mistake: a revoking version (history kept)',
  params: EntityParams, response: { 200: objectAnswer, ...writeErrors },
} as const;

export const historySchema = {
  tags, summary: 'Every version of an entity you can see, oldest first',
  params: EntityParams, response: { 200: { type: 'object', required: ['versions'], properties: { versions: { type: 'array', items: stixObjectSchema } } }, ...commonErrors, 404: errorSchema },
} as const;
