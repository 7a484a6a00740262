/**
 * TAXII 2.1 URL parameters (spec sections 3.4 and 3.5), parsed and checked once for every endpoint,
 * and turned into the Store's ListQuery; the Store executes the semantics inside its queries.
 *
 * Interpretations of the specification, named here:
 * - A filter value that is malformed (a `match[id]` that is not a STIX id, a `match[type]` with
 *   characters a STIX type cannot have, a `match[version]` that is neither first/last/all nor an RFC
 *   3339 timestamp, a bad `added_after`, a `limit` below 1) is answered 400, not ignored, so a client
 *   learns its query was not what it meant; parameters an endpoint does not list are ignored.
 * - Several values may be given comma-separated (the spec's form) or by repeating the parameter.
 * - `added_after` with more precision than the stored microseconds is truncated to microseconds,
 *   which keeps "strictly after" exact because dates added are stored at microsecond precision.
 * - A `limit` above the server's page size is lowered to it (the spec lets a server return fewer).
 */
import { Errors } from '../errors.ts';
import type { ListQuery, VersionMatch } from '../storage/store.ts';
import { normalizeTimestamp } from '../model/stix/timestamps.ts';
import { withField } from './errors.ts';

export type FilterEndpoint = 'objects' | 'object' | 'manifest' | 'versions' | 'delete';

const PARAMS: Record<FilterEndpoint, readonly string[]> = {
  objects: ['added_after', 'limit', 'next', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'],
  manifest: ['added_after', 'limit', 'next', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'],
  object: ['added_after', 'limit', 'next', 'match[version]', 'match[spec_version]'],
  versions: ['added_after', 'limit', 'next', 'match[spec_version]'],
  delete: ['match[version]', 'match[spec_version]'],
};

const STIX_TYPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STIX_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SPEC_VERSION = /^\d+\.\d+$/;
const MAX_CURSOR = 2048;

export interface FilterLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

export type RawQuery = Record<string, string | string[] | undefined>;

function bad(param: string, why: string): Error {
  return withField(new Errors.INPUT_INVALID(`${param}: ${why}`), param);
}

function values(query: RawQuery, param: string): string[] | undefined {
  const raw = query[param];
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim());
  if (list.length === 0 || list.some((v) => v === '')) throw bad(param, 'empty value');
  return [...new Set(list)];
}

function single(query: RawQuery, param: string): string | undefined {
  const raw = query[param];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw bad(param, 'given more than once');
  if (raw.trim() === '') throw bad(param, 'empty value');
  return raw.trim();
}

function versionMatches(query: RawQuery): VersionMatch[] | undefined {
  const list = values(query, 'match[version]');
  if (!list) return undefined;
  return list.map((v) => {
    if (v === 'first' || v === 'last' || v === 'all') return v;
    // A timestamp selects the version whose modified equals it; kept as the client wrote it,
    // the Store compares timestamps by instant.
    if (!normalizeTimestamp(v, 'millisecond')) throw bad('match[version]', `'${v}' is not first, last, all or an RFC 3339 UTC timestamp`);
    return v;
  });
}

/**
 * Parses the URL parameters an endpoint supports into a ListQuery.
 * @throws OPS_ERR_INPUT_INVALID (400) naming the parameter, e.g. `limit: must be an integer >= 1`.
 * @example parseFilters({ 'match[type]': 'indicator,malware', limit: '50' }, 'objects', limits)
 */
export function parseFilters(query: RawQuery, endpoint: FilterEndpoint, limits: FilterLimits): ListQuery {
  const allowed = new Set(PARAMS[endpoint]);
  const has = (p: string) => allowed.has(p) && query[p] !== undefined;
  const out: ListQuery = {};

  if (has('match[type]')) {
    out.types = values(query, 'match[type]')!.map((t) => {
      if (t.length > 250 || !STIX_TYPE.test(t)) throw bad('match[type]', `'${t}' is not a STIX type`);
      return t;
    });
  }
  if (has('match[id]')) {
    out.ids = values(query, 'match[id]')!.map((id) => {
      if (!STIX_ID.test(id)) throw bad('match[id]', `'${id}' is not a STIX identifier`);
      return id;
    });
  }
  if (has('match[version]')) out.versions = versionMatches(query);
  if (has('match[spec_version]')) {
    out.specVersions = values(query, 'match[spec_version]')!.map((v) => {
      if (!SPEC_VERSION.test(v)) throw bad('match[spec_version]', `'${v}' is not a STIX spec version such as 2.1`);
      return v;
    });
  }
  if (has('added_after')) {
    const raw = single(query, 'added_after')!;
    const ts = normalizeTimestamp(raw, 'microsecond');
    if (!ts) throw bad('added_after', `'${raw}' is not an RFC 3339 UTC timestamp`);
    out.addedAfter = ts;
  }
  if (allowed.has('limit')) {
    const raw = has('limit') ? single(query, 'limit')! : undefined;
    if (raw !== undefined && !/^\d{1,9}$/.test(raw)) throw bad('limit', 'must be an integer >= 1');
    const n = raw === undefined ? limits.defaultPageSize : Number(raw);
    if (n < 1) throw bad('limit', 'must be an integer >= 1');
    out.limit = Math.min(n, limits.maxPageSize);
  }
  if (has('next')) {
    const cursor = single(query, 'next')!;
    if (cursor.length > MAX_CURSOR) throw new Errors.STORE_BAD_CURSOR('too long');
    out.cursor = cursor;
  }
  return out;
}
