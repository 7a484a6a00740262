/**
 * POST /api/import: a STIX bundle (or bare array of objects), or a MISP event (`{"Event": …}`,
 * mapped as docs/interchange.md says), as a JSON body or as the one file of a multipart upload.
 * A bundle's body stays bytes on the event loop: the import pipeline
 * (src/import/import-pipeline.ts) parses and validates it in worker threads while this request's
 * writer stores the valid objects, in one transaction. If any object is invalid nothing is stored
 * and the answer names the first bad field, so a failed import changes nothing. New ids are owned
 * by the caller's organisation, and the caller becomes a recipient of the RED versions (the store
 * does both, docs/security.md); a version of an id the caller's organisation does not own is a
 * conflict, not written.
 */
import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errors.ts';
import { assertJsonDepth } from '../../model/json-depth.ts';
import { BatchWriter, emptySummary, importEntries, type ImportSummary } from '../../import/bundle-importer.ts';
import type { BundleEntry } from '../../import/bundle-reader.ts';
import { isMispEventDocument } from '../../import/misp-event-format.ts';
import { mispEventObjects } from '../../import/misp-event-importer.ts';
import { validateObject } from '../../model/stix/validate.ts';
import type { Viewer } from '../../model/viewer.ts';
import { chunksOf, runPipeline } from '../../import/import-pipeline.ts';
import { JsonInputError } from '../../import/span-splitter.ts';
import type { Store } from '../../storage/store.ts';
import { invalidField } from '../error-handler.ts';
import { commonErrors, errorSchema } from '../schemas.ts';

const MAX_REPORTED = 20;

const summarySchema = {
  type: 'object',
  properties: {
    read: { type: 'integer' }, new: { type: 'integer' }, unchanged: { type: 'integer' }, conflicts: { type: 'integer' },
    warnings: { type: 'integer' },
    conflictList: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' }, reason: { type: 'string' } } } },
  },
} as const;

export const importSchema = {
  tags: ['import-export'],
  summary: 'Import a STIX bundle (all or nothing); needs role editor',
  consumes: ['application/json', 'application/stix+json', 'multipart/form-data'],
  openapiBody: {
    type: 'object',
    description: 'A STIX 2.1 bundle, an array of STIX objects, or a MISP event ({"Event": {...}}).',
    properties: { type: { const: 'bundle' }, id: { type: 'string' }, objects: { type: 'array', items: { type: 'object' } } },
  },
  response: { 200: summarySchema, ...commonErrors, 413: errorSchema, 415: errorSchema, 422: errorSchema },
} as const;

const JSON_TYPES = ['application/json', 'application/stix+json', 'application/taxii+json'];

/** The body's bytes and what to call it in errors: the JSON body, or the uploaded file. */
async function readUpload(request: import('fastify').FastifyRequest): Promise<{ bytes: Buffer; field: 'body' | 'file' }> {
  if (!request.isMultipart()) return { bytes: request.body as Buffer, field: 'body' };
  const file = await request.file();
  if (!file) throw invalidField('file', 'required');
  return { bytes: await file.toBuffer(), field: 'file' };
}

/** The documented error for input the pipeline could not read. */
function inputError(err: JsonInputError, field: 'body' | 'file'): Error {
  if (err.kind === 'shape') {
    if (err.field === 'objects') return invalidField('objects', err.message.includes('twice') ? 'appears twice' : 'must be an array');
    return invalidField('(root)', 'expected a STIX bundle or an array of objects');
  }
  if (err.kind === 'syntax' && field === 'file') return Object.assign(new Errors.STIX_NOT_JSON(`file: ${err.message}`), { field: 'file' });
  return invalidField(field, err.kind === 'syntax' ? `not JSON: ${err.message}` : err.message);
}

