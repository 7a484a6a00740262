import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { exportBundle, type ExportOptions } from '../../src/import/bundle-exporter.ts';
import { formatIssue, validateBundle } from '../../src/model/stix/validate.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { Store } from '../../src/storage/store.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildIdentity, buildIndicator, buildIntrusionSet, buildMalware, nextVersion, tlp } from '../helpers/factories.ts';

/** A writable that accepts 64 bytes at a time and completes writes asynchronously, counting drains. */
function slowSink(): { out: Writable; text: () => string; drains: () => number } {
  const chunks: Buffer[] = [];
  let drains = 0;
  const out = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  out.on('drain', () => drains++);
  return { out, text: () => Buffer.concat(chunks).toString('utf8'), drains: () => drains };
}

async function exported(store: Store, options: ExportOptions = {}): Promise<{ bundle: { type: string; id: string; objects?: StixObject[] }; drains: number }> {
  const sink = slowSink();
  const result = await exportBundle(store, sink.out, options);
  const bundle = JSON.parse(sink.text());
  assert.equal(bundle.id, result.bundleId);
  assert.equal(bundle.objects?.length ?? 0, result.count);
  assert.deepEqual(validateBundle(bundle).filter((i) => i.severity === 'error').map(formatIssue), []);
  return { bundle, drains: sink.drains() };
}

const ids = (objects: StixObject[] = []) => objects.map((o) => `${o.id} ${o.modified ?? ''}`).sort();

for (const backend of BACKENDS) {
  describe(`bundle export (${backend})`, () => {
    test('an empty store exports a valid bundle without an objects list', () =>
      withStore(backend, async (store) => {
        const { bundle } = await exported(store);
        assert.match(bundle.id, /^bundle--[0-9a-f-]{36}$/);
        assert.equal('objects' in bundle, false);
      }));

    test('latest versions of everything SYSTEM sees, filtered by type and date, written page by page with back-pressure', () =>
      withStore(backend, async (store) => {
        const malware = buildMalware();
        const malware2 = nextVersion(malware, '2024-02-01T00:00:00.000Z', { name: 'renamed' });
        const red = buildIndicator(tlp('red'));
        const old = buildIntrusionSet({ created: '2023-01-01T00:00:00.000Z', modified: '2023-01-01T00:00:00.000Z' });
        const many = Array.from({ length: 40 }, (_, i) => buildIdentity({ name: `Org ${i}` }));
        await store.put([malware, malware2, red, old, ...many]);

        const all = await exported(store, { pageSize: 3 });
        assert.deepEqual(ids(all.bundle.objects), ids([malware2, red, old, ...many]));
        assert.ok(all.drains > 0, 'the exporter waited for the sink to drain');

        const typed = await exported(store, { types: ['malware', 'indicator'] });
        assert.deepEqual(ids(typed.bundle.objects), ids([malware2, red]));
        const recent = await exported(store, { since: '2024-01-15T00:00:00.000Z' });
        assert.deepEqual(recent.bundle.objects, [malware2]);
      }));
  });
}
