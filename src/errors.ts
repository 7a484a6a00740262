/**
 * The one catalogue of OpsTrack's coded errors (Fastify style: OPS_ERR_<AREA>_<WHAT>).
 * Every code is listed in docs/errors.md; a test checks both stay in step.
 * Plugins shape these for their clients (TAXII error message, API JSON), so never throw strings.
 *
 * An error about one field carries it as a property, given as the last argument:
 * `new Errors.INPUT_INVALID('url: not an http URL', { field: 'url' })`. The API answers it as
 * `field` and TAXII as `details.field`; nothing parses it back out of the message.
 */
import createError from '@fastify/error';

export interface OpsErrorDetails {
  /** JSON path or field the error is about, e.g. `objects[3].valid_from`. */
  field?: string;
  /** The foreign error behind this one. */
  cause?: unknown;
}

/** Every error in the catalogue: a stable `code`, an HTTP `statusCode` and, when known, the `field`. */
export class OpsTrackError extends Error {
  declare code: string;
  declare statusCode: number;
  /** JSON path or parameter the error is about (`objects[3].valid_from`, `match[type]`). */
  field?: string;
}

function isDetails(value: unknown): value is OpsErrorDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Error) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'field' || k === 'cause');
}

export interface OpsErrorConstructor {
  /** Template values, then optionally `{ field, cause }`. */
  new (...args: unknown[]): OpsTrackError;
  readonly prototype: OpsTrackError;
}

/** One catalogue entry: @fastify/error's coded error over OpsTrackError, taking optional details last. */
function coded(code: string, template: string, status: number): OpsErrorConstructor {
  const Base = createError(code, template, status, OpsTrackError as unknown as ErrorConstructor) as unknown as new (...args: unknown[]) => OpsTrackError;
  return class extends Base {
    constructor(...args: unknown[]) {
      const details = args.length > 0 && isDetails(args[args.length - 1]) ? (args.pop() as OpsErrorDetails) : undefined;
      super(...args, ...(details?.cause !== undefined ? [{ cause: details.cause }] : []));
      if (details?.field !== undefined) this.field = details.field;
    }
  } as OpsErrorConstructor;
}

/** Attaches the field an error is about to an error built elsewhere (a rethrown one). */
export function withField<E extends Error>(err: E, field: string): E & { field: string } {
  return Object.assign(err, { field });
}

export const Errors = {
  // STIX model
  STIX_INVALID: coded('OPS_ERR_STIX_INVALID', 'Invalid STIX: %s', 422),
  STIX_NOT_JSON: coded('OPS_ERR_STIX_NOT_JSON', 'Not JSON: %s', 400),
  // storage
  STORE_CONFLICT: coded('OPS_ERR_STORE_CONFLICT', 'Conflicting version: %s', 409),
  STORE_NOT_FOUND: coded('OPS_ERR_STORE_NOT_FOUND', 'Not found: %s', 404),
  CONFIG_INVALID: coded('OPS_ERR_CONFIG_INVALID', 'Invalid configuration: %s', 500),
  STORE_CONFIG: coded('OPS_ERR_STORE_CONFIG', 'Storage configuration: %s', 500),
  STORE_BAD_CURSOR: coded('OPS_ERR_STORE_BAD_CURSOR', 'Invalid pagination cursor: %s', 400),
  STORE_CONSTRAINT: coded('OPS_ERR_STORE_CONSTRAINT', 'Database constraint violated: %s', 409),
  STORE_BUSY: coded('OPS_ERR_STORE_BUSY', 'Database busy: %s', 503),
  STORE_ENGINE: coded('OPS_ERR_STORE_ENGINE', 'Database error: %s', 500),
  // access control
  AUTH_REQUIRED: coded('OPS_ERR_AUTH_REQUIRED', 'Authentication required', 401),
  AUTH_FORBIDDEN: coded('OPS_ERR_AUTH_FORBIDDEN', 'Forbidden: %s', 403),
  AUTH_CSRF: coded('OPS_ERR_AUTH_CSRF', 'Missing or wrong X-OpsTrack-CSRF header for a session request', 403),
  AUTH_LOCKED: coded('OPS_ERR_AUTH_LOCKED', 'Too many failed attempts; retry in %s s', 401),
  // input
  INPUT_INVALID: coded('OPS_ERR_INPUT_INVALID', 'Invalid input: %s', 400),
  INPUT_TOO_LARGE: coded('OPS_ERR_INPUT_TOO_LARGE', 'Input too large: %s', 413),
  INPUT_MEDIA_TYPE: coded('OPS_ERR_INPUT_MEDIA_TYPE', 'Unsupported media type: %s', 415),
  INTERNAL: coded('OPS_ERR_INTERNAL', 'Internal error (request %s)', 500),
  // ingestion
  INGEST_FETCH: coded('OPS_ERR_INGEST_FETCH', 'Could not fetch: %s', 502),
  INGEST_UNSUPPORTED: coded('OPS_ERR_INGEST_UNSUPPORTED', 'Unsupported document: %s', 415),
  // TAXII
  TAXII_NOT_ACCEPTABLE: coded('OPS_ERR_TAXII_NOT_ACCEPTABLE', 'Not acceptable: %s', 406),
  TAXII_UNSUPPORTED_MEDIA_TYPE: coded('OPS_ERR_TAXII_UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type: %s', 415),
  TAXII_NOT_FOUND: coded('OPS_ERR_TAXII_NOT_FOUND', 'Not found: %s', 404),
  TAXII_COLLECTION_CONFLICT: coded('OPS_ERR_TAXII_COLLECTION_CONFLICT', 'Collection conflict: %s', 409),
  // claims
  CLAIM_INVALID: coded('OPS_ERR_CLAIM_INVALID', 'Invalid claim: %s', 422),
  CLAIM_NOT_FOUND: coded('OPS_ERR_CLAIM_NOT_FOUND', 'Claim not found: %s', 404),
  CLAIM_EVIDENCE_MISMATCH: coded('OPS_ERR_CLAIM_EVIDENCE_MISMATCH', 'Evidence does not match the source text: %s', 422),
  // extraction
  EXTRACT_LLM: coded('OPS_ERR_EXTRACT_LLM', 'LLM extraction failed: %s', 502),
} as const;

export type OpsErrorCode = keyof typeof Errors;