/** A MISP event (`{"Event": …}` or `{"response": [{"Event": …}]}`), told from its first key. */
const MISP_HEAD = /^\uFEFF?\s*\{\s*"(Event|response)"\s*:/;

/**
 * A MISP event: small documents mapped to STIX in the caller's view (misp-event-importer.ts), then
 * validated and stored all or nothing.
 */
async function importMispEvent(store: Store, bytes: Buffer, field: 'body' | 'file', viewer: Viewer): Promise<{ summary: ImportSummary; read: number }> {
  const text = bytes.toString('utf8');
  assertJsonDepth(text, field);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw field === 'file' ? Object.assign(new Errors.STIX_NOT_JSON(`file: ${(err as Error).message}`), { field: 'file' }) : invalidField('body', `not JSON: ${(err as Error).message}`);
  }
  if (!isMispEventDocument(body)) throw invalidField('type', "expected 'bundle' (or send an array of objects)");
  const objects = (await mispEventObjects(store, body, viewer)).objects as unknown[];
  const errors: string[] = [];
  let firstField: string | undefined;
  let bad = 0;
  objects.forEach((object, i) => {
    const found = validateObject(object, `objects[${i}]`).filter((issue) => issue.severity === 'error');
    const [firstIssue] = found;
    if (!firstIssue) return;
    bad++;
    firstField ??= firstIssue.path;
    for (const issue of found) if (errors.length < MAX_REPORTED) errors.push(`${issue.path}: ${issue.message}`);
  });
  if (bad > 0) {
    const e = new Errors.STIX_INVALID(`${bad} of ${objects.length} objects invalid, nothing imported: ${errors.join('; ')}`);
    throw Object.assign(e, { field: firstField });
  }
  async function* entries(): AsyncGenerator<BundleEntry> {
    for (let i = 0; i < objects.length; i++) yield { index: i, path: `objects[${i}]`, object: objects[i] };
  }
  const summary = await importEntries(store, entries(), emptySummary('upload', 'misp-event'), {
    batchSize: Math.max(objects.length, 1),
    putOptions: { actor: viewer },
  });
  return { summary, read: objects.length };
}

/** A STIX bundle or array through the import pipeline: workers parse and validate, one writer, one transaction. */
async function importBundle(store: Store, bytes: Buffer, field: 'body' | 'file', viewer: Viewer): Promise<{ summary: ImportSummary; read: number }> {
  const summary = emptySummary('upload', 'stix-bundle');
  const writer = new BatchWriter(store, summary, { putOptions: { actor: viewer } });
  const errors: string[] = [];
  let firstField: string | undefined;
  let bad = 0;
  let read = 0;
  try {
    await store.transaction(async () => {
      const skeleton = await runPipeline(chunksOf(bytes), {
        onSpan: async (prepared) => {
          read += prepared.rows.length + prepared.rejected.length;
          for (const r of prepared.rejected) {
            bad++;
            firstField ??= r.field;
            for (const reason of r.reasons) if (errors.length < MAX_REPORTED) errors.push(reason);
          }
          // Once one object is invalid nothing will be stored: the rest are only checked.
          if (bad === 0) await writer.add(prepared);
        },
      });
      if (skeleton.shape === 'object' && skeleton.top.type !== 'bundle') throw invalidField('type', "expected 'bundle' (or send an array of objects)");
      if (bad > 0) {
        const e = new Errors.STIX_INVALID(`${bad} of ${read} objects invalid, nothing imported: ${errors.join('; ')}`);
        throw Object.assign(e, { field: firstField });
      }
      await writer.finish();
    });
  } catch (err) {
    throw err instanceof JsonInputError ? inputError(err, field) : err;
  }
  return { summary, read };
}

export async function importRoutes(app: FastifyInstance, { store, bodyLimit }: { store: Store; bodyLimit: number }): Promise<void> {
  // In this route's context only, JSON bodies arrive as bytes for the workers (depth included: the
  // splitter refuses nesting past the limit as the API's parser does).
  app.removeContentTypeParser(JSON_TYPES);
  app.addContentTypeParser(JSON_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post('/import', { schema: importSchema, bodyLimit, onRequest: app.auth.requireRole('editor') }, async (request) => {
    const viewer = request.viewer!;
    const { bytes, field } = await readUpload(request);
    const misp = MISP_HEAD.test(bytes.subarray(0, 256).toString('utf8'));
    const { summary, read } = misp ? await importMispEvent(store, bytes, field, viewer) : await importBundle(store, bytes, field, viewer);
    await app.auth.audit(request, { action: 'import', target: `${read} objects`, outcome: 'ok', status: 200,
      detail: `new ${summary.new}, unchanged ${summary.unchanged}, conflicts ${summary.conflicts}` });
    return summary;
  });
}
