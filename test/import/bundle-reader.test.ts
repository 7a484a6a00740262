import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBundle, type BundleEntry } from '../../src/import/bundle-reader.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { syntheticObject, writeSyntheticBundle } from './synthetic-bundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-reader-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect(path: string): Promise<BundleEntry[]> {
  const bundle = await openBundle(path);
  const out: BundleEntry[] = [];
  for await (const e of bundle.entries()) out.push(e);
  return out;
}

async function rejects(path: string, code: string, pattern: RegExp): Promise<Error & { line?: number; column?: number }> {
  let caught: (Error & { code?: string }) | undefined;
  try {
    await openBundle(path);
  } catch (err) {
    caught = err as Error & { code?: string };
  }
  assert.ok(caught, `${path} should be rejected`);
  assert.equal(caught.code, code, caught.message);
  assert.match(caught.message, pattern);
  return caught;
}

test('a bundle streams its objects in order with index and path, and reports byte progress', async () => {
  const path = join(dir, 'synthetic.json');
  const bytes = await writeSyntheticBundle(path, 2503);
  const seen: number[] = [];
  const bundle = await openBundle(path, (p) => seen.push(p.bytesRead));
  assert.equal(bundle.shape, 'bundle');
  assert.equal(bundle.count, 2503);
  assert.match(bundle.bundleId ?? '', /^bundle--/);
  assert.equal(bundle.totalBytes, bytes);
  assert.equal(seen.at(-1), bytes, 'the check pass reads the whole file');

  const progress: number[] = [];
  let n = 0;
  for await (const e of bundle.entries((p) => progress.push(p.bytesRead))) {
    assert.equal(e.index, n);
    assert.equal(e.path, `objects[${n}]`);
    assert.deepEqual(e.object, syntheticObject(n));
    n++;
  }
  assert.equal(n, 2503);
  assert.ok(progress.length > 1, 'progress is reported more than once');
  assert.ok(progress.every((b, i) => i === 0 || b >= progress[i - 1]!), 'progress never goes back');
  assert.equal(progress.at(-1), bytes);
});

test('a bare JSON array of objects is read too (the 82 SCO examples)', async (t) => {
  if (!requireShared(t)) return;
  const path = sharedPath('reference/stix-examples/cti-python-stix2/sco-examples-objects.json');
  const bundle = await openBundle(path);
  assert.equal(bundle.shape, 'array');
  assert.equal(bundle.count, 82);
  const entries = await collect(path);
  assert.equal(entries.length, 82);
  assert.equal(entries[5]!.path, '[5]');
  assert.match((entries[0]!.object as { id: string }).id, /--/);
});

test('entries that are not objects are still yielded (the importer rejects them one by one)', async () => {
  const path = file('mixed.json', '{"objects":[1,{"type":"x"},[2],null,"s"],"type":"bundle","id":"bundle--1"}');
  const entries = await collect(path);
  assert.deepEqual(entries.map((e) => e.object), [1, { type: 'x' }, [2], null, 's']);
  assert.equal((await openBundle(path)).count, 5, 'count is exact even when "type" comes after "objects"');
});

test('a UTF-8 byte order mark is skipped', async () => {
  const path = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"type":"a"}]')]));
  assert.deepEqual((await collect(path)).map((e) => e.object), [{ type: 'a' }]);
});

test('malformed JSON is refused before any object is read, naming line and column', async () => {
  const path = file('bad.json', '{"type":"bundle","objects":[\n{"type":"a"},\n{"type":"b",}]}');
  const err = await rejects(path, 'OPS_ERR_STIX_NOT_JSON', /line 3, column 13/);
  assert.equal(err.line, 3);
  assert.equal(err.column, 13);
});

test('a truncated file is refused and said to end early', async () => {
  const path = join(dir, 'whole.json');
  const bytes = await writeSyntheticBundle(path, 300);
  const whole = readFileSync(path);
  const cut = file('truncated.json', whole.subarray(0, Math.floor(bytes / 2)));
  await rejects(cut, 'OPS_ERR_STIX_NOT_JSON', /line \d+, column \d+ .*end of file/);
  assert.ok(statSync(cut).size < bytes);
});

test('a file that is not JSON at all is refused at line 1, column 1', async () => {
  await rejects(file('text.txt', 'Hello, this is not JSON.\n'), 'OPS_ERR_STIX_NOT_JSON', /line 1, column 1/);
  await rejects(file('empty.json', ''), 'OPS_ERR_STIX_NOT_JSON', /empty file/);
});

test('well-formed JSON that is not a bundle is refused as unsupported', async () => {
  await rejects(file('object.json', '{"type":"indicator","id":"indicator--x"}'), 'OPS_ERR_INGEST_UNSUPPORTED', /"type" is "indicator"/);
  await rejects(file('number.json', '42'), 'OPS_ERR_INGEST_UNSUPPORTED', /top level is a number/);
  await rejects(file('objects.json', '{"type":"bundle","objects":{}}'), 'OPS_ERR_INGEST_UNSUPPORTED', /not an array/);
  await rejects(file('untyped.json', '{"objects":[]}'), 'OPS_ERR_INGEST_UNSUPPORTED', /without "type": "bundle"/);
});

test('a missing file is an input error', async () => {
  await rejects(join(dir, 'nope.json'), 'OPS_ERR_INPUT_INVALID', /ENOENT/);
});
