/**
 * The one catalogue of OpsTrack's coded errors (Fastify style: OPS_ERR_<AREA>_<WHAT>).
 * Every code is listed in docs/errors.md; a test checks both stay in step.
 * Plugins shape these for their clients (TAXII error message, API JSON), so never throw strings.
 */
import createError from '@fastify/error';

export interface OpsErrorDetails {
  /** JSON path or field the error is about, e.g. `objects[3].valid_from`. */
  field?: string;
}

export const Errors = {
  // STIX model
  STIX_INVALID: createError('OPS_ERR_STIX_INVALID', 'Invalid STIX: %s', 422),
  STIX_NOT_JSON: createError('OPS_ERR_STIX_NOT_JSON', 'Not JSON: %s', 400),
  // storage
  STORE_CONFLICT: createError('OPS_ERR_STORE_CONFLICT', 'Conflicting version: %s', 409),
  STORE_NOT_FOUND: createError('OPS_ERR_STORE_NOT_FOUND', 'Not found: %s', 404),
  STORE_CONFIG: createError('OPS_ERR_STORE_CONFIG', 'Storage configuration: %s', 500),
  STORE_BAD_CURSOR: createError('OPS_ERR_STORE_BAD_CURSOR', 'Invalid pagination cursor: %s', 400),
  // access control
  AUTH_REQUIRED: createError('OPS_ERR_AUTH_REQUIRED', 'Authentication required', 401),
  AUTH_FORBIDDEN: createError('OPS_ERR_AUTH_FORBIDDEN', 'Forbidden: %s', 403),
  // input
  INPUT_INVALID: createError('OPS_ERR_INPUT_INVALID', 'Invalid input: %s', 400),
  INPUT_TOO_LARGE: createError('OPS_ERR_INPUT_TOO_LARGE', 'Input too large: %s', 413),
  // ingestion
  INGEST_FETCH: createError('OPS_ERR_INGEST_FETCH', 'Could not fetch: %s', 502),
  INGEST_UNSUPPORTED: createError('OPS_ERR_INGEST_UNSUPPORTED', 'Unsupported document: %s', 415),
} as const;

export type OpsErrorCode = keyof typeof Errors;
