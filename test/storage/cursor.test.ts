import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor, encodeCursor } from '../../src/storage/cursor.ts';
import { canonicalJson } from '../../src/storage/canonical-json.ts';
import { timestampKey } from '../../src/storage/versions.ts';
import { normaliseSearchText, searchTokens } from '../../src/storage/search-text.ts';

test('a cursor round-trips and is opaque base64url', () => {
  for (const seq of [0, 1, 99, 123_456_789_012]) {
    const c = encodeCursor(seq);
    assert.match(c, /^[A-Za-z0-9_-]+$/);
    assert.equal(decodeCursor(c), seq);
  }
});

test('anything else is STORE_BAD_CURSOR', () => {
  for (const bad of ['', 'x', '!!!', Buffer.from('v2:5').toString('base64url'), Buffer.from('v1:abc').toString('base64url')]) {
    assert.throws(() => decodeCursor(bad), { code: 'OPS_ERR_STORE_BAD_CURSOR' });
  }
});

test('canonical JSON ignores key order at every depth, not array order', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }), canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }));
  assert.notEqual(canonicalJson({ a: [1, 2] }), canonicalJson({ a: [2, 1] }));
});

test('timestamps normalise to one width so equal instants compare equal and order sorts', () => {
  assert.equal(timestampKey('2024-01-01T00:00:00Z'), timestampKey('2024-01-01T00:00:00.000000Z'));
  assert.ok(timestampKey('2024-01-01T00:00:00Z')! < timestampKey('2024-01-01T00:00:00.5Z')!);
  assert.equal(timestampKey('2024-01-01T02:00:00+02:00'), timestampKey('2024-01-01T00:00:00Z'));
  for (const bad of ['yesterday', '2024-13-45T00:00:00Z', 42, undefined]) assert.equal(timestampKey(bad), undefined);
});

test('search text drops diacritics, case and punctuation in every script; CJK characters are words', () => {
  assert.equal(normaliseSearchText('Nhóm Vương  Lôi'), 'nhom vuong loi');
  assert.equal(normaliseSearchText('ĐÀ NẴNG'), 'da nang');
  assert.equal(normaliseSearchText('Песчаный'), 'песчаныи');
  assert.equal(normaliseSearchText('APT-28 (Fancy_Bear)'), 'apt 28 fancy bear');
  assert.equal(normaliseSearchText('伏特台风APT'), '伏 特 台 风 apt');
  assert.deepEqual(searchTokens('  Volt   TYPHOON volt, '), ['volt', 'typhoon']);
  assert.deepEqual(searchTokens('台风 Vương'), ['台 风', 'vuong']);
});
