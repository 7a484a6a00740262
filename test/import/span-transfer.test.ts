import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { prepareSpan } from '../../src/import/prepare-span.ts';
import { packSpan, unpackSpan } from '../../src/import/span-transfer.ts';
import { syntheticObject } from './synthetic-bundle.ts';

/** What the writer receives: a packed span cloned as postMessage clones it, then unpacked. */
const across = (prepared: ReturnType<typeof prepareSpan>) => unpackSpan(deserialize(serialize(packSpan(prepared))));

function spanOf(entries: unknown[], options: { describe?: boolean; first?: number } = {}) {
  const text = entries.map((e) => JSON.stringify(e)).join(',');
  return prepareSpan({ bytes: Buffer.from(text), first: options.first ?? 0, count: entries.length, offset: 0, prefix: 'objects', claims: true, ...(options.describe ? { describe: true } : {}) });
}

test('a prepared span crosses to the writer unchanged: rows (every column, nulls, endpoints), indexes, rejections, descriptions', () => {
  const sighting = {
    type: 'sighting', spec_version: '2.1', id: 'sighting--6b6f8a3e-2a1c-4d0e-9e57-0d6c1d1f0a01',
    created: '2024-02-01T00:00:00.000Z', modified: '2024-02-02T00:00:00.000Z', sighting_of_ref: 'indicator--6b6f8a3e-2a1c-4d0e-9e57-0d6c1d1f0a02',
    where_sighted_refs: ['identity--6b6f8a3e-2a1c-4d0e-9e57-0d6c1d1f0a03', 'identity--6b6f8a3e-2a1c-4d0e-9e57-0d6c1d1f0a04'],
    object_marking_refs: ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'], revoked: true,
  };
  const ipv4 = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--6b6f8a3e-2a1c-4d0e-9e57-0d6c1d1f0a05', value: '10.0.0.1' };
  const entries = [...Array.from({ length: 12 }, (_, i) => syntheticObject(i)), { type: 'indicator', id: 'not an id' }, sighting, ipv4, 42];
  for (const describe of [false, true]) {
    const prepared = spanOf(entries, { describe, first: 7 });
    assert.ok(prepared.rows.some((r) => r.endpoints.length === 2) && prepared.rows.some((r) => r.endpoints.length === 3));
    assert.ok(prepared.rows.some((r) => r.tlp !== null) && prepared.rows.some((r) => r.revoked === 1) && prepared.rows.some((r) => r.versionText === null));
    assert.equal(prepared.rejected.length, 2);
    assert.equal(prepared.described !== undefined, describe);
    assert.deepStrictEqual(across(prepared), prepared);
  }
});

test('a span that is not well formed crosses as its syntax error, and an empty span as empty', () => {
  const bad = prepareSpan({ bytes: Buffer.from('{"type": '), first: 3, count: 1, offset: 100, prefix: 'objects' });
  assert.ok(bad.syntax);
  assert.deepStrictEqual(across(bad), bad);
  const none = prepareSpan({ bytes: Buffer.from(''), first: 0, count: 0, offset: 0, prefix: '', describe: true });
  assert.deepStrictEqual(across(none), none);
});
