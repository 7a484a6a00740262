/**
 * Draft review routes: thin handlers over DraftService (src/ingest/drafts). A draft belongs to the
 * caller's organisation; a URL draft answers 202 at once and reports its progress on GET.
 */
import type { FastifyInstance } from 'fastify';
import type { DraftService } from '../../../ingest/drafts/draft-service.ts';
import { Errors } from '../../../errors.ts';
import { DOCUMENT_LIMITS, describeBytes } from '../../../ingest/limits.ts';
import { invalidField } from '../../error-handler.ts';
import type { ExtractionMode } from '../../../model/draft.ts';
import {
  addClaimSchema, createSchema, optionsSchema, deleteSchema, getSchema, listSchema, publishSchema, reviewItemsSchema, updateItemSchema,
  type AddClaimReq, type CreateReq, type IdReq, type ItemReq, type ListReq, type PublishReq, type ReviewItemsReq,
} from './schema.ts';

export async function draftRoutes(app: FastifyInstance, { drafts, bodyLimit }: { drafts: DraftService; bodyLimit: number }): Promise<void> {
  const editor = app.auth.requireRole('editor');
  // drafts a stopped server left processing are failed before the first request
  app.addHook('onReady', async () => {
    const failed = await drafts.failInterrupted();
    if (failed) app.log.warn(`${failed} draft(s) interrupted by the last stop marked failed`);
  });
  app.addHook('onClose', async () => {
    await drafts.close();
  });

  app.post<CreateReq>('/drafts', { schema: createSchema, bodyLimit, onRequest: editor }, async (request, reply) => {
    const viewer = request.viewer!;
    let draft;
    if (request.isMultipart()) {
      // the upload stops at the document limit (every kind of document has the same one)
      const file = await request.file({ limits: { fileSize: DOCUMENT_LIMITS.bytes }, throwFileSizeLimit: true });
      if (!file) throw invalidField('file', 'required');
      const tooLarge = () => new Errors.INPUT_TOO_LARGE(`file ${file.filename}: over the limit of ${describeBytes(DOCUMENT_LIMITS.bytes)} per document`, { field: 'file' });
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
        throw tooLarge();
      }
      // a stream cut at the limit, should the per-request option not throw
      if (file.file.truncated) throw tooLarge();
      const tlp = (file.fields.tlp as { value?: string } | undefined)?.value as CreateReq['Body']['tlp'];
      const published = (file.fields.published as { value?: string } | undefined)?.value || undefined;
      const title = (file.fields.title as { value?: string } | undefined)?.value?.trim() || undefined;
      if (title && title.length > 500) throw invalidField('title', 'at most 500 characters');
      const extraction = (file.fields.extraction as { value?: string } | undefined)?.value || undefined;
      draft = await drafts.create(viewer, {
        kind: 'bytes', bytes, filename: file.filename, contentType: file.mimetype, ...(published ? { published } : {}), ...(title ? { title } : {}),
        ...(extraction ? { extraction: extraction as ExtractionMode } : {}),
      }, { tlp });
    } else {
      const body = (request.body ?? {}) as CreateReq['Body'];
      if (typeof body !== 'object' || Array.isArray(body)) throw invalidField('(root)', 'expected a JSON object');
      if ('allowPrivate' in body) {
        throw invalidField('allowPrivate', 'not a request field: fetching private and loopback addresses is an operator setting (OPSTRACK_ALLOW_PRIVATE_FETCH, or opstrack serve --allow-private-fetch)');
      }
      for (const key of Object.keys(body)) {
        if (!['text', 'title', 'url', 'tlp', 'published', 'extraction'].includes(key)) throw invalidField(key, 'unknown field');
      }
      for (const key of ['text', 'title', 'url', 'tlp', 'published', 'extraction'] as const) {
        if (body[key] !== undefined && typeof body[key] !== 'string') throw invalidField(key, 'must be a string');
      }
      const given = ['text', 'url'].filter((k) => (body as Record<string, unknown>)[k] !== undefined);
      if (given.length !== 1) throw invalidField('text', 'give exactly one of text, url (or upload a file)');
      const published = { ...(body.published ? { published: body.published } : {}), ...(body.extraction ? { extraction: body.extraction } : {}) };
      draft = body.url !== undefined
        ? await drafts.create(viewer, { kind: 'url', url: body.url, ...published }, { tlp: body.tlp })
        : await drafts.create(viewer, { kind: 'text', text: body.text!, title: body.title, ...published }, { tlp: body.tlp });
    }
    return reply.code(draft.duplicate ? 200 : 202).send(draft);
  });

  app.get<ListReq>('/drafts', { schema: listSchema }, async (request) => ({ items: await drafts.list(request.viewer!, request.query.status) }));

  app.get('/drafts/options', { schema: optionsSchema }, async () => {
    const { modes, model } = drafts.extractionModes();
    return { extraction: modes, ...(model ? { llm_model: model } : {}) };
  });

  app.get<IdReq>('/drafts/:id', { schema: getSchema }, async (request) => drafts.get(request.viewer!, request.params.id));

  app.patch<ItemReq>('/drafts/:id/items/:item', { schema: updateItemSchema, onRequest: editor }, async (request) =>
    drafts.updateItem(request.viewer!, request.params.id, request.params.item, request.body ?? {}));

  app.patch<ReviewItemsReq>('/drafts/:id/items', { schema: reviewItemsSchema, onRequest: editor }, async (request) =>
    drafts.reviewItems(request.viewer!, request.params.id, request.body));

  app.post<AddClaimReq>('/drafts/:id/items', { schema: addClaimSchema, onRequest: editor }, async (request, reply) =>
    reply.code(201).send(await drafts.addClaim(request.viewer!, request.params.id, request.body.data)));

  app.post<PublishReq>('/drafts/:id/publish', { schema: publishSchema, onRequest: editor }, async (request) =>
    drafts.publish(request.viewer!, request.params.id, { tlp: request.body?.tlp, includeProposed: request.body?.include_proposed }));

  app.delete<IdReq>('/drafts/:id', { schema: deleteSchema, onRequest: editor }, async (request, reply) => {
    await drafts.delete(request.viewer!, request.params.id);
    return reply.code(204).send();
  });
}
