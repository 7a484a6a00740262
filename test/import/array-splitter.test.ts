import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArraySplitter, type SplitShape } from '../../src/import/array-splitter.ts';

/** Feeds `text` to a splitter in chunks cut at the given byte positions. */
function split(shape: SplitShape, text: string, cuts: number[]): unknown[] {
  const bytes = Buffer.from(text, 'utf8');
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const splitter = new ArraySplitter(shape);
  const out: unknown[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) out.push(...splitter.push(bytes.subarray(from, p)));
    from = Math.max(from, p);
  }
  return out;
}

const tricky = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('"', '\\', '\\"', '{', '}]', '[', ',', 'objects', '"objects":[1]', 'ü€😀', '\u2028'),
);
const entries = fc.array(fc.oneof(tricky, fc.dictionary(fc.string({ unit: 'binary' }), tricky)), { maxLength: 8 });
const cuts = fc.array(fc.nat(), { maxLength: 12 });
const spaced = fc.boolean();

test('a bundle\'s entries come out exactly as JSON.parse sees them, however the bytes are chunked', () => {
  fc.assert(
    fc.property(entries, fc.dictionary(fc.string(), tricky, { maxKeys: 3 }), cuts, spaced, (objects, extra, at, pretty) => {
      delete extra.objects;
      // Extra keys before and after "objects" (nested "objects" keys among them) must be skipped.
      const doc = { ...extra, type: 'bundle', nested: { objects: ['decoy'] }, objects, after: [{ objects: 1 }] };
      const text = pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
      assert.deepEqual(split('bundle', text, at), JSON.parse(JSON.stringify(objects)));
    }),
    { numRuns: 250 },
  );
});

test('a bare array\'s elements come out exactly as JSON.parse sees them, however the bytes are chunked', () => {
  fc.assert(
    fc.property(entries, cuts, spaced, (objects, at, pretty) => {
      const text = pretty ? JSON.stringify(objects, null, 1) : JSON.stringify(objects);
      assert.deepEqual(split('array', text, at), JSON.parse(text));
    }),
    { numRuns: 250 },
  );
});

test('escaped quotes and backslashes split across chunks, numbers and literals at the end of the array', () => {
  const text = '{ "type" : "bundle", "o\\u0062jects" : [ "a\\\\", "b\\"]", 12.5e3 , true,null,{"k":"\\\\\\"}"} ] }';
  for (let cut = 0; cut <= Buffer.byteLength(text); cut++) {
    assert.deepEqual(split('bundle', text, [cut, cut + 1]), ['a\\', 'b"]', 12500, true, null, { k: '\\"}' }], `cut at ${cut}`);
  }
  assert.deepEqual(split('array', '[1,-2 , 3]', []), [1, -2, 3]);
  assert.deepEqual(split('bundle', '{"type":"bundle","id":"bundle--x"}', []), []);
});
