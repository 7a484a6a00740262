/** Get Collections and Get a Collection (spec sections 5.1, 5.2): can_read/can_write are the caller's. */
import type { FastifyInstance } from 'fastify';
import { isVisible, toCollectionResource } from '../collections.ts';
import type { TaxiiContext } from '../context.ts';
import type { CollectionResource } from '../types.ts';
import { COLLECTION_PARAM, taxiiRoute, type CollectionParams } from './shared.ts';

export function collectionsRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  const base = `${ctx.apiRootPath()}collections/`;

  app.get(base, taxiiRoute(), async (request): Promise<{ collections?: CollectionResource[] }> => {
    const viewer = ctx.viewer(request);
    const visible = (await ctx.collections.list()).filter((c) => isVisible(c, viewer));
    // The spec's empty answer is an empty resource, not an empty list.
    return visible.length ? { collections: visible.map((c) => toCollectionResource(c, viewer)) } : {};
  });

  app.get<{ Params: CollectionParams }>(`${base}:collectionId/`, taxiiRoute(['taxii'], COLLECTION_PARAM), async (request) => {
    const collection = await ctx.collection(request, request.params.collectionId, 'info');
    return toCollectionResource(collection, ctx.viewer(request));
  });
}
