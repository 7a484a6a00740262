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
  STORE_CONSTRAINT: createError('OPS_ERR_STORE_CONSTRAINT', 'Database constraint violated: %s', 409),
  STORE_BUSY: createError('OPS_ERR_STORE_BUSY', 'Database busy: %s', 503),
  STORE_ENGINE: createError('OPS_ERR_STORE_ENGINE', 'Database error: %s', 500),
  // access control
  AUTH_REQUIRED: createError('OPS_ERR_AUTH_REQUIRED', 'Authentication required', 401),
  AUTH_FORBIDDEN: createError('OPS_ERR_AUTH_FORBIDDEN', 'Forbidden: %s', 403),
  AUTH_CSRF: createError('OPS_ERR_AUTH_CSRF', 'Missing or wrong X-OpsTrack-CSRF header for a session request', 403),
  AUTH_LOCKED: createError('OPS_ERR_AUTH_LOCKED', 'Too many failed attempts; retry in %s s', 429),
  // input
  INPUT_INVALID: createError('OPS_ERR_INPUT_INVALID', 'Invalid input: %s', 400),
  INPUT_TOO_LARGE: createError('OPS_ERR_INPUT_TOO_LARGE', 'Input too large: %s', 413),
  INPUT_MEDIA_TYPE: createError('OPS_ERR_INPUT_MEDIA_TYPE', 'Unsupported media type: %s', 415),
  INTERNAL: createError('OPS_ERR_INTERNAL', 'Internal error (request %s)', 500),
  // ingestion
  INGEST_FETCH: createError('OPS_ERR_INGEST_FETCH', 'Could not fetch: %s', 502),
  INGEST_UNSUPPORTED: createError('OPS_ERR_INGEST_UNSUPPORTED', 'Unsupported document: %s', 415),
  // TAXII
  TAXII_NOT_ACCEPTABLE: createError('OPS_ERR_TAXII_NOT_ACCEPTABLE', 'Not acceptable: %s', 406),
  TAXII_UNSUPPORTED_MEDIA_TYPE: createError('OPS_ERR_TAXII_UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type: %s', 415),
  TAXII_NOT_FOUND: createError('OPS_ERR_TAXII_NOT_FOUND', 'Not found: %s', 404),
  TAXII_COLLECTION_CONFLICT: createError('OPS_ERR_TAXII_COLLECTION_CONFLICT', 'Collection conflict: %s', 409),
  // claims
  CLAIM_INVALID: createError('OPS_ERR_CLAIM_INVALID', 'Invalid claim: %s', 422),
  CLAIM_NOT_FOUND: createError('OPS_ERR_CLAIM_NOT_FOUND', 'Claim not found: %s', 404),
  CLAIM_EVIDENCE_MISMATCH: createError('OPS_ERR_CLAIM_EVIDENCE_MISMATCH', 'Evidence does not match the source text: %s', 422),
  // extraction
  EXTRACT_LLM: createError('OPS_ERR_EXTRACT_LLM', 'LLM extraction failed: %s', 502),
} as const;

export type OpsErrorCode = keyof typeof Errors;
