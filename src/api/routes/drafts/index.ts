/**
 * Draft review routes: thin handlers over DraftService (src/ingest/drafts). A draft belongs to the
 * caller's organisation; a URL draft answers 202 at once and reports its progress on GET.
 */
import type { FastifyInstance } from 'fastify';
import type { DraftService } from '../../../ingest/drafts/draft-service.ts';
import { invalidField } from '../../error-handler.ts';
import { createSchema, deleteSchema, getSchema, listSchema, publishSchema, updateItemSchema, type CreateReq, type IdReq, type ItemReq, type ListReq, type PublishReq } from './schema.ts';

export async function draftRoutes(app: FastifyInstance, { drafts, bodyLimit }: { drafts: DraftService; bodyLimit: number }): Promise<void> {
  const editor = app.auth.requireRole('editor');
  app.addHook('onClose', async () => {
    await Promise.allSettled([...drafts.pending]);
  });

  app.post<CreateReq>('/drafts', { schema: createSchema, bodyLimit, onRequest: editor }, async (request, reply) => {
    const viewer = request.viewer!;
    let draft;
    if (request.isMultipart()) {
      const file = await request.file();
      if (!file) throw invalidField('file', 'required');
      const bytes = await file.toBuffer();
      const tlp = (file.fields.tlp as { value?: string } | undefined)?.value as CreateReq['Body']['tlp'];
      const published = (file.fields.published as { value?: string } | undefined)?.value || undefined;
      draft = await drafts.create(viewer, { kind: 'bytes', bytes, filename: file.filename, contentType: file.mimetype, ...(published ? { published } : {}) }, { tlp });
    } else {
      const body = (request.body ?? {}) as CreateReq['Body'];
      if (typeof body !== 'object' || Array.isArray(body)) throw invalidField('(root)', 'expected a JSON object');
      for (const key of Object.keys(body)) {
        if (!['text', 'title', 'url', 'allowPrivate', 'tlp', 'published'].includes(key)) throw invalidField(key, 'unknown field');
      }
      for (const key of ['text', 'title', 'url', 'tlp', 'published'] as const) {
        if (body[key] !== undefined && typeof body[key] !== 'string') throw invalidField(key, 'must be a string');
      }
      if (body.allowPrivate !== undefined && typeof body.allowPrivate !== 'boolean') throw invalidField('allowPrivate', 'must be a boolean');
      const given = ['text', 'url'].filter((k) => (body as Record<string, unknown>)[k] !== undefined);
      if (given.length !== 1) throw invalidField('text', 'give exactly one of text, url (or upload a file)');
      const published = body.published ? { published: body.published } : {};
      draft = body.url !== undefined
        ? await drafts.create(viewer, { kind: 'url', url: body.url, allowPrivate: body.allowPrivate, ...published }, { tlp: body.tlp })
        : await drafts.create(viewer, { kind: 'text', text: body.text!, title: body.title, ...published }, { tlp: body.tlp });
    }
    return reply.code(draft.duplicate ? 200 : 202).send(draft);
  });

  app.get<ListReq>('/drafts', { schema: listSchema }, async (request) => ({ items: await drafts.list(request.viewer!, request.query.status) }));

  app.get<IdReq>('/drafts/:id', { schema: getSchema }, async (request) => drafts.get(request.viewer!, request.params.id));

  app.patch<ItemReq>('/drafts/:id/items/:item', { schema: updateItemSchema, onRequest: editor }, async (request) =>
    drafts.updateItem(request.viewer!, request.params.id, request.params.item, request.body ?? {}));

  app.post<PublishReq>('/drafts/:id/publish', { schema: publishSchema, onRequest: editor }, async (request) =>
    drafts.publish(request.viewer!, request.params.id, { tlp: request.body?.tlp, includeProposed: request.body?.include_proposed }));

  app.delete<IdReq>('/drafts/:id', { schema: deleteSchema, onRequest: editor }, async (request, reply) => {
    await drafts.delete(request.viewer!, request.params.id);
    return reply.code(204).send();
  });
}
