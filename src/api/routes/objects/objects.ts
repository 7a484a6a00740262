/**
 * Object read routes. Every read goes through the Store with `request.viewer`, so TLP filtering
 * happens in the query: a hidden object is indistinguishable from an absent one (404), and a
 * hidden object's existence is only written to the audit log (every 404 read is audited, alike).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import { exportPlain } from '../../../claims/stix-mapping.ts';
import { bundleChunks } from '../../../import/bundle-exporter.ts';
import { tlpOf } from '../../../model/tlp.ts';
import { SYSTEM, type UserViewer } from '../../../model/viewer.ts';
import type { StoredObject, Store } from '../../../storage/store.ts';
import { DEFAULT_PAGE_BYTES } from '../../../storage/list-filters.ts';
import { jsonArrayText } from '../../../storage/stored-text.ts';
import { invalidField } from '../../error-handler.ts';
import {
  exportPlainSchema, exportSchema, getSchema, graphSchema, listSchema, relationshipsSchema,
  type ExportReq, type GetReq, type GraphReq, type ListReq, type RelationshipsReq,
} from './schema.ts';

const VERSION = /^(last|first|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z)$/;

export interface ObjectRoutesOptions {
  store: Store;
  /** Byte budget of a list page (the objects' JSON text); default DEFAULT_PAGE_BYTES. */
  pageBytes?: number;
}

function viewerOf(request: FastifyRequest): UserViewer {
  // protected routes never run without one (auth plugin); this guards a misconfigured route
  if (!request.viewer) throw new Errors.AUTH_REQUIRED();
  return request.viewer;
}

function nameOf(object: StoredObject['object']): string | undefined {
  for (const key of ['name', 'value', 'relationship_type', 'pattern']) {
    if (typeof object[key] === 'string') return object[key] as string;
  }
  return undefined;
}

export async function objectRoutes(app: FastifyInstance, { store, pageBytes = DEFAULT_PAGE_BYTES }: ObjectRoutesOptions): Promise<void> {
  /**
   * 404 for anything the viewer cannot see. Every such read is audited, hidden or unknown alike, so
   * both answers cost the same (bench/hidden-ids.ts); the audit's detail tells them apart for admins.
   */
  async function notFound(request: FastifyRequest, id: string): Promise<Error> {
    const exists = (await store.get(SYSTEM, id)).length > 0;
    await app.auth.audit(request, { action: 'read', target: id, outcome: 'denied', status: 404, detail: exists ? 'hidden by TLP' : 'no such object' });
    return new Errors.STORE_NOT_FOUND(id);
  }

  app.get<ListReq>('/objects', { schema: listSchema }, async (request, reply) => {
    const q = request.query;
    const page = await store.listText(viewerOf(request), { types: q.type, since: q.since, limit: q.limit, cursor: q.cursor, maxBytes: pageBytes });
    // The response schema's shape, as text around the stored objects (nothing parsed or re-serialised).
    reply.type('application/json; charset=utf-8');
    return `{"items":${jsonArrayText(page.items)}${page.next ? `,"next":${JSON.stringify(page.next)}` : ''}}`;
  });

  app.get<GetReq>('/objects/:id', { schema: getSchema }, async (request) => {
    const viewer = viewerOf(request);
    const { id } = request.params;
    const version = request.query.version ?? 'last';
    if (!VERSION.test(version)) throw invalidField('version', 'last, first or an RFC 3339 UTC timestamp');
    const [found] = await store.get(viewer, id, [version]);
    if (!found) throw await notFound(request, id);
    const versions = await store.versions(viewer, id);
    return { object: found.object, tlp: found.tlp, dateAdded: found.dateAdded, versions };
  });

  app.get<RelationshipsReq>('/objects/:id/relationships', { schema: relationshipsSchema }, async (request) => {
    const viewer = viewerOf(request);
    const { id } = request.params;
    if ((await store.get(viewer, id)).length === 0) throw await notFound(request, id);
    const rels = await store.relationships(viewer, id, {
      direction: request.query.direction, relationshipTypes: request.query.relationship_type,
    });
    return { items: rels.map((s) => s.object) };
  });

  app.get<GraphReq>('/objects/:id/graph', { schema: graphSchema }, async (request) => {
    const viewer = viewerOf(request);
    const { id } = request.params;
    const depth = request.query.depth ?? 1;
    const limit = request.query.limit ?? 300;
    const [root] = await store.get(viewer, id);
    if (!root) throw await notFound(request, id);
    const nodes = new Map<string, { id: string; type: string; name?: string; tlp?: string; depth: number }>();
    const edges = new Map<string, { id: string; source: string; target: string; relationship_type: string }>();
    const addNode = (s: StoredObject, d: number) => nodes.set(s.id, { id: s.id, type: s.type, name: nameOf(s.object), tlp: s.tlp ?? tlpOf(s.object), depth: d });
    addNode(root, 0);
    let frontier = [id];
    let truncated = false;
    for (let d = 1; d <= depth && frontier.length && !truncated; d++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const rel of await store.relationships(viewer, at)) {
          const o = rel.object;
          const source = (o.source_ref ?? o.sighting_of_ref) as string | undefined;
          const target = (o.target_ref ?? (o.where_sighted_refs as string[] | undefined)?.[0]) as string | undefined;
          if (!source || !target) continue;
          const other = source === at ? target : source;
          if (!nodes.has(other)) {
            if (nodes.size >= limit) { truncated = true; break; }
            const [found] = await store.get(viewer, other);
            if (!found) continue; // a dangling ref (not stored): the edge would point nowhere
            addNode(found, d);
            next.push(other);
          }
          edges.set(rel.id, { id: rel.id, source, target, relationship_type: String(o.relationship_type ?? o.type) });
        }
        if (truncated) break;
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)), truncated };
  });

  app.get<ExportReq>('/export', { schema: exportSchema }, async (request, reply) => {
    const { type, since } = request.query;
    // The CLI's exporter in the caller's view. Its first chunk comes after the first store page,
    // so a bad filter is still a clean JSON error.
    const chunks = bundleChunks(store, { viewer: viewerOf(request), types: type, since });
    const first = await chunks.next();
    async function* bundle(): AsyncGenerator<string> {
      if (!first.done) yield first.value;
      yield* chunks;
    }
    reply.type('application/stix+json;version=2.1');
    reply.header('content-disposition', 'attachment; filename="opstrack-export.json"');
    return reply.send(Readable.from(bundle()));
  });

  app.get('/export/plain', { schema: exportPlainSchema }, async (request, reply) => {
    const bundle = await exportPlain(store, viewerOf(request));
    reply.type('application/stix+json;version=2.1');
    reply.header('content-disposition', 'attachment; filename="opstrack-claims-plain.json"');
    return reply.send(JSON.stringify(bundle));
  });
}
