/**
 * JSON Schemas shared by the API routes. They are plain objects inlined where used (no `$id`), so
 * the OpenAPI document is just the routes' schemas gathered up. Request parts are TypeBox schemas
 * (`StixIdParams`, `TypesQuery`...) so route types are `Static<typeof ...>` of the same schema.
 */
import { Type } from '@sinclair/typebox';

export const errorSchema = {
  type: 'object',
  description: 'Every API error: a stable code, a human message and, for input errors, the offending field.',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', examples: ['OPS_ERR_INPUT_INVALID'] },
    message: { type: 'string' },
    field: { type: 'string', description: 'JSON path of the offending field, e.g. `objects[3].valid_from`.' },
  },
} as const;

/** A STIX 2.1 object, passed through as stored. */
export const stixObjectSchema = {
  type: 'object',
  required: ['type', 'id'],
  properties: { type: { type: 'string' }, id: { type: 'string' } },
  additionalProperties: true,
} as const;

export const STIX_ID_PATTERN = '^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const STIX_TYPE_PATTERN = '^[a-z0-9][a-z0-9-]{0,249}$';

export const StixIdParams = Type.Object({ id: Type.String({ pattern: STIX_ID_PATTERN, description: 'A STIX id, `type--uuid`.' }) });
export const stixIdParams = StixIdParams;

export const Timestamp = Type.String({ format: 'date-time' });
export const timestampSchema = Timestamp;

export const TypesQuery = Type.Array(Type.String({ pattern: STIX_TYPE_PATTERN }), {
  maxItems: 50,
  description: 'STIX types; repeat the parameter for several (`type=malware&type=tool`).',
});
export const typesQuery = TypesQuery;

/** Responses every protected route can give besides its own. */
export const commonErrors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
} as const;

/** A JSON answer `{ items: [...] }` whose elements follow `items`, with any further properties (`next`). */
export const itemList = <T extends object>(items: T, more: Record<string, object> = {}) =>
  ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items }, ...more } }) as const;

export const idSchema = { type: 'string', format: 'uuid' } as const;
