/**
 * POST /api/import: a STIX bundle (or bare array of objects), or a MISP event (`{"Event": …}`,
 * mapped as docs/interchange.md says), as a JSON body or as the one file of a multipart upload. Every object is validated first; if any is invalid nothing is stored and the
 * answer names the first bad field. Valid input is stored in one transaction (one Store.put), so
 * a failed import changes nothing. New ids are owned by the caller's organisation, and the caller
 * becomes a recipient of the RED versions (the store does both, docs/security.md); a version of an
 * id the caller's organisation does not own is a conflict, not written.
 */
import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errors.ts';
import { assertJsonDepth } from '../../model/json-depth.ts';
import { emptySummary, importEntries } from '../../import/bundle-importer.ts';
import { isMispEventDocument } from '../../import/misp-event-format.ts';
import { mispEventObjects } from '../../import/misp-event-importer.ts';
import type { BundleEntry } from '../../import/bundle-reader.ts';
import { validateObject } from '../../model/stix/validate.ts';
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

function objectsOf(body: unknown): { objects: unknown[]; prefix: string } {
  if (Array.isArray(body)) return { objects: body, prefix: '' };
  if (body && typeof body === 'object') {
    const b = body as { type?: unknown; objects?: unknown };
    if (b.type !== 'bundle') throw invalidField('type', "expected 'bundle' (or send an array of objects)");
    if (b.objects === undefined) return { objects: [], prefix: 'objects' };
    if (!Array.isArray(b.objects)) throw invalidField('objects', 'must be an array');
    return { objects: b.objects, prefix: 'objects' };
  }
  throw invalidField('(root)', 'expected a STIX bundle or an array of objects');
}

async function readUpload(request: import('fastify').FastifyRequest): Promise<unknown> {
  if (!request.isMultipart()) return request.body;
  const file = await request.file();
  if (!file) throw invalidField('file', 'required');
  const text = (await file.toBuffer()).toString('utf8');
  assertJsonDepth(text, 'file');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw Object.assign(new Errors.STIX_NOT_JSON(`file: ${(err as Error).message}`), { field: 'file' });
  }
}

export async function importRoutes(app: FastifyInstance, { store, bodyLimit }: { store: Store; bodyLimit: number }): Promise<void> {
  app.post('/import', { schema: importSchema, bodyLimit, onRequest: app.auth.requireRole('editor') }, async (request) => {
    const viewer = request.viewer!;
    const body = await readUpload(request);
    // A MISP event becomes STIX first, in the caller's view (src/import/misp-event-importer.ts).
    const misp = isMispEventDocument(body);
    const { objects, prefix } = misp ? { objects: (await mispEventObjects(store, body, viewer)).objects as unknown[], prefix: 'objects' } : objectsOf(body);
    const errors: string[] = [];
    let firstField: string | undefined;
    let bad = 0;
    objects.forEach((object, i) => {
      const path = `${prefix}[${i}]`;
      const found = validateObject(object, path).filter((issue) => issue.severity === 'error');
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
      for (let i = 0; i < objects.length; i++) yield { index: i, path: `${prefix}[${i}]`, object: objects[i] };
    }
    const summary = await importEntries(store, entries(), emptySummary('upload', misp ? 'misp-event' : 'stix-bundle'), {
      batchSize: Math.max(objects.length, 1), // one transaction: all or nothing
      putOptions: { actor: viewer },
    });
    await app.auth.audit(request, { action: 'import', target: `${objects.length} objects`, outcome: 'ok', status: 200,
      detail: `new ${summary.new}, unchanged ${summary.unchanged}, conflicts ${summary.conflicts}` });
    return summary;
  });
}
