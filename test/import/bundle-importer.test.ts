import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundleFile, type BatchCommitted } from '../../src/import/bundle-importer.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import type { ObjectRow } from '../../src/storage/object-row.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { Errors } from '../../src/errors.ts';
import { buildIndicator, buildIntrusionSet, buildMalware } from '../helpers/factories.ts';
import { writeSyntheticBundle } from './synthetic-bundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-importer-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function bundleFile(objects: unknown[], raw?: string): string {
  const path = join(dir, `b${++files}.json`);
  writeFileSync(path, raw ?? JSON.stringify({ type: 'bundle', id: 'bundle--0b7c5a50-8d63-4a8e-9d4e-55f0b3c7d3a1', objects }, null, 1));
  return path;
}

/** Every stored version (id, version, date added, content), for before/after comparisons. */
async function snapshot(store: Store): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { versions: ['all'], limit: 1000, cursor });
    for (const s of page.items) out.push(`${s.id} ${s.version} ${s.dateAdded} ${JSON.stringify(s.object)}`);
    cursor = page.next;
  } while (cursor);
  return out.sort();
}

async function failure(fn: () => Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await fn();
  } catch (err) {
    return err as Error & { code?: string };
  }
  assert.fail('expected the import to fail');
}

for (const backend of BACKENDS) {
  describe(`bundle import (${backend})`, () => {
    test('valid objects are stored while an invalid one is rejected with its path and reason', () =>
      withStore(backend, async (store) => {
        const { valid_from: _drop, ...noValidFrom } = buildIndicator();
        const good = [buildIntrusionSet(), buildMalware(), buildIndicator()];
        const path = bundleFile([good[0], noValidFrom, 'not an object', good[1], good[2]]);

        const summary = await importBundleFile(store, path);
        assert.equal(summary.read, 5);
        assert.equal(summary.new, 3);
        assert.equal(summary.unchanged, 0);
        assert.equal(summary.rejected, 2);
        assert.deepEqual(summary.rejections.map((r) => r.path), ['objects[1]', 'objects[2]']);
        assert.equal(summary.rejections[0]!.id, noValidFrom.id);
        assert.ok(summary.rejections[0]!.reasons.some((r) => /^objects\[1\]\.valid_from: /.test(r)), summary.rejections[0]!.reasons.join());
        assert.match(summary.rejections[1]!.reasons[0]!, /^objects\[2\]/);
        for (const o of good) assert.deepEqual((await store.get(SYSTEM, o.id))[0]?.object, o);
        assert.deepEqual(await store.get(SYSTEM, noValidFrom.id as string), []);

        const before = await snapshot(store);
        const again = await importBundleFile(store, path);
        assert.deepEqual([again.new, again.unchanged, again.rejected, again.conflicts], [0, 3, 2, 0], 're-import is a no-op');
        assert.deepEqual(await snapshot(store), before);
      }));

    test('objects are written in batches of the requested size, committed once at the end', () =>
      withStore(backend, async (store) => {
        const path = join(dir, `synthetic-${backend}.json`);
        await writeSyntheticBundle(path, 2503);
        const batches: BatchCommitted[] = [];
        const phases = new Set<string>();
        const summary = await importBundleFile(store, path, { batchSize: 1000, onBatch: (b) => batches.push(b), onProgress: (p) => phases.add(p.phase) });
        assert.deepEqual(batches.map((b) => [b.batch, b.size, b.committed]), [[1, 1000, 1000], [2, 1000, 2000], [3, 503, 2503]]);
        assert.equal(summary.batches, 3);
        assert.equal(summary.new, 2503);
        assert.deepEqual([...phases], ['import', 'commit']);
        assert.equal((await snapshot(store)).length, 2503);
      }));

    test('a second version is new; the same version with other content is a conflict and is not stored', () =>
      withStore(backend, async (store) => {
        const malware = buildMalware({ name: 'first' });
        await importBundleFile(store, bundleFile([malware]));
        const changed = { ...malware, name: 'changed without a new modified' };
        const next = { ...malware, name: 'second', modified: '2024-02-01T00:00:00.000Z' };
        const summary = await importBundleFile(store, bundleFile([changed, next]));
        assert.deepEqual([summary.new, summary.unchanged, summary.conflicts], [1, 0, 1]);
        assert.equal(summary.conflictList[0]!.id, malware.id);
        const versions = (await store.get(SYSTEM, malware.id, ['all'])).map((s) => s.object.name);
        assert.deepEqual(versions.sort(), ['first', 'second']);
      }));

    test('a malformed file stores nothing, even objects before the fault, and names line and column', () =>
      withStore(backend, async (store) => {
        const objects = Array.from({ length: 30 }, () => buildIndicator());
        const text = JSON.stringify({ type: 'bundle', id: 'bundle--0b7c5a50-8d63-4a8e-9d4e-55f0b3c7d3a1', objects }, null, 1);
        const broken = text.replace(/\]\n\}$/, '\n}'); // unclosed objects array, at the very end
        const err = await failure(() => importBundleFile(store, bundleFile([], broken), { batchSize: 5 }));
        assert.equal(err.code, 'OPS_ERR_STIX_NOT_JSON');
        assert.match(err.message, /line \d+, column \d+/);
        assert.deepEqual(await snapshot(store), []);
      }));

    test('a file that is not JSON leaves the database unchanged', () =>
      withStore(backend, async (store) => {
        await importBundleFile(store, bundleFile([buildIntrusionSet(), buildMalware()]));
        const before = await snapshot(store);
        const text = join(dir, `notes-${backend}.txt`);
        writeFileSync(text, 'Volt Typhoon targeted critical infrastructure.\n');
        const err = await failure(() => importBundleFile(store, text));
        assert.equal(err.code, 'OPS_ERR_STIX_NOT_JSON');
        assert.match(err.message, /line 1, column 1/);
        const notBundle = bundleFile([], JSON.stringify(buildMalware()));
        assert.equal((await failure(() => importBundleFile(store, notBundle))).code, 'OPS_ERR_INGEST_UNSUPPORTED');
        assert.deepEqual(await snapshot(store), before);
      }));
  });
}

test('when the store refuses a batch over one object, only that object is rejected', () =>
  withStore(BACKENDS[0]!, async (real) => {
    const objects = [buildMalware(), buildIntrusionSet(), buildIndicator(), buildMalware()];
    const culprit = objects[2]!.id;
    // A store whose bulk put refuses any batch holding the culprit, as a backend would for an object it cannot index.
    const store: Store = Object.create(real, {
      putRows: {
        value: (batch: ObjectRow[]) => {
          const at = batch.findIndex((o) => o.id === culprit);
          return at >= 0 ? Promise.reject(new Errors.STIX_INVALID(`objects[${at}].pattern: cannot be indexed`)) : real.putRows(batch);
        },
      },
      transaction: { value: <T>(fn: () => Promise<T>) => real.transaction(fn) },
    });
    const summary = await importBundleFile(store, bundleFile(objects), { batchSize: 10 });
    assert.deepEqual([summary.new, summary.rejected, summary.batches], [3, 1, 1]);
    assert.deepEqual(summary.rejections, [{ path: 'objects[2]', id: culprit, reasons: ['objects[2].pattern: cannot be indexed'] }]);
    assert.equal((await snapshot(real)).length, 3);
  }));
