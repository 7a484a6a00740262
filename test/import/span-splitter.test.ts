import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { JsonInputError, SpanSplitter, type Skeleton } from '../../src/import/span-splitter.ts';

/** Splits `text` in chunks of `chunk` bytes and parses each span as a worker does. */
function splitAll(text: string, chunk: number, spanEntries: number, spanBytes = 1 << 20): { entries: unknown[]; skeleton: Skeleton; spans: number } {
  const splitter = new SpanSplitter({ spanEntries, spanBytes });
  const bytes = Buffer.from(text);
  const entries: unknown[] = [];
  let spans = 0;
  const take = (found: ReturnType<SpanSplitter['push']>) => {
    for (const span of found) {
      spans++;
      const parsed = JSON.parse(`[${Buffer.from(span.bytes).toString('utf8')}]`) as unknown[];
      assert.equal(parsed.length, span.count);
      assert.equal(span.first, entries.length);
      entries.push(...parsed);
    }
  };
  for (let at = 0; at < bytes.length; at += chunk) take(splitter.push(bytes.subarray(at, at + chunk)));
  return { entries, skeleton: splitter.end(), spans };
}

function failure(text: string, spanEntries = 1): JsonInputError | SyntaxError {
  try {
    splitAll(text, 3, spanEntries);
  } catch (err) {
    if (err instanceof JsonInputError || err instanceof SyntaxError) return err;
    throw err;
  }
  assert.fail(`accepted: ${text}`);
}

const entry = fc.oneof(
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
  fc.jsonValue(),
);

test('any bundle or array, cut anywhere, gives its entries in order and the rest as the skeleton', () => {
  fc.assert(
    fc.property(
      fc.array(entry, { maxLength: 30 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 64 }),
      fc.integer({ min: 1, max: 7 }),
      fc.constantFrom(undefined, 1, 2),
      fc.string(),
      (objects, bare, chunk, spanEntries, indent, id) => {
        const doc = bare ? objects : { type: 'bundle', id, objects, spec_version: '2.1' };
        const text = JSON.stringify(doc, null, indent);
        const { entries, skeleton } = splitAll(text, chunk, spanEntries);
        assert.deepEqual(entries, JSON.parse(text).objects ?? JSON.parse(text));
        assert.equal(skeleton.count, objects.length);
        if (bare) assert.equal(skeleton.shape, 'array');
        else assert.deepEqual(skeleton.top, { type: 'bundle', id, objects: [], spec_version: '2.1' });
      },
    ),
    { numRuns: 300 },
  );
});

test('spans are cut by entries and by bytes', () => {
  const objects = Array.from({ length: 10 }, (_, i) => ({ n: i, text: 'x'.repeat(100) }));
  const text = JSON.stringify({ type: 'bundle', objects });
  assert.equal(splitAll(text, 1000, 3).spans, 4);
  assert.equal(splitAll(text, 1000, 100, 250).spans, 4, 'a span ends at the first cut past 250 bytes');
  assert.equal(splitAll(text, 1000, 100).spans, 1);
});

test('a byte order mark and strings with escaped quotes, brackets and multi-byte characters split cleanly', () => {
  const objects = [{ a: 'quote \\" [ { , ] }' }, { b: 'Песчаный 伏特台风 \u2028' }, { c: ['\\', '"', ','] }];
  const text = `\uFEFF${JSON.stringify({ type: 'bundle', objects })}`;
  for (const chunk of [1, 2, 5, 17]) assert.deepEqual(splitAll(text, chunk, 1).entries, objects);
});

test('malformed input is refused however it is cut: between entries, truncated, after the end, outside the array', () => {
  const bad = [
    '{"type":"bundle","objects":[{"a":1},]}', // trailing comma at a cut
    '{"type":"bundle","objects":[{"a":1},,{"b":2}]}', // empty entry
    '{"type":"bundle","objects":[,{"a":1}]}',
    '{"type":"bundle","objects":[{"a":1} {"b":2}]}', // missing comma
    '{"type":"bundle","objects":[{"a":1}', // truncated
    '{"type":"bundle","objects":[{"a":1}]', // unclosed bundle
    '{"type":"bundle","objects":[{"a":1}]}}', // extra close
    '{"type":"bundle","objects":[{"a":1}]} trailing',
    '{"type":"bundle" "objects":[{"a":1}]}', // missing comma outside the array
    '{"type":"bundle","objects":[{"a":}]}', // bad entry
    'these are notes, not JSON',
    '',
  ];
  for (const text of bad) {
    for (const spanEntries of [1, 100]) {
      const err = failure(text, spanEntries);
      if (err instanceof JsonInputError) assert.equal(err.kind, 'syntax', `${text}: ${err.message}`);
    }
  }
});

test('well-formed documents that are not bundles or arrays are refused by shape; deep nesting by depth', () => {
  const shape = (text: string) => {
    const err = failure(text);
    assert.ok(err instanceof JsonInputError && err.kind === 'shape', `${text}: ${err.message}`);
    return err.field;
  };
  assert.equal(shape('"just a string"'), '(root)');
  assert.equal(shape('{"type":"bundle","objects":5}'), 'objects');
  assert.equal(shape('{"type":"bundle","objects":[{"a":1}],"objects":[{"b":2}]}'), 'objects');
  const deep = `{"type":"bundle","objects":[{"x":${'['.repeat(200)}${']'.repeat(200)}}]}`;
  const err = failure(deep);
  assert.ok(err instanceof JsonInputError && err.kind === 'depth', err.message);
  // An envelope without objects is fine (TAXII accepts it as empty).
  assert.deepEqual(splitAll('{"more":false}', 4, 1).skeleton.top, { more: false });
});

test('spans start small and double up to the limits, so the writer starts on the first entries early', () => {
  const text = JSON.stringify({ type: 'bundle', objects: Array.from({ length: 100 }, (_, k) => ({ k })) });
  const splitter = new SpanSplitter({ spanEntries: 16, spanBytes: 1 << 20, firstSpanEntries: 2 });
  const counts: number[] = [];
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += 7) for (const span of splitter.push(bytes.subarray(at, at + 7))) counts.push(span.count);
  splitter.end();
  assert.deepEqual(counts, [2, 4, 8, 16, 16, 16, 16, 16, 6]);
  // The byte limit ramps with the entries: 16, 32, then 64 bytes; an entry is 10 bytes and a comma,
  // and a span is cut at the first comma at or past its limit.
  const long = new SpanSplitter({ spanEntries: 1000, spanBytes: 64, firstSpanEntries: 250 });
  const sized = long.push(Buffer.from(JSON.stringify(Array.from({ length: 40 }, (_, k) => ({ k: 1000 + k })))));
  assert.deepEqual(sized.slice(0, 4).map((s) => s.count), [2, 3, 6, 6]);
});
