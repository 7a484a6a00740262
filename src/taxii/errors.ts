/**
 * One error handler for the TAXII surface: every error, ours or Fastify's, leaves as a TAXII 2.1
 * error message (spec section 3.6.1) under the TAXII media type. Fastify's body errors are mapped
 * onto OpsTrack's catalogue so clients see one set of codes.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { TAXII_MEDIA_TYPE } from './media-types.ts';
import type { TaxiiErrorMessage } from './types.ts';

/** Fastify's own codes, as the OpsTrack code a client should see. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'OPS_ERR_INPUT_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'OPS_ERR_INPUT_INVALID',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'OPS_ERR_TAXII_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'OPS_ERR_STIX_NOT_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'OPS_ERR_STIX_NOT_JSON',
  FST_ERR_VALIDATION: 'OPS_ERR_INPUT_INVALID',
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  406: 'Not acceptable',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
};

/** Attaches the JSON path or parameter an error is about (reported as `details.field`). */
export { withField } from '../errors.ts';

export const BASIC_CHALLENGE = 'Basic realm="OpsTrack TAXII", charset="UTF-8"';

export function toTaxiiError(err: FastifyError & { field?: string }, requestId?: string): TaxiiErrorMessage {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  const code = err.code?.startsWith('OPS_ERR_') ? err.code : (FASTIFY_CODES[err.code ?? ''] ?? (status >= 500 ? 'OPS_ERR_INTERNAL' : undefined));
  const message: TaxiiErrorMessage = {
    title: TITLES[status] ?? STATUS_CODES[status] ?? 'Error',
    // Server faults are logged, never described to the client.
    description: status >= 500 && !err.code?.startsWith('OPS_ERR_STORE_BUSY') ? 'The server could not complete the request.' : err.message,
    error_id: requestId,
    error_code: code,
    // TAXII 2.1 types http_status as a string.
    http_status: String(status),
  };
  const details: Record<string, unknown> = {};
  if (err.field) details.field = err.field;
  if (err.code === 'FST_ERR_VALIDATION' && Array.isArray(err.validation)) {
    details.errors = err.validation.map((v) => `${v.instancePath || err.validationContext || ''} ${v.message ?? ''}`.trim());
  }
  if (Object.keys(details).length) message.details = details;
  return message;
}

export async function taxiiErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const body = toTaxiiError(err, request.id);
  const status = Number(body.http_status);
  if (status >= 500) request.log.error({ err }, 'TAXII request failed');
  // an error's own headers (a lockout's Retry-After)
  const headers = (err as { headers?: Record<string, string> }).headers;
  if (headers) reply.headers(headers);
  if (status === 401 && !reply.hasHeader('www-authenticate')) reply.header('www-authenticate', BASIC_CHALLENGE);
  await reply.code(status).header('content-type', TAXII_MEDIA_TYPE).send(body);
}

export async function taxiiNotFoundHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const err = new Errors.TAXII_NOT_FOUND(`no TAXII endpoint at ${request.method} ${request.url.split('?')[0]}`);
  await taxiiErrorHandler(err as FastifyError, request, reply);
}
