/**
 * Get Objects, Add Objects, Get an Object and Delete an Object (spec sections 5.3, 5.4, 5.5, 5.7).
 *
 * Interpretations of the specification, named here:
 * - Get an Object answers 404 when the object has no version the caller may see in the collection;
 *   when it exists but the filters exclude every version, it answers 200 with an empty envelope.
 * - Delete an Object without match[version] deletes every version (the spec's default), and needs
 *   write permission on the collection and sight of the object, and the object must be owned by
 *   the caller's organisation (or the caller be an installation admin): 403 otherwise (the Store
 *   decides, docs/security.md). Only the versions the caller sees are deleted. The Store deletes versions
 *   installation-wide, so deleting from a non-default collection removes them from the default too.
 * - A malformed object id in the URL is 404 (no such object), not 400.
 * - Asked for a STIX bundle (Accept: application/stix+json;version=2.1, an OpsTrack extension), Get
 *   Objects and Get an Object answer every matching object in one bundle (from `next` when given;
 *   `limit` does not cut a bundle, which has no way to say there is more), or 406 when more than
 *   MAX_BUNDLE_OBJECTS match; never the first page alone.
 * - A successful delete is an empty 200 under the TAXII media type.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../../errors.ts';
import type { ListQuery, Page, StoredText } from '../../storage/store.ts';
import { addObjects } from '../add-objects.ts';
import type { TaxiiContext } from '../context.ts';
import { bundleText, dateAddedHeaders, envelopeText } from '../envelope.ts';
import { parseFilters, type RawQuery } from '../filters.ts';
import { bodyRepresentation, MEDIA_TYPE, TAXII_MEDIA_TYPE } from '../media-types.ts';
import type { Collection } from '../types.ts';
import { COLLECTION_PARAM, OBJECT_PARAMS, taxiiRoute, type CollectionParams, type ObjectParams } from './shared.ts';

const STIX_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[0-9a-fA-F-]{36}$/;

/** 404 unless the object has at least one version the caller may see in the collection. */
export async function requireObject(ctx: TaxiiContext, request: FastifyRequest, collection: Collection, objectId: string): Promise<void> {
  const found = STIX_ID.test(objectId) ? await ctx.store.versions(ctx.viewer(request), objectId, ctx.scope(collection)) : [];
  if (found.length === 0) throw new Errors.TAXII_NOT_FOUND(`object ${objectId}`);
}

/** Most objects one STIX bundle answer holds; past it the answer is an error, never a silent first page. */
export const MAX_BUNDLE_OBJECTS = 10_000;

/**
 * The answer's objects: one page for a TAXII envelope (which pages with `more`/`next`), or every
 * page for a STIX bundle (which cannot say there is more), up to MAX_BUNDLE_OBJECTS.
 * @throws OPS_ERR_TAXII_NOT_ACCEPTABLE (406) when the bundle would hold more.
 */
async function listAnswer(ctx: TaxiiContext, request: FastifyRequest, query: ListQuery): Promise<Page<StoredText>> {
  const viewer = ctx.viewer(request);
  // An envelope page is bounded in bytes too (`next` carries the rest); a bundle is never paged.
  if (ctx.representation(request) !== 'stix') return ctx.store.listText(viewer, { ...query, maxBytes: ctx.options.maxPageBytes });
  const items: StoredText[] = [];
  let cursor = query.cursor;
  do {
    const page = await ctx.store.listText(viewer, { ...query, cursor, limit: ctx.limits.maxPageSize });
    items.push(...page.items);
    if (items.length > MAX_BUNDLE_OBJECTS) {
      throw new Errors.TAXII_NOT_ACCEPTABLE(
        `more than ${MAX_BUNDLE_OBJECTS} objects match: a STIX bundle cannot be paged, so ask for ${TAXII_MEDIA_TYPE} (pages with next) or narrow the match[...] filters`,
      );
    }
    cursor = page.next;
  } while (cursor);
  return { items };
}

