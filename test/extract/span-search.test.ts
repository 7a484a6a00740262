/** The binary search that starts a scan of sorted spans at the first one ending after a position. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEndingAfter } from '../../src/extract/span-search.ts';

const spans = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 12, end: 20 }];

test('the first span ending after the position, boundaries included', () => {
  assert.equal(firstEndingAfter(spans, -1), 0);
  assert.equal(firstEndingAfter(spans, 3), 0);
  assert.equal(firstEndingAfter(spans, 4), 1);
  assert.equal(firstEndingAfter(spans, 9), 2);
  assert.equal(firstEndingAfter(spans, 19), 2);
});

test('none ends after the position, or there are no spans: the length', () => {
  assert.equal(firstEndingAfter(spans, 20), 3);
  assert.equal(firstEndingAfter([], 0), 0);
});
