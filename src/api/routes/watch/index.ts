/**
 * Watch routes under /api: follows, notifications, webhooks. Every user manages their own; nothing
 * here reads another user's rows (the service filters by the caller).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import type { WatchService } from '../../../watch/watch-service.ts';
import {
  addWebhookSchema, deliveriesSchema, followSchema, followsSchema, notificationsSchema, readSchema, removeWebhookSchema, unfollowSchema, webhooksSchema,
  type AddWebhookReq, type FollowReq, type IdReq, type NotificationsReq,
} from './schema.ts';

export interface WatchRoutesOptions {
  watch: WatchService;
}

function viewerOf(request: FastifyRequest): UserViewer {
  if (!request.viewer) throw new Errors.AUTH_REQUIRED();
  return request.viewer;
}

export async function watchRoutes(app: FastifyInstance, { watch }: WatchRoutesOptions): Promise<void> {
  app.get('/follows', { schema: followsSchema }, async (request) => ({ items: await watch.follows(viewerOf(request)) }));
  app.post<FollowReq>('/follows', { schema: followSchema }, async (request, reply) =>
    reply.code(201).send(await watch.follow(viewerOf(request), request.body.kind, request.body.target)));
  app.delete<IdReq>('/follows/:id', { schema: unfollowSchema }, async (request, reply) => {
    await watch.unfollow(viewerOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.get<NotificationsReq>('/notifications', { schema: notificationsSchema }, async (request) =>
    ({ items: await watch.notifications(viewerOf(request), { unread: request.query.unread, limit: request.query.limit }) }));
  app.post<IdReq>('/notifications/:id/read', { schema: readSchema }, async (request, reply) => {
    await watch.markRead(viewerOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.get('/webhooks', { schema: webhooksSchema }, async (request) => ({ items: await watch.webhooks(viewerOf(request)) }));
  app.post<AddWebhookReq>('/webhooks', { schema: addWebhookSchema }, async (request, reply) =>
    reply.code(201).send(await watch.addWebhook(viewerOf(request), request.body.url)));
  app.delete<IdReq>('/webhooks/:id', { schema: removeWebhookSchema }, async (request, reply) => {
    await watch.removeWebhook(viewerOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.get<IdReq>('/webhooks/:id/deliveries', { schema: deliveriesSchema }, async (request) =>
    ({ items: await watch.deliveries(viewerOf(request), request.params.id) }));
}
