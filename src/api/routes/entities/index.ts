/**
 * Entity routes of the JSON API: thin handlers over EntityService (src/entities/entity-service.ts),
 * which writes through the Store with the caller as actor, so ownership is the store's.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import type { EntityService } from '../../../entities/entity-service.ts';
import {
  deleteSchema, editSchema, historySchema, mergeSchema, referencesSchema, splitSchema,
  type EditBody, type EntityParams, type MergeBody, type SplitBody,
} from './schema.ts';

export interface EntityRoutesOptions {
  entities: EntityService;
}

function viewerOf(request: FastifyRequest): UserViewer {
  const viewer = (request as FastifyRequest & { viewer?: UserViewer | null }).viewer;
  if (!viewer) throw new Errors.AUTH_REQUIRED();
  return viewer;
}

export async function entityRoutes(app: FastifyInstance, { entities }: EntityRoutesOptions): Promise<void> {
  app.patch<{ Params: EntityParams; Body: EditBody }>('/entities/:id', { schema: editSchema }, async (request) => ({
    object: await entities.edit(viewerOf(request), request.params.id, request.body),
  }));

  app.post<{ Params: EntityParams; Body: MergeBody }>('/entities/:id/merge', { schema: mergeSchema }, async (request) =>
    entities.merge(viewerOf(request), request.params.id, request.body.from));

  app.post<{ Params: EntityParams; Body: SplitBody }>('/entities/:id/split', { schema: splitSchema }, async (request, reply) =>
    reply.code(201).send(await entities.split(viewerOf(request), request.params.id, request.body)));

  app.delete<{ Params: EntityParams }>('/entities/:id', { schema: deleteSchema }, async (request) => ({
    object: await entities.remove(viewerOf(request), request.params.id),
  }));

  app.get<{ Params: EntityParams }>('/entities/:id/references', { schema: referencesSchema }, async (request) => ({
    items: await entities.references(viewerOf(request), request.params.id),
  }));

  app.get<{ Params: EntityParams }>('/entities/:id/history', { schema: historySchema }, async (request) => ({
    versions: await entities.history(viewerOf(request), request.params.id),
  }));
}
