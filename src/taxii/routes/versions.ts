/**
 * Get Object Versions (spec section 5.8): GET {api-root}/collections/{id}/objects/{object-id}/versions/.
 * Served from the Store's list with match[version]=all, so added_after, limit, next and
 * match[spec_version] keep the one pagination the other endpoints use.
 */
import type { FastifyInstance } from 'fastify';
import type { TaxiiContext } from '../context.ts';
import { dateAddedHeaders, toVersions } from '../envelope.ts';
import { parseFilters, type RawQuery } from '../filters.ts';
import { requireObject } from './objects.ts';
import { OBJECT_PARAMS, taxiiRoute, type ObjectParams } from './shared.ts';

export function versionsRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get<{ Params: ObjectParams; Querystring: RawQuery }>(
    `${ctx.apiRootPath()}collections/:collectionId/objects/:objectId/versions/`,
    taxiiRoute(['taxii'], OBJECT_PARAMS),
    async (request, reply) => {
      const { collectionId, objectId } = request.params;
      const collection = await ctx.collection(request, collectionId, 'read');
      const query = parseFilters(request.query, 'versions', ctx.limits);
      if (!query.cursor) await requireObject(ctx, request, collection, objectId);
      const page = await ctx.store.list(ctx.viewer(request), {
        ...query,
        ids: [objectId],
        versions: ['all'],
        collectionId: ctx.scope(collection),
      });
      reply.headers(dateAddedHeaders(page.items));
      return toVersions(page);
    },
  );
}
