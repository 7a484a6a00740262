/** Schemas of the watch routes: follows, notifications, webhooks and their deliveries. */
import { Type, type Static } from '@sinclair/typebox';
import { commonErrors, errorSchema, itemList } from '../../schemas.ts';

const tags = ['watch'];
const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

const follow = {
  type: 'object', required: ['id', 'kind', 'target', 'label', 'created_at'],
  properties: { id: { type: 'string' }, kind: { type: 'string' }, target: { type: 'string' }, label: { type: 'string' }, created_at: { type: 'string' } },
} as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export const followsSchema = { tags, summary: 'What the caller follows', response: { 200: itemList(follow), ...commonErrors } } as const;

export const followSchema = {
  tags,
  summary: 'Follow an entity (claims and reports naming it), a claimant (its claims) or a search',
  body: Type.Object({
    kind: Type.Union([Type.Literal('entity'), Type.Literal('claimant'), Type.Literal('search')]),
    target: Type.String({ minLength: 1, maxLength: 500, description: 'A STIX id the caller can see, or a search query.' }),
  }, { additionalProperties: false }),
  response: { 201: follow, ...commonErrors, 404: errorSchema },
} as const;
export interface FollowReq { Body: Static<typeof followSchema.body> }

export const unfollowSchema = { tags, summary: 'Stop following', params: Id, response: { ...commonErrors, 404: errorSchema } } as const;
export interface IdReq { Params: Static<typeof Id> }

export const notificationsSchema = {
  tags,
  summary: "The caller's notifications, newest first: what matched a follow and the caller could see when it was made",
  querystring: Type.Object({ unread: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) }, { additionalProperties: false }),
  response: { 200: itemList(anyObject), ...commonErrors },
} as const;
export interface NotificationsReq { Querystring: Static<typeof notificationsSchema.querystring> }

export const readSchema = { tags, summary: 'Mark a notification read', params: Id, response: { ...commonErrors, 404: errorSchema } } as const;

export const webhooksSchema = { tags, summary: "The caller's webhooks", response: { 200: itemList(anyObject), ...commonErrors } } as const;

export const addWebhookSchema = {
  tags,
  summary: 'Add a webhook: every notification of the caller is POSTed to it, signed with the secret returned once here',
  body: Type.Object({ url: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
  response: { 201: { type: 'object', required: ['id', 'url', 'secret', 'created_at'], properties: { id: { type: 'string' }, url: { type: 'string' }, secret: { type: 'string' }, created_at: { type: 'string' } } }, ...commonErrors },
} as const;
export interface AddWebhookReq { Body: Static<typeof addWebhookSchema.body> }

export const removeWebhookSchema = { tags, summary: 'Remove a webhook (pending deliveries fail)', params: Id, response: { ...commonErrors, 404: errorSchema } } as const;
export const deliveriesSchema = {
  tags, summary: "A webhook's delivery log", params: Id,
  response: { 200: itemList(anyObject), ...commonErrors, 404: errorSchema },
} as const;
