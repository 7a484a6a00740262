/**
 * The JSON API's one error handler: every failure leaves as `{ code, message, field? }` with the
 * error's HTTP status. Schema validation errors name the offending field as a JSON path
 * (`objects[3].valid_from`); Fastify's own body errors become OpsTrack codes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Errors, withField, type OpsTrackError } from '../errors.ts';
import { jsonPath as pointerToPath } from '../model/schema-problems.ts';

export interface ApiError {
  code: string;
  message: string;
  field?: string;
}

interface ValidationItem {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** `/objects/3/valid_from` -> `objects[3].valid_from`, with `extra` (a missing or unknown property) appended. */
export function jsonPath(pointer: string, extra?: string): string {
  const path = pointerToPath(pointer);
  return extra ? (path ? `${path}.${extra}` : extra) : path;
}

/** An INPUT_INVALID error naming its field. */
export function invalidField(field: string, message: string): OpsTrackError & { field: string } {
  return withField(new Errors.INPUT_INVALID(`${field}: ${message}`), field);
}

/** Stands in for the first validation issue should a validation error ever carry none. */
const UNKNOWN_ISSUE: ValidationItem = { instancePath: '', keyword: '', params: {} };

function fromValidation(error: FastifyError & { validation: ValidationItem[] }): ApiError {
  const [first = UNKNOWN_ISSUE] = error.validation;
  const extra = (first.params.missingProperty ?? first.params.additionalProperty) as string | undefined;
  const field = jsonPath(first.instancePath, extra);
  const where = error.validationContext ?? 'request';
  const what = first.keyword === 'additionalProperties' ? 'unknown property' : first.keyword === 'required' ? 'required' : first.message ?? 'invalid';
  return { code: 'OPS_ERR_INPUT_INVALID', message: `Invalid input: ${where} ${field || '(root)'}: ${what}`, field: field || undefined };
}

const FASTIFY_CODES: Record<string, () => OpsTrackError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new Errors.INPUT_TOO_LARGE('request body over the configured limit'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new Errors.INPUT_MEDIA_TYPE('send application/json (or multipart/form-data for uploads)'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new Errors.INPUT_INVALID('Content-Length does not match the body'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new Errors.INPUT_INVALID('empty JSON body'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new Errors.INPUT_INVALID('body is not valid JSON'),
  FST_ERR_CTP_EMPTY_TYPE: () => new Errors.INPUT_MEDIA_TYPE('missing Content-Type'),
  FST_ERR_CTP_INVALID_TYPE: () => new Errors.INPUT_MEDIA_TYPE('invalid Content-Type'),
  FST_REQ_FILE_TOO_LARGE: () => new Errors.INPUT_TOO_LARGE('uploaded file over the configured limit'),
  FST_FILES_LIMIT: () => new Errors.INPUT_INVALID('file: upload one file', { field: 'file' }),
  FST_PARTS_LIMIT: () => new Errors.INPUT_INVALID('too many multipart parts'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => new Errors.INPUT_MEDIA_TYPE('expected multipart/form-data'),
};

/**
 * A multipart body the parser could not finish (cut short, malformed part headers, or a client that
 * hung up mid-upload): @fastify/busboy raises plain Errors without a status, which are the client's fault.
 */
function isBrokenUpload(error: FastifyError): boolean {
  if (error.statusCode !== undefined && error.statusCode !== 500) return false;
  if (error.code === 'ECONNRESET' && error.message === 'aborted') return true;
  return /unexpected end of (multipart|form)|malformed part header|multipart: boundary not found|part terminated early/i.test(error.message ?? '');
}

export function apiErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.validation) {
    reply.code(400).send(fromValidation(error as FastifyError & { validation: ValidationItem[] }));
    return;
  }
  let e: (FastifyError | OpsTrackError) & { field?: string; headers?: Record<string, string> } = error;
  const mapped = error.code && FASTIFY_CODES[error.code];
  if (mapped) e = mapped();
  else if (error instanceof SyntaxError && (error.statusCode ?? 500) === 400) e = new Errors.INPUT_INVALID('body is not valid JSON');
  else if (isBrokenUpload(error)) e = new Errors.INPUT_INVALID('file: the multipart upload ended early or is malformed', { field: 'file' });
  const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
  // OpsTrack's own server-side codes keep their documented status (503 OPS_ERR_STORE_BUSY: retry;
  // 502 OPS_ERR_INGEST_FETCH, OPS_ERR_EXTRACT_LLM: the remote end failed); only the unexpected is a 500.
  if (status >= 500 && e.code?.startsWith('OPS_ERR_') && e.code !== 'OPS_ERR_INTERNAL') {
    request.log.warn({ err: error }, 'request failed');
    if (e.headers) reply.headers(e.headers);
    if (e.code === 'OPS_ERR_STORE_BUSY' && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
    reply.code(status).send({ code: e.code, message: e.message });
    return;
  }
  if (status >= 500 || !e.code?.startsWith('OPS_ERR_')) {
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      reply.code(500).send({ code: 'OPS_ERR_INTERNAL', message: new Errors.INTERNAL(String(request.id)).message });
      return;
    }
    // a foreign 4xx (a plugin's own error): keep its status and message, under an OpsTrack code
    reply.code(status).send({ code: status === 413 ? 'OPS_ERR_INPUT_TOO_LARGE' : 'OPS_ERR_INPUT_INVALID', message: e.message });
    return;
  }
  if (e.headers) reply.headers(e.headers);
  const body: ApiError = { code: e.code, message: e.message };
  // the error catalogue carries the field (src/errors.ts); it is never parsed out of the message
  if (e.field) body.field = e.field;
  reply.code(status).send(body);
}
