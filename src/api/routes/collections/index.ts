/**
 * Collection routes under /api, for the sharing page: the TAXII server's addresses, the caller's
 * collections with their grants, creating one for partners, and putting objects in and taking them
 * out. The rules are the TAXII server's (src/taxii/collection-service.ts decides them); organisation
 * names are resolved here, as the TAXII admin extension does.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import type { CollectionService, CollectionView } from '../../../taxii/collection-service.ts';
import { invalidField } from '../../error-handler.ts';
import {
  addObjectsSchema, createSchema, getSchema, listSchema, objectsSchema, removeObjectSchema, taxiiInfoSchema,
  type AddObjectsReq, type CollectionReq, type CreateReq, type ObjectsReq, type RemoveObjectReq,
} from './schema.ts';

export interface CollectionRoutesOptions {
  collections: CollectionService;
  /** Paths of the TAXII discovery and API root; absent when TAXII is not mounted. */
  taxii?: { discovery: string; apiRoot: string; plainClaims?: string };
}

function viewerOf(request: FastifyRequest): UserViewer {
  if (!request.viewer) throw new Errors.AUTH_REQUIRED();
  return request.viewer;
}

export async function collectionRoutes(app: FastifyInstance, { collections, taxii }: CollectionRoutesOptions): Promise<void> {
  const auth = app.auth.repo;

  async function answer(views: CollectionView[]) {
    const names = new Map((await auth.listOrgs()).map((o) => [o.id, o.name]));
    const org = (id: string) => ({ id, name: names.get(id) ?? id });
    return views.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.description ? { description: c.description } : {}),
      ...(c.alias ? { alias: c.alias } : {}),
      is_default: c.isDefault,
      everyone_read: c.everyoneRead,
      everyone_write: c.everyoneWrite,
      ...(c.ownerOrg ? { owner: org(c.ownerOrg) } : {}),
      readers: c.readOrgs.filter((o) => !c.writeOrgs.includes(o)).map(org),
      writers: c.writeOrgs.map(org),
      can_read: c.canRead,
      can_write: c.canWrite,
      ...(c.objectCount !== undefined ? { object_count: c.objectCount } : {}),
      created: c.created,
    }));
  }

  const resolveOrgs = (names: string[] | undefined, field: string) =>
    Promise.all((names ?? []).map(async (name, i) => {
      const found = await auth.findOrg(name);
      if (!found) throw invalidField(`${field}[${i}]`, `no organisation '${name}'`);
      return found.id;
    }));

  app.get('/taxii', { schema: taxiiInfoSchema }, async () =>
    (taxii ? { discovery: taxii.discovery, api_root: taxii.apiRoot, ...(taxii.plainClaims ? { plain_claims: taxii.plainClaims } : {}) } : {}));

  app.get('/collections', { schema: listSchema }, async (request) => ({ items: await answer(await collections.list(viewerOf(request))) }));

  app.post<CreateReq>('/collections', { schema: createSchema }, async (request, reply) => {
    const viewer = viewerOf(request);
    const b = request.body;
    const writers = await resolveOrgs(b.writers, 'writers');
    const readers = await resolveOrgs(b.readers, 'readers');
    const created = await collections.create(viewer, {
      title: b.title, description: b.description, alias: b.alias,
      readOrgs: readers, writeOrgs: writers, everyoneRead: b.everyone_read, everyoneWrite: b.everyone_write,
    });
    await app.auth.audit(request, { action: 'collection-create', target: created.id, outcome: 'ok', status: 201, detail: created.title });
    const [one] = await answer([created]);
    return reply.code(201).send(one);
  });

  app.get<CollectionReq>('/collections/:cid', { schema: getSchema }, async (request) =>
    (await answer([await collections.get(viewerOf(request), request.params.cid)]))[0]);

  app.get<ObjectsReq>('/collections/:cid/objects', { schema: objectsSchema }, async (request) => {
    const { limit, cursor, type } = request.query;
    const page = await collections.objects(viewerOf(request), request.params.cid, { limit, cursor, types: type });
    return {
      items: page.items.map((s) => ({
        id: s.id, type: s.type,
        ...(typeof s.object.name === 'string' ? { name: s.object.name } : {}),
        ...(s.tlp ? { tlp: s.tlp } : {}),
        ...(typeof s.object.modified === 'string' ? { modified: s.object.modified } : {}),
        date_added: s.dateAdded,
      })),
      ...(page.next ? { next: page.next } : {}),
    };
  });

  app.post<AddObjectsReq>('/collections/:cid/objects', { schema: addObjectsSchema }, async (request) => {
    const result = await collections.add(viewerOf(request), request.params.cid, request.body.ids);
    await app.auth.audit(request, { action: 'collection-add', target: result.collection, outcome: 'ok', status: 200, detail: result.added.join(' ').slice(0, 500) });
    return result;
  });

  app.delete<RemoveObjectReq>('/collections/:cid/objects/:id', { schema: removeObjectSchema }, async (request, reply) => {
    await collections.remove(viewerOf(request), request.params.cid, request.params.id);
    await app.auth.audit(request, { action: 'collection-remove', target: request.params.cid, outcome: 'ok', status: 204, detail: request.params.id });
    return reply.code(204).send();
  });
}
