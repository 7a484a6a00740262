import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareTimestamps, isTimestamp, normalizeTimestamp, now, timestampProblem, toTimestamp, truncateTimestamp,
} from '../../../src/model/stix/timestamps.ts';

test('accepts RFC 3339 UTC timestamps with optional fractions', () => {
  for (const ok of ['2016-05-12T08:17:27Z', '2016-05-12T08:17:27.1Z', '2016-05-12T08:17:27.123456789Z', '2024-02-29T00:00:00Z', '2016-12-31T23:59:60Z']) {
    assert.equal(timestampProblem(ok), undefined, ok);
  }
});

test('rejects offsets, missing Z, impossible dates and times', () => {
  for (const bad of [
    '2016-05-12T08:17:27',
    '2016-05-12T08:17:27+00:00',
    '2016-05-12 08:17:27Z',
    '2016-5-12T08:17:27Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2016-04-31T00:00:00Z',
    '2016-13-01T00:00:00Z',
    '2016-01-01T24:00:00Z',
    '2016-01-01T23:60:00Z',
    '2016-01-01T23:59:61Z',
    '2016-01-01T23:59:59.Z',
  ]) {
    assert.ok(timestampProblem(bad), bad);
  }
  assert.equal(isTimestamp(20160512), false);
});

test('precision: created/modified need milliseconds, PE time_date_stamp forbids fractions', () => {
  assert.match(timestampProblem('2016-05-12T08:17:27Z', 'millisecond')!, /millisecond/);
  assert.match(timestampProblem('2016-05-12T08:17:27.12Z', 'millisecond')!, /millisecond/);
  assert.equal(timestampProblem('2016-05-12T08:17:27.123Z', 'millisecond'), undefined);
  assert.equal(timestampProblem('2016-05-12T08:17:27.123456Z', 'millisecond'), undefined);
  assert.match(timestampProblem('2016-05-12T08:17:27.000Z', 'second')!, /second/);
  assert.equal(timestampProblem('2016-05-12T08:17:27Z', 'second'), undefined);
});

test('compareTimestamps orders instants beyond millisecond precision', () => {
  assert.equal(compareTimestamps('2016-05-12T08:17:27.1Z', '2016-05-12T08:17:27.100Z'), 0);
  assert.equal(compareTimestamps('2016-05-12T08:17:27Z', '2016-05-12T08:17:27.000Z'), 0);
  assert.ok(compareTimestamps('2016-05-12T08:17:27.1000001Z', '2016-05-12T08:17:27.1Z') > 0);
  assert.ok(compareTimestamps('2016-05-12T08:17:26.999Z', '2016-05-12T08:17:27Z') < 0);
  assert.ok(compareTimestamps('2017-01-01T00:00:00Z', '2016-12-31T23:59:59.999Z') > 0);
});

test('now() is a millisecond-precision STIX timestamp of the current time', () => {
  const before = Date.now();
  const t = now();
  assert.match(t, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  assert.equal(timestampProblem(t, 'millisecond'), undefined);
  assert.ok(Date.parse(t) >= before - 1 && Date.parse(t) <= Date.now());
  assert.equal(toTimestamp(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))), '2020-01-02T03:04:05.006Z');
});

test('one normaliser with named precisions: fixed width, cut or padded, compared as instants', () => {
  const t = '2016-01-01T00:00:00.1234567Z';
  assert.equal(normalizeTimestamp(t, 'millisecond'), '2016-01-01T00:00:00.123Z');
  assert.equal(normalizeTimestamp(t, 'microsecond'), '2016-01-01T00:00:00.123456Z');
  assert.equal(normalizeTimestamp(t, 'nanosecond'), '2016-01-01T00:00:00.123456700Z');
  assert.equal(normalizeTimestamp('2016-01-01T00:00:00Z', 'nanosecond'), normalizeTimestamp('2016-01-01T00:00:00.000Z', 'nanosecond'));
  // Not a real date or time, not UTC, not a string: undefined.
  for (const bad of ['2016-02-30T00:00:00Z', '2016-01-01T24:00:00Z', '2016-01-01 00:00:00Z', '2016-01-01T02:00:00+02:00', 42]) {
    assert.equal(normalizeTimestamp(bad, 'millisecond'), undefined, String(bad));
  }
  // The hand-rolled fast path agrees with the calendar: leap days, a leap second (not an instant
  // Date can hold), the year 0000, an empty fraction, precision cut and padding.
  assert.equal(normalizeTimestamp('2024-02-29T23:59:59Z', 'millisecond'), '2024-02-29T23:59:59.000Z');
  for (const bad of ['2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2016-12-31T23:59:60Z', '2016-01-01T00:00:00.Z', '2016-01-01T00:00:00.000z', '2016-13-01T00:00:00Z']) {
    assert.equal(normalizeTimestamp(bad, 'millisecond'), undefined, bad);
  }
  assert.equal(normalizeTimestamp('2000-02-29T00:00:00Z', 'millisecond'), '2000-02-29T00:00:00.000Z');
  assert.equal(normalizeTimestamp('0000-01-01T00:00:00.5Z', 'microsecond'), '0000-01-01T00:00:00.500000Z');
  assert.equal(normalizeTimestamp('2016-01-01T00:00:00.1234567891234Z', 'nanosecond'), '2016-01-01T00:00:00.123456789Z');
  // Offsets only when asked (version keys), converted to UTC.
  assert.equal(normalizeTimestamp('2016-01-01T02:00:00+02:00', 'nanosecond', { offsets: true }), '2016-01-01T00:00:00.000000000Z');
  assert.equal(truncateTimestamp('2016-01-01T00:00:00.123456789Z', 'millisecond'), '2016-01-01T00:00:00.123Z');
  assert.equal(truncateTimestamp('2016-01-01T00:00:00.123456789Z', 'microsecond'), '2016-01-01T00:00:00.123456Z');
});
