/**
 * Version semantics, written once for every backend. An object version is keyed by `modified`,
 * else `created`, else (SCOs) a fixed key so an SCO has exactly one version. Keys are normalised
 * to nanosecond width so they sort and compare as instants ('...00Z' equals '...00.000Z').
 * TAXII 2.1 match[version]: 'last' (default), 'first', 'all', or a timestamp selecting the version
 * whose version equals it; combined values select the union.
 */
import type { StixObject } from '../model/stix/core.ts';
import type { VersionMatch } from './store.ts';
import { Errors } from '../errors.ts';
import { normalizeTimestamp, truncateTimestamp } from '../model/stix/timestamps.ts';
import { and, frag, or, planFreeParam, TRUE, type SqlFragment } from './sql-fragment.ts';

const T = planFreeParam('TEXT');

/** The version key of objects without `modified`/`created` (SCOs). */
export const SCO_VERSION = '0000-01-01T00:00:00.000000000Z';

/** The version key of a timestamp: nanosecond width, numeric offsets read (src/model/stix/timestamps.ts). */
export function timestampKey(ts: unknown): string | undefined {
  return normalizeTimestamp(ts, 'nanosecond', { offsets: true });
}

/** The version key of an object; throws STIX_INVALID (naming `path`) for an unparseable timestamp. */
export function versionKeyOf(object: StixObject, path: string): string {
  const raw = object.modified ?? object.created;
  if (raw === undefined) return SCO_VERSION;
  const key = timestampKey(raw);
  if (!key) {
    const field = `${path}.${object.modified !== undefined ? 'modified' : 'created'}`;
    throw new Errors.STIX_INVALID(`${field}: not a UTC timestamp`, { field });
  }
  return key;
}

/** The version reported to callers: the object's own `modified`/`created`, else its date_added. */
export function reportedVersion(object: StixObject, dateAdded: string): string {
  return (object.modified ?? object.created ?? dateAdded) as string;
}

export type ParsedMatch = { kind: 'last' | 'first' | 'all' } | { kind: 'at'; key: string };

/** Validates match[version] values (default ['last']); a bad timestamp is INPUT_INVALID. */
export function parseVersionMatches(matches: readonly VersionMatch[] | undefined): ParsedMatch[] {
  const list = matches && matches.length > 0 ? matches : ['last'];
  return list.map((m) => {
    if (m === 'last' || m === 'first' || m === 'all') return { kind: m };
    const key = timestampKey(m);
    if (!key) throw new Errors.INPUT_INVALID(`match[version]: '${m}' is not last, first, all or a timestamp`);
    return { kind: 'at', key };
  });
}

/**
 * SQL selecting the matched versions of rows aliased `alias`. `peers(a)` restricts the rows that
 * compete for first/last (the same filters and visibility as the outer query, on alias `a`).
 */
export function versionSelectionSql(
  matches: readonly ParsedMatch[],
  alias: string,
  peers: (a: string) => SqlFragment,
): SqlFragment {
  const parts = matches.map((m): SqlFragment => {
    switch (m.kind) {
      case 'all':
        return TRUE;
      case 'last':
      case 'first': {
        // A correlated scalar subquery, not NOT EXISTS: PostgreSQL would turn that into an anti-join
        // over the whole table, where this stays a per-row index probe that LIMIT can stop early.
        // The row itself passes the peer filters (callers AND them in), so when no stored version
        // of its id is later (earlier, for first) it is also last (first) among its peers: one
        // probe of the (id, version) index decides that, and only older versions pay for the
        // filtered subquery. CASE keeps the engines from evaluating both branches (SQLite turns
        // `v = a OR v = b` into `v IN (a, b)`).
        // For last, the row's own `later` column (005-page-flags) answers first: 0 means no later
        // version is stored, so most rows need no probe at all.
        const [agg, beyond] = m.kind === 'last' ? ['MAX', '>'] : ['MIN', '<'];
        const p = peers('vp');
        return frag(
          `CASE ${m.kind === 'last' ? `WHEN ${alias}.later = 0 THEN 1 = 1 ` : ''}` +
            `WHEN NOT EXISTS (SELECT 1 FROM objects va WHERE va.id = ${alias}.id AND va.version ${beyond} ${alias}.version)` +
            ` THEN 1 = 1` +
            ` ELSE ${alias}.version = (SELECT ${agg}(vp.version) FROM objects vp WHERE vp.id = ${alias}.id AND (${p.sql})) END`,
          p.params,
        );
      }
      case 'at':
        // An SCO's only version is reported as its date_added, so match that too.
        // Plan-free parameters (sql-fragment.ts): the page's plan is the same for any timestamp.
        return or([
          frag(`${alias}.version = ${T}`, [m.key]),
          and([frag(`${alias}.version = ${T}`, [SCO_VERSION]), frag(`${alias}.date_added = ${T}`, [truncateTimestamp(m.key, 'microsecond')])]),
        ]);
    }
  });
  return or(parts);
}
