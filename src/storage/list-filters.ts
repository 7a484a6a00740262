/**
 * ListQuery as SQL, written once for every backend: the filters that decide which versions are
 * returned and which compete for first/last (the same set, per medallion: filter, then pick versions).
 */
import type { Viewer } from '../model/viewer.ts';
import type { ListQuery } from './store.ts';
import { Errors } from '../errors.ts';
import { truncateTimestamp } from '../model/stix/timestamps.ts';
import { timestampKey, SCO_VERSION } from './versions.ts';
import { visibilitySql } from './visibility.ts';
import { and, frag, inList, or, planFreeParam, type SqlFragment } from './sql-fragment.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
/** Default byte budget of a served page (TAXII Get Objects, API object lists): 1 MiB of objects. */
export const DEFAULT_PAGE_BYTES = 1024 * 1024;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isFinite(limit) || limit < 1) throw new Errors.INPUT_INVALID(`limit: must be a positive integer, got ${limit}`, { field: 'limit' });
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

export function timestampParam(name: string, value: string): string {
  const key = timestampKey(value);
  if (!key) throw new Errors.INPUT_INVALID(`${name}: not a UTC timestamp: '${value}'`, { field: name });
  return key;
}

/** The added_after filter's bound: a date_added key at microsecond width. */
export function addedAfterKey(addedAfter: string): string {
  return truncateTimestamp(timestampParam('added_after', addedAfter), 'microsecond');
}

/**
 * Filters that decide which versions compete (for first/last) as well as which are returned.
 * Every value is a plan-free parameter (sql-fragment.ts, planFreeParam): on SQLite a bare `?` next
 * to an indexed column makes the statement re-prepare at every run once ANALYZE has written
 * statistics, and the page's plan is chosen for any value anyway (test/storage/page-plan.test.ts).
 */
export function peerFilterSql(viewer: Viewer, query: ListQuery, alias: string, options: { endpoints?: boolean } = {}): SqlFragment {
  const a = alias;
  const T = planFreeParam('TEXT');
  const parts: SqlFragment[] = [visibilitySql(viewer, a, options)];
  if (query.types?.length) parts.push(inList(`${a}.type`, query.types, 'TEXT'));
  if (query.ids?.length) parts.push(inList(`${a}.id`, query.ids, 'TEXT'));
  if (query.specVersions?.length) parts.push(inList(`${a}.spec_version`, query.specVersions, 'TEXT'));
  if (query.addedAfter !== undefined) parts.push(frag(`${a}.date_added > ${T}`, [addedAfterKey(query.addedAfter)]));
  if (query.since !== undefined) {
    const key = timestampParam('since', query.since);
    parts.push(or([
      frag(`${a}.version >= ${T} AND ${a}.version <> ${T}`, [key, SCO_VERSION]),
      frag(`${a}.version = ${T} AND ${a}.date_added >= ${T}`, [SCO_VERSION, truncateTimestamp(key, 'microsecond')]),
    ]));
  }
  if (query.collectionId !== undefined && query.collectionId !== 'default') {
    parts.push(frag(
      `EXISTS (SELECT 1 FROM collection_objects co WHERE co.collection_id = ${T} AND co.seq = ${a}.seq)`,
      [query.collectionId],
    ));
  }
  return and(parts);
}
