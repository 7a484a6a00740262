import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTimestamp } from '../../src/model/stix/timestamps.ts';
import { parseFilters } from '../../src/taxii/filters.ts';

const limits = { defaultPageSize: 100, maxPageSize: 1000 };
const ID = 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';

function failure(fn: () => unknown): { status: number; field?: string } {
  try {
    fn();
  } catch (err) {
    const e = err as { statusCode: number; field?: string };
    return { status: e.statusCode, field: e.field };
  }
  assert.fail('expected an error');
}

test('every TAXII filter becomes the Store query, comma lists and repeated params alike', () => {
  const q = parseFilters(
    {
      'match[type]': 'indicator,malware',
      'match[id]': [ID, ID],
      'match[version]': 'first,2016-01-01T01:01:01Z',
      'match[spec_version]': '2.1',
      added_after: '2024-02-03T04:05:06.789123Z',
      limit: '25',
      next: 'abc',
    },
    'objects',
    limits,
  );
  assert.deepEqual(q, {
    types: ['indicator', 'malware'],
    ids: [ID],
    versions: ['first', '2016-01-01T01:01:01Z'],
    specVersions: ['2.1'],
    addedAfter: '2024-02-03T04:05:06.789123Z',
    limit: 25,
    cursor: 'abc',
  });
});

test('limit defaults, and is lowered to the page size', () => {
  assert.equal(parseFilters({}, 'objects', limits).limit, 100);
  assert.equal(parseFilters({ limit: '5000' }, 'objects', limits).limit, 1000);
});

test('parameters an endpoint does not list are ignored', () => {
  assert.deepEqual(parseFilters({ 'match[type]': 'indicator', 'match[id]': ID, limit: '3' }, 'delete', limits), {});
  const versions = parseFilters({ 'match[type]': 'x', 'match[version]': 'first' }, 'versions', limits);
  assert.equal(versions.types, undefined);
  assert.equal(versions.versions, undefined);
  assert.deepEqual(parseFilters({ 'match[frobnicate]': 'x' }, 'objects', limits), { limit: 100 });
});

test('malformed values are 400 naming the parameter, including SQL-ish strings', () => {
  const cases: [Record<string, string | string[]>, string][] = [
    [{ 'match[type]': "indicator' OR 1=1 --" }, 'match[type]'],
    [{ 'match[type]': 'Indicator' }, 'match[type]'],
    [{ 'match[type]': '' }, 'match[type]'],
    [{ 'match[id]': "x'; DROP TABLE objects; --" }, 'match[id]'],
    [{ 'match[version]': 'latest' }, 'match[version]'],
    [{ 'match[version]': '2016-13-01T00:00:00Z' }, 'match[version]'],
    [{ 'match[spec_version]': 'two' }, 'match[spec_version]'],
    [{ added_after: 'yesterday' }, 'added_after'],
    [{ added_after: '2016-01-01T00:00:00+02:00' }, 'added_after'],
    [{ added_after: ['2016-01-01T00:00:00Z', '2017-01-01T00:00:00Z'] }, 'added_after'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '-5' }, 'limit'],
    [{ limit: '10.5' }, 'limit'],
    [{ limit: '1e3' }, 'limit'],
  ];
  for (const [query, field] of cases) {
    assert.deepEqual(failure(() => parseFilters(query, 'objects', limits)), { status: 400, field }, JSON.stringify(query));
  }
  assert.equal(failure(() => parseFilters({ next: 'x'.repeat(5000) }, 'objects', limits)).status, 400);
});

test('timestamps normalise to milliseconds, truncating finer precision', () => {
  assert.equal(normalizeTimestamp('2016-01-01T00:00:00Z', 'millisecond'), '2016-01-01T00:00:00.000Z');
  assert.equal(normalizeTimestamp('2016-01-01T00:00:00.1Z', 'millisecond'), '2016-01-01T00:00:00.100Z');
  assert.equal(normalizeTimestamp('2016-01-01T00:00:00.123999Z', 'millisecond'), '2016-01-01T00:00:00.123Z');
  assert.equal(normalizeTimestamp('2016-02-30T00:00:00Z', 'millisecond'), undefined);
  assert.equal(normalizeTimestamp('2016-01-01 00:00:00Z', 'millisecond'), undefined);
});
