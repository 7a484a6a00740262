/** Get Object Manifests (spec section 5.6): GET {api-root}/collections/{id}/manifest/. */
import type { FastifyInstance } from 'fastify';
import type { TaxiiContext } from '../context.ts';
import { dateAddedHeaders, toManifest } from '../envelope.ts';
import { parseFilters, type RawQuery } from '../filters.ts';
import { COLLECTION_PARAM, taxiiRoute, type CollectionParams } from './shared.ts';

export function manifestRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get<{ Params: CollectionParams; Querystring: RawQuery }>(
    `${ctx.apiRootPath()}collections/:collectionId/manifest/`,
    taxiiRoute(['taxii'], COLLECTION_PARAM),
    async (request, reply) => {
      const collection = await ctx.collection(request, request.params.collectionId, 'read');
      const query = parseFilters(request.query, 'manifest', ctx.limits);
      const page = await ctx.store.list(ctx.viewer(request), { ...query, collectionId: ctx.scope(collection) });
      reply.headers(dateAddedHeaders(page.items));
      return toManifest(page);
    },
  );
}
