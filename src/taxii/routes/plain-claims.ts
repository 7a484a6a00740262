/**
 * The plain-claims collection: a read-only TAXII collection whose objects are the plain STIX
 * mapping of the claims the caller may see (src/claims/stix-mapping.ts `exportPlain`: attribution
 * relationships, opinions and notes created by the claimants, and the objects they reference),
 * for consumers that ignore the claim extension. Every authenticated caller may read it; nobody
 * may write (403). It has a fixed id and the alias `plain-claims`, and is listed with the others.
 *
 * Interpretations, named here: its objects are computed for each request in the caller's view, so
 * each has one version (the latest) and its date added is its `modified` (else `created`);
 * `added_after`, `match[id]`, `match[type]`, `limit` and `next` filter and page that list, in
 * date-added order; `match[version]` other than `last`/`all` matches nothing older.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../errors.ts';
import { exportPlain } from '../../claims/stix-mapping.ts';
import type { StixObject } from '../../model/stix/core.ts';
import type { Page, StoredObject } from '../../storage/store.ts';
import { RESERVED_ALIAS } from '../collections.ts';
import type { TaxiiContext } from '../context.ts';
import { dateAddedHeaders, toBundle, toEnvelope, toManifest } from '../envelope.ts';
import { parseFilters, type RawQuery } from '../filters.ts';
import { MEDIA_TYPE, STIX_MEDIA_TYPE } from '../media-types.ts';
import type { CollectionResource } from '../types.ts';
import { taxiiRoute } from './shared.ts';

/** Never change: clients keep collection ids. */
export const PLAIN_CLAIMS_COLLECTION_ID = '6f1d8a52-3c4b-4e7a-9d0f-5b2c8e1a7d34';
export const PLAIN_CLAIMS_ALIAS = RESERVED_ALIAS;

export function plainClaimsResource(): CollectionResource {
  return {
    id: PLAIN_CLAIMS_COLLECTION_ID,
    title: 'Claims as plain STIX',
    description: 'Read-only: the claims you may see as attribution relationships, opinions and notes created by the claimants (no x-opstrack-claim), with the objects they reference.',
    alias: PLAIN_CLAIMS_ALIAS,
    can_read: true,
    can_write: false,
    media_types: [STIX_MEDIA_TYPE],
  };
}

function stored(o: StixObject): StoredObject {
  const version = String(o.modified ?? o.created ?? '1970-01-01T00:00:00.000Z');
  return { object: o, id: o.id, type: o.type, version, dateAdded: version, specVersion: String(o.spec_version ?? '2.1') };
}

const encode = (n: number) => Buffer.from(`plain:${n}`).toString('base64url');
function decode(cursor: string): number {
  const m = /^plain:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new Errors.STORE_BAD_CURSOR('not a cursor of this collection');
  return Number(m[1]);
}

export function plainClaimsRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  /** The caller's plain mapping, filtered and paged as the URL asks. */
  async function page(request: FastifyRequest<{ Querystring: RawQuery }>, endpoint: 'objects' | 'manifest', objectId?: string): Promise<Page<StoredObject>> {
    const q = parseFilters(request.query, objectId ? 'object' : endpoint, ctx.limits);
    const bundle = await exportPlain(ctx.store, ctx.viewer(request));
    let items = bundle.objects.map(stored).sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.id.localeCompare(b.id));
    if (objectId) items = items.filter((s) => s.id === objectId);
    if (q.ids) items = items.filter((s) => q.ids!.includes(s.id));
    if (q.types) items = items.filter((s) => q.types!.includes(s.type));
    if (q.addedAfter) items = items.filter((s) => s.dateAdded > q.addedAfter!);
    if (q.specVersions) items = items.filter((s) => q.specVersions!.includes(s.specVersion));
    if (q.versions && !q.versions.some((v) => v === 'last' || v === 'all' || items.some((s) => s.version === v))) items = [];
    const start = q.cursor ? decode(q.cursor) : 0;
    const limit = ctx.representation(request) === 'stix' && endpoint === 'objects' ? Number.MAX_SAFE_INTEGER : (q.limit ?? ctx.limits.defaultPageSize);
    const slice = items.slice(start, start + limit);
    return { items: slice, ...(start + limit < items.length ? { next: encode(start + limit) } : {}) };
  }

  for (const key of [PLAIN_CLAIMS_COLLECTION_ID, PLAIN_CLAIMS_ALIAS]) {
    const base = `${ctx.apiRootPath()}collections/${key}/`;
    app.get(base, taxiiRoute(), async (request) => {
      ctx.viewer(request);
      return plainClaimsResource();
    });

    app.get<{ Querystring: RawQuery }>(`${base}objects/`, taxiiRoute(['taxii', 'stix']), async (request, reply) => {
      const found = await page(request, 'objects');
      reply.headers(dateAddedHeaders(found.items));
      const representation = ctx.representation(request);
      reply.header('content-type', MEDIA_TYPE[representation]);
      return representation === 'stix' ? toBundle(found.items.map((s) => s.object)) : toEnvelope(found);
    });

    app.get<{ Querystring: RawQuery; Params: { objectId: string } }>(`${base}objects/:objectId/`, taxiiRoute(['taxii', 'stix'], { objectId: 300 }), async (request, reply) => {
      const found = await page(request, 'objects', request.params.objectId);
      if (found.items.length === 0 && !request.query.next) throw new Errors.TAXII_NOT_FOUND(`object ${request.params.objectId}`);
      reply.headers(dateAddedHeaders(found.items));
      const representation = ctx.representation(request);
      reply.header('content-type', MEDIA_TYPE[representation]);
      return representation === 'stix' ? toBundle(found.items.map((s) => s.object)) : toEnvelope(found);
    });

    app.get<{ Querystring: RawQuery }>(`${base}manifest/`, taxiiRoute(), async (request, reply) => {
      const found = await page(request, 'manifest');
      reply.headers(dateAddedHeaders(found.items));
      return toManifest(found);
    });

    app.post(`${base}objects/`, taxiiRoute(), async (request) => {
      ctx.viewer(request);
      throw new Errors.AUTH_FORBIDDEN('the plain-claims collection is read-only: it is computed from the claims');
    });
  }
}
