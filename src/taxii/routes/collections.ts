/** Get Collections and Get a Collection (spec sections 5.1, 5.2): can_read/can_write are the caller's. */
import type { FastifyInstance } from 'fastify';
import { isVisible, toCollectionResource } from '../collections.ts';
import type { TaxiiContext } from '../context.ts';
import type { CollectionResource } from '../types.ts';
import { plainClaimsResource } from './plain-claims.ts';
import { COLLECTION_PARAM, taxiiRoute, type CollectionParams } from './shared.ts';

export function collectionsRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  const base = `${ctx.apiRootPath()}collections/`;

  app.get(base, taxiiRoute(), async (request): Promise<{ collections?: CollectionResource[] }> => {
    const viewer = ctx.viewer(request);
    const visible = (await ctx.collections.list()).filter((c) => isVisible(c, viewer));
    // The read-only plain-claims collection (plain-claims.ts) is every reader's too.
    return { collections: [...visible.map((c) => toCollectionResource(c, viewer)), plainClaimsResource()] };
  });

  app.get<{ Params: CollectionParams }>(`${base}:collectionId/`, taxiiRoute(['taxii'], COLLECTION_PARAM), async (request) => {
    const collection = await ctx.collection(request, request.params.collectionId, 'info');
    return toCollectionResource(collection, ctx.viewer(request));
  });
}