/** The answer as JSON text around the stored objects' own text (nothing parsed or re-serialised). */
function sendPage(ctx: TaxiiContext, request: FastifyRequest, reply: FastifyReply, page: Page<StoredText>): string {
  reply.headers(dateAddedHeaders(page.items));
  const representation = ctx.representation(request);
  reply.header('content-type', MEDIA_TYPE[representation]);
  return representation === 'stix' ? bundleText(page.items) : envelopeText(page);
}

export function objectsRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  const base = `${ctx.apiRootPath()}collections/:collectionId/objects/`;

  app.get<{ Params: CollectionParams; Querystring: RawQuery }>(base, taxiiRoute(['taxii', 'stix'], COLLECTION_PARAM), async (request, reply) => {
    const collection = await ctx.collection(request, request.params.collectionId, 'read');
    const query = parseFilters(request.query, 'objects', ctx.limits);
    const page = await listAnswer(ctx, request, { ...query, collectionId: ctx.scope(collection) });
    return sendPage(ctx, request, reply, page);
  });

  const postOptions = taxiiRoute(['taxii'], COLLECTION_PARAM);
  app.post<{ Params: CollectionParams }>(
    base,
    { ...postOptions, config: { ...postOptions.config, taxiiRawBody: true }, bodyLimit: ctx.options.maxContentLength },
    async (request, reply) => {
      // Fastify skips body parsing (and so the Content-Type check) for a POST without a body.
      const kind = bodyRepresentation(request.headers['content-type']);
      const collection = await ctx.collection(request, request.params.collectionId, 'write');
      const status = await addObjects(ctx, ctx.viewer(request), collection, (request.body as Buffer | undefined) ?? Buffer.alloc(0), kind);
      return reply.code(202).send(status);
    },
  );

  app.get<{ Params: ObjectParams; Querystring: RawQuery }>(`${base}:objectId/`, taxiiRoute(['taxii', 'stix'], OBJECT_PARAMS), async (request, reply) => {
    const { collectionId, objectId } = request.params;
    const collection = await ctx.collection(request, collectionId, 'read');
    const query = parseFilters(request.query, 'object', ctx.limits);
    if (!STIX_ID.test(objectId)) throw new Errors.TAXII_NOT_FOUND(`object ${objectId}`);
    const page = await listAnswer(ctx, request, { ...query, ids: [objectId], collectionId: ctx.scope(collection) });
    if (page.items.length === 0 && !query.cursor) await requireObject(ctx, request, collection, objectId);
    return sendPage(ctx, request, reply, page);
  });

  app.delete<{ Params: ObjectParams; Querystring: RawQuery }>(`${base}:objectId/`, taxiiRoute(['taxii'], OBJECT_PARAMS), async (request, reply) => {
    const { collectionId, objectId } = request.params;
    const collection = await ctx.collection(request, collectionId, 'write');
    const query = parseFilters(request.query, 'delete', ctx.limits);
    await requireObject(ctx, request, collection, objectId);
    // Only versions the caller can see are deleted: select them through the viewer first. The Store
    // refuses (403) unless the caller's organisation owns the id or they are an installation admin.
    const viewer = ctx.viewer(request);
    const versions: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ctx.store.list(viewer, {
        ids: [objectId],
        versions: query.versions ?? ['all'],
        specVersions: query.specVersions,
        collectionId: ctx.scope(collection),
        limit: ctx.limits.maxPageSize,
        cursor,
      });
      for (const s of page.items) versions.push(s.version);
      cursor = page.next;
    } while (cursor);
    if (versions.length) await ctx.store.delete(objectId, versions, { actor: viewer });
    // An empty 200 that still says what it is (the TAXII media type, as every TAXII answer).
    return reply.code(200).header('content-type', TAXII_MEDIA_TYPE).send('');
  });
}
