/**
 * STIX 2.1 timestamps (section 2.15): RFC 3339 in UTC with the `Z` designator, optional fractional
 * seconds. `created` and `modified` must carry at least millisecond precision (section 3.2), and
 * comparisons are done on the instant, so `…00.1Z` and `…00.100Z` are equal.
 * @module
 */
import type { StixTimestamp } from './core.ts';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FORMAT = 'must be an RFC 3339 UTC timestamp like 2016-05-12T08:17:27.000Z';

export type TimestampPrecision = 'any' | 'millisecond' | 'second';

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Why a string is not a STIX timestamp, or undefined when it is one.
 * `millisecond` requires at least three fractional digits; `second` forbids fractions.
 */
export function timestampProblem(value: string, precision: TimestampPrecision = 'any'): string | undefined {
  // Hand-rolled rather than a RegExp: validation runs this on every timestamp of large imports.
  const n = value.length;
  if (n < 20 || value.charCodeAt(n - 1) !== 90 /* Z */) return FORMAT;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return FORMAT;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  const h = digits(value, 11, 2);
  const mi = digits(value, 14, 2);
  const s = digits(value, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return FORMAT;
  let fraction = 0;
  if (n > 20) {
    if (value[19] !== '.' || n === 21) return FORMAT;
    for (let i = 20; i < n - 1; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return FORMAT;
    }
    fraction = n - 21;
  }
  if (mo < 1 || mo > 12) return 'month out of range';
  const maxDay = mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]!; // mo is 1..12, checked above
  if (d < 1 || d > maxDay) return 'day out of range';
  if (h > 23) return 'hour out of range';
  if (mi > 59) return 'minute out of range';
  if (s > 60) return 'second out of range'; // 60: RFC 3339 leap second
  if (precision === 'millisecond' && fraction < 3) return 'must be precise to at least the millisecond';
  if (precision === 'second' && fraction > 0) return 'must be precise to the second (no fraction)';
  return undefined;
}

/** The number in value[start, start+len) when it is all ASCII digits, else -1. */
function digits(value: string, start: number, len: number): number {
  let v = 0;
  for (let i = start; i < start + len; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function isTimestamp(value: unknown, precision: TimestampPrecision = 'any'): value is StixTimestamp {
  return typeof value === 'string' && timestampProblem(value, precision) === undefined;
}

/**
 * Orders two valid timestamps by instant, to arbitrary fractional precision (Date would stop at
 * milliseconds). Negative when a < b, 0 when equal, positive when a > b.
 */
export function compareTimestamps(a: string, b: string): number {
  // Fixed-width date-time part: code-unit order is chronological order.
  for (let i = 0; i < 19; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  // Fractions compared digit by digit, the shorter padded with zeros.
  const af = a.length > 20 ? a.length - 21 : 0;
  const bf = b.length > 20 ? b.length - 21 : 0;
  for (let i = 0; i < Math.max(af, bf); i++) {
    const d = (i < af ? a.charCodeAt(20 + i) : 48) - (i < bf ? b.charCodeAt(20 + i) : 48);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Formats a Date with exactly millisecond precision, as `created`/`modified` want. */
export function toTimestamp(date: Date): StixTimestamp {
  return date.toISOString() as StixTimestamp;
}

/** The current time as a STIX timestamp with millisecond precision. */
export function now(): StixTimestamp {
  return toTimestamp(new Date());
}

/**
 * Named precisions of a normalised timestamp: how many fractional digits it carries.
 * - `millisecond`: STIX `created`/`modified` as OpsTrack writes them;
 * - `microsecond`: TAXII 2.1's `date_added` precision (section 3.1), as the store stamps it, and `added_after`;
 * - `nanosecond`: the storage's version keys (STIX allows any precision; 9 digits order them all).
 */
export const TIMESTAMP_PRECISIONS = { millisecond: 3, microsecond: 6, nanosecond: 9 } as const;
export type FixedPrecision = keyof typeof TIMESTAMP_PRECISIONS;

export interface NormalizeOptions {
  /** Also read a numeric offset (`+02:00`) and convert to UTC (to the millisecond, as Date does). */
  offsets?: boolean;
}

const UTC_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;
const HAS_ZONE = /[zZ]|[+-]\d{2}:?\d{2}$/;

/**
 * `value` as a fixed-width UTC timestamp with exactly the digits of `precision` (a longer fraction
 * is cut, a shorter one padded with zeros), so normalised timestamps sort and compare as instants:
 * `…00Z` and `…00.000Z` give the same string. Undefined when `value` is not an RFC 3339 UTC
 * timestamp of a real calendar date and time.
 * @example normalizeTimestamp('2016-01-01T00:00:00.1Z', 'millisecond') // '2016-01-01T00:00:00.100Z'
 */
export function normalizeTimestamp(value: unknown, precision: FixedPrecision, options: NormalizeOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Fast path for what nearly every object carries (a valid UTC timestamp, no leap second): the
  // hand-rolled check instead of a RegExp, a Date and its ISO string (bulk imports key every version).
  if (timestampProblem(value) === undefined && value.charCodeAt(17) < 54 /* seconds < 60 */) {
    const digits = TIMESTAMP_PRECISIONS[precision];
    const fraction = value.length > 20 ? value.slice(20, value.length - 1) : '';
    return `${value.slice(0, 19)}.${fraction.length >= digits ? fraction.slice(0, digits) : fraction.padEnd(digits, '0')}Z`;
  }
  const m = UTC_TIMESTAMP.exec(value);
  if (m) {
    const date = new Date(`${m[1]}Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== m[1]) return undefined;
    const digits = TIMESTAMP_PRECISIONS[precision];
    return `${m[1]}.${(m[2] ?? '').slice(0, digits).padEnd(digits, '0')}Z`;
  }
  if (!options.offsets || !HAS_ZONE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : normalizeTimestamp(new Date(ms).toISOString(), precision);
}

/** A normalised timestamp cut back to a coarser precision (a version key to `date_added`'s microseconds). */
export function truncateTimestamp(normalized: string, precision: FixedPrecision): string {
  return `${normalized.slice(0, 20 + TIMESTAMP_PRECISIONS[precision])}Z`;
}

/**
 * The wall clock in microseconds since the epoch, at Date's millisecond resolution: never ahead of
 * the real time (a finer monotonic clock drifts from the wall clock over a long uptime).
 */
export function nowMicros(): number {
  return Date.now() * 1000;
}

/** A microsecond count as a timestamp with exactly six fractional digits: `2026-12-02T05:40:00.123456Z`. */
export function formatMicros(us: number): string {
  const ms = Math.floor(us / 1000);
  return `${new Date(ms).toISOString().slice(0, 23)}${String(us - ms * 1000).padStart(3, '0')}Z`;
}

/** Microseconds since the epoch of a stored `date_added` (any fractional precision). */
export function parseMicros(timestamp: string): number {
  const ms = Date.parse(`${timestamp.slice(0, 19)}Z`);
  const fraction = /\.(\d+)Z$/.exec(timestamp)?.[1] ?? '';
  return ms * 1000 + Number(fraction.slice(0, 6).padEnd(6, '0'));
}
